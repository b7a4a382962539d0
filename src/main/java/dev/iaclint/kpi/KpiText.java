package dev.iaclint.kpi;

import dev.iaclint.report.ControlChars;
import dev.iaclint.report.Coverage;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code iac-lint kpi} on a terminal: the period, today's coverage and its change, time to remediate, exceptions. */
public final class KpiText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public void render(KpiReport report, Writer out) throws IOException {
        KpiReport.Stats stats = report.stats();
        out.write(report.stats().commits() + " commits on " + clean(report.branch()) + " since "
                + DAY.format(report.since()) + ", " + stats.scanned() + " changed infrastructure code and were scanned ("
                + stats.evaluated() + " units evaluated, " + stats.reused() + " reused) in "
                + String.format(Locale.ROOT, "%.1f s", stats.elapsed().toMillis() / 1000.0) + "\n");
        List<Point> points = report.points();
        if (points.isEmpty()) {
            return;
        }
        Coverage first = points.get(0).coverage();
        out.write("\ncustomer-managed key coverage (change since " + DAY.format(points.get(0).revision().time()) + ")\n");
        for (Coverage.Family family : points.get(points.size() - 1).coverage().families()) {
            int before = first.families().stream().filter(f -> f.name().equals(family.name())).findFirst()
                    .map(Coverage.Family::percent).orElse(0);
            int change = family.percent() - before;
            out.write("  " + clean(family.describe()) + (change == 0 ? "" : " (" + (change > 0 ? "+" : "") + change
                    + " points)") + "\n");
        }
        out.write("\ntime to remediate (new findings; open ones by their age so far)\n");
        for (Mttr mttr : report.mttrByFamily()) {
            out.write("  " + clean(mttr.name()) + ": mean " + KpiHtml.days(mttr.mean()) + ", median "
                    + KpiHtml.days(mttr.median()) + " (" + mttr.fixed() + " fixed, " + mttr.open() + " open)\n");
        }
        if (report.mttrByFamily().isEmpty()) {
            out.write("  no finding appeared in the period\n");
        }
        List<Lifetime> open = report.open();
        out.write("\nopen findings: " + open.size() + open.stream().map(l -> l.age(report.asOf())).max(Duration::compareTo)
                .map(age -> " (oldest " + KpiHtml.days(age) + ")").orElse("") + "\n");
        long inForce = report.exemptions().stream().filter(Exemption::inForce).count();
        out.write("exceptions: " + inForce + " in force, " + report.exemptions().size() + " granted in the period\n");
        for (Exemption exemption : report.exemptions()) {
            out.write("  " + DAY.format(exemption.granted().time()) + " " + clean(exemption.finding().ruleId()) + " "
                    + clean(exemption.finding().resource()) + " (" + clean(exemption.kind()) + "): "
                    + clean(exemption.reason()) + (exemption.inForce() ? "" : ", ended "
                    + DAY.format(exemption.ended().time())) + "\n");
        }
    }

    private static String clean(String text) {
        return ControlChars.escape(text);
    }
}
