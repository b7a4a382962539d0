package dev.iaclint.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Mean time to remediate, for one rule or one family: over the findings that appeared in the
 * window, the time from the commit that introduced each to the commit that fixed it; a finding
 * still open counts with its age so far, so a backlog that is never fixed cannot look fast.
 *
 * @param fixed  findings fixed
 * @param open   findings still open, counted by their age
 * @param mean   mean of the durations
 * @param median median of the durations
 */
public record Mttr(String name, int fixed, int open, Duration mean, Duration median) {

    /** One entry per key (rule id, family), in key order; inherited findings are left out. */
    static List<Mttr> by(List<Lifetime> lifetimes, Function<Lifetime, String> key, Instant asOf) {
        Map<String, List<Lifetime>> groups = new TreeMap<>();
        for (Lifetime lifetime : lifetimes) {
            if (!lifetime.inherited()) {
                groups.computeIfAbsent(key.apply(lifetime), k -> new ArrayList<>()).add(lifetime);
            }
        }
        List<Mttr> result = new ArrayList<>();
        groups.forEach((name, group) -> result.add(of(name, group, asOf)));
        return result;
    }

    static Mttr of(String name, List<Lifetime> group, Instant asOf) {
        List<Duration> durations = group.stream().map(l -> l.age(asOf)).sorted().toList();
        long totalSeconds = durations.stream().mapToLong(Duration::toSeconds).sum();
        int n = durations.size();
        Duration median = n % 2 == 1 ? durations.get(n / 2)
                : durations.get(n / 2 - 1).plus(durations.get(n / 2)).dividedBy(2);
        int open = (int) group.stream().filter(Lifetime::open).count();
        return new Mttr(name, n - open, open, Duration.ofSeconds(totalSeconds / n), median);
    }
}
