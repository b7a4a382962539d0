package dev.iaclint.kpi;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.report.Coverage;
import dev.iaclint.report.Finding;
import dev.iaclint.report.ScanResult;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows findings through the scanned commits by fingerprint: when each appeared and was fixed,
 * and when each exception was granted and ended. A finding counts from the first commit where it
 * fails, suppressed or not (a suppression is an exception, not a fix), to the first where it no
 * longer fails.
 */
final class Timeline {

    private final KindTable kinds;
    private final List<Point> points = new ArrayList<>();
    private final Map<String, Lifetime> open = new LinkedHashMap<>();
    private final List<Lifetime> fixed = new ArrayList<>();
    private final Map<String, Exemption> granted = new LinkedHashMap<>();
    private final List<Exemption> ended = new ArrayList<>();
    /**
     * The last commit's failing findings' fingerprints, by the finding object: a unit reused from
     * the commit before gives the very same findings, and hashing each of them again on every
     * commit made the history cost as much as its repository, not its changes.
     */
    private Map<Finding, String> fingerprints = new IdentityHashMap<>();

    Timeline(KindTable kinds) {
        this.kinds = kinds;
    }

    /** The next scanned commit, in history order. */
    void add(Revision revision, ScanResult result) {
        boolean first = points.isEmpty();
        Map<String, Finding> failing = new LinkedHashMap<>();
        Map<Finding, String> known = fingerprints;
        fingerprints = new IdentityHashMap<>(known.size());
        for (Finding outcome : result.outcomes()) {
            if (outcome.status() == Status.FAIL) {
                String fingerprint = known.get(outcome);
                if (fingerprint == null) {
                    fingerprint = outcome.fingerprint();
                }
                fingerprints.put(outcome, fingerprint);
                // Two findings of one fingerprint (the same line twice) are one thing to fix.
                failing.putIfAbsent(fingerprint, outcome);
            }
        }
        for (var it = open.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!failing.containsKey(entry.getKey())) {
                Lifetime was = entry.getValue();
                fixed.add(new Lifetime(was.fingerprint(), was.finding(), was.family(), was.appeared(), revision,
                        was.inherited()));
                it.remove();
            }
        }
        int exceptions = 0;
        for (var entry : failing.entrySet()) {
            Finding finding = entry.getValue();
            Lifetime was = open.get(entry.getKey());
            if (was == null) {
                open.put(entry.getKey(),
                        new Lifetime(entry.getKey(), finding, familyOf(finding), revision, null, first && !revision.root()));
            } else if (was.finding() != finding) {
                open.put(entry.getKey(),
                        new Lifetime(was.fingerprint(), finding, was.family(), was.appeared(), null, was.inherited()));
            }
            if (finding.suppression() != null) {
                exceptions++;
            }
        }
        for (var it = granted.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Finding now = failing.get(entry.getKey());
            if (now == null || now.suppression() == null) {
                Exemption was = entry.getValue();
                ended.add(new Exemption(was.fingerprint(), was.finding(), was.granted(), revision));
                it.remove();
            }
        }
        failing.forEach((fingerprint, finding) -> {
            if (finding.suppression() != null) {
                granted.putIfAbsent(fingerprint, new Exemption(fingerprint, finding, revision, null));
            }
        });
        points.add(new Point(revision, Coverage.of(result), failing.size() - exceptions, exceptions));
    }

    List<Point> points() {
        return List.copyOf(points);
    }

    /** Every finding seen, fixed ones first in the order they were fixed, then the open ones. */
    List<Lifetime> lifetimes() {
        List<Lifetime> all = new ArrayList<>(fixed);
        all.addAll(open.values());
        return all;
    }

    List<Exemption> exemptions() {
        List<Exemption> all = new ArrayList<>(ended);
        all.addAll(granted.values());
        return all;
    }

    private String familyOf(Finding finding) {
        return kinds.forNativeType(finding.resourceType()).map(Kind::family).orElse("other");
    }
}
