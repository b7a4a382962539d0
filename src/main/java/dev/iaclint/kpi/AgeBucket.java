package dev.iaclint.kpi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How many open findings are of an age: up to a week, a month, a quarter, or older. */
public record AgeBucket(String label, int count) {

    private static final List<String> LABELS = List.of("0-7 days", "8-30 days", "31-90 days", "over 90 days");
    private static final long[] UPPER_DAYS = {7, 30, 90, Long.MAX_VALUE};

    static List<AgeBucket> count(List<Duration> ages) {
        int[] counts = new int[LABELS.size()];
        for (Duration age : ages) {
            long days = age.toDays();
            int i = 0;
            while (days > UPPER_DAYS[i]) {
                i++;
            }
            counts[i]++;
        }
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new AgeBucket(LABELS.get(i), counts[i]));
        }
        return buckets;
    }
}
