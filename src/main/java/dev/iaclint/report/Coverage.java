package dev.iaclint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The share of resources of each family whose data is encrypted with a customer-managed key:
 * the number security teams track. It is measured on what is deployed, so suppressed and
 * baselined outcomes count as what they are; unknowns are counted apart, in neither column.
 */
public record Coverage(List<Family> families) {

    /**
     * @param customerManaged resources whose key is customer-managed
     * @param total           resources of the family, unknowns included
     * @param unknown         resources whose key cannot be known before deployment
     */
    public record Family(String name, int customerManaged, int total, int unknown) {

        /** Of the resources whose key is known, the percentage that are customer-managed. */
        public int percent() {
            int known = total - unknown;
            return known == 0 ? 0 : (int) Math.floor(100.0 * customerManaged / known);
        }

        /**
         * e.g. {@code agents 3/5 customer-managed (60%), 1 unknown}; when no key is known, no
         * percentage: {@code buckets 1 unknown}, not "0/0 (0%)".
         */
        public String describe() {
            int known = total - unknown;
            if (known == 0) {
                return name + " " + unknown + " unknown";
            }
            return name + " " + customerManaged + "/" + known + " customer-managed (" + percent() + "%)"
                    + (unknown == 0 ? "" : ", " + unknown + " unknown");
        }
    }

    public static Coverage of(ScanResult result) {
        // Counted by the family as the rule spells it first (a few spellings, looked up by hash),
        // then families that differ only in case are added up under the spelling met first.
        Map<String, int[]> spelled = new LinkedHashMap<>();
        for (Finding outcome : result.outcomes()) {
            String family = outcome.rule().coverage();
            if (family == null) {
                continue;
            }
            int[] c = spelled.computeIfAbsent(family, f -> new int[3]);
            c[1]++;
            if (outcome.status() == Status.PASS) {
                c[0]++;
            } else if (outcome.status() == Status.UNKNOWN) {
                c[2]++;
            }
        }
        Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        spelled.forEach((family, c) -> {
            int[] sum = counts.computeIfAbsent(family, f -> new int[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        });
        List<Family> families = new ArrayList<>();
        counts.forEach((name, c) -> families.add(new Family(name, c[0], c[1], c[2])));
        return new Coverage(families);
    }
}
