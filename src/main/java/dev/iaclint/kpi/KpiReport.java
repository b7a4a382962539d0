package dev.iaclint.kpi;

import dev.iaclint.report.ScanResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What {@code iac-lint kpi} found in a history: the coverage trend, every finding's lifetime,
 * the exceptions, and today's scan (the newest commit of the window).
 *
 * @param workTree where today's files are on disk, for links; null for a bare repository
 * @param today    the scan of the newest commit scanned; null when no commit was scanned
 */
public record KpiReport(String repository, String branch, Instant since, Instant asOf, Path workTree,
                        List<Point> points, List<Lifetime> lifetimes, List<Exemption> exemptions, ScanResult today,
                        Stats stats) {

    /**
     * How the history was read.
     *
     * @param commits   first-parent commits in the window
     * @param scanned   commits that changed infrastructure code, and so were scanned
     * @param evaluated units loaded and evaluated
     * @param reused    units reused from the commit before, because nothing they read changed
     */
    public record Stats(int commits, int scanned, int evaluated, int reused, Duration elapsed) {
    }

    public List<Mttr> mttrByRule() {
        return Mttr.by(lifetimes, l -> l.finding().ruleId(), asOf);
    }

    public List<Mttr> mttrByFamily() {
        return Mttr.by(lifetimes, Lifetime::family, asOf);
    }

    /** Open findings by age: what a backlog review starts from. */
    public List<AgeBucket> openByAge() {
        return AgeBucket.count(lifetimes.stream().filter(Lifetime::open).map(l -> l.age(asOf)).toList());
    }

    public List<Lifetime> open() {
        return lifetimes.stream().filter(Lifetime::open).toList();
    }
}
