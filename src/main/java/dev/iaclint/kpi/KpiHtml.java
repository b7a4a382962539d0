package dev.iaclint.kpi;

import dev.iaclint.report.Coverage;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import dev.iaclint.report.html.Charts;
import dev.iaclint.report.html.Html;
import dev.iaclint.report.html.Page;
import dev.iaclint.report.html.Sections;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code iac-lint kpi -f html:FILE}: the monthly report of a security lead, in one file that
 * opens offline and prints: coverage trend per family, time to remediate per rule and family,
 * the open backlog by age, exceptions over time with their reasons, and today's findings.
 */
public final class KpiHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String version;
    /** Where the page is written, so links to today's files are relative to it; null for no links. */
    private final Path pageFolder;

    public KpiHtml(String version, Path pageFolder) {
        this.version = version;
        this.pageFolder = pageFolder;
    }

    public void render(KpiReport report, Writer out) throws IOException {
        List<Point> points = report.points();
        Page page = new Page("Amazon Bedrock encryption KPIs",
                repositoryName(report) + " · " + report.branch() + " · " + DAY.format(report.since()) + " to "
                        + DAY.format(report.asOf()) + " · " + report.stats().scanned() + " of "
                        + report.stats().commits() + " commits changed infrastructure code");
        Coverage today = points.isEmpty() ? new Coverage(List.of()) : points.get(points.size() - 1).coverage();
        page.add(tiles(report, today));
        page.add(coverageTrend(points));
        page.add(Sections.coverage("Coverage today", today));
        page.add("<div class=\"grid2\">" + mttr("Time to remediate, per family", "mttr-family", report.mttrByFamily())
                + openByAge(report) + "</div>");
        page.add(mttr("Time to remediate, per rule", "mttr-rule", report.mttrByRule()));
        page.add(exceptions(report));
        List<Finding> findings = report.today() == null ? List.of() : report.today().findings().stream()
                .filter(f -> f.status() == Status.FAIL).toList();
        page.add(Sections.findings("Today's findings", "Failing at the newest commit, most severe first; "
                + "exceptions show the reason they were granted.", findings, f -> link(report.workTree(), f)));
        KpiReport.Stats stats = report.stats();
        page.write(out, "iac-lint " + version + " · " + stats.commits() + " commits walked, " + stats.scanned()
                + " scanned, " + stats.evaluated() + " units evaluated and " + stats.reused()
                + " reused · finding lifetimes follow fingerprints (rule, file, resource, line text)");
    }

    private static String repositoryName(KpiReport report) {
        Path path = report.workTree() != null ? report.workTree() : Path.of(report.repository());
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String tiles(KpiReport report, Coverage today) {
        List<Point> points = report.points();
        Optional<Integer> now = Sections.overallPercent(today);
        // Compared with the first commit that had a Bedrock resource to measure.
        Optional<Point> first = points.stream().filter(p -> Sections.overallPercent(p.coverage()).isPresent()).findFirst();
        String change = now.isEmpty() || first.isEmpty() ? "no Bedrock resource measured"
                : signed(now.get() - Sections.overallPercent(first.get().coverage()).orElseThrow()) + " points since "
                        + DAY.format(first.get().revision().time());
        List<Lifetime> fresh = report.lifetimes().stream().filter(l -> !l.inherited()).toList();
        String mttr = fresh.isEmpty() ? "n/a" : days(Mttr.of("all", fresh, report.asOf()).median());
        long fixed = fresh.stream().filter(l -> !l.open()).count();
        List<Lifetime> open = report.open();
        String oldest = open.stream().map(l -> l.age(report.asOf())).max(Duration::compareTo)
                .map(age -> "oldest " + days(age)).orElse("none open");
        long inForce = report.exemptions().stream().filter(Exemption::inForce).count();
        return Sections.tiles(List.of(
                new Sections.Tile("CMK coverage", now.map(p -> p + "%").orElse("n/a"), change),
                new Sections.Tile("Median time to remediate", mttr,
                        fixed + " fixed, " + (fresh.size() - fixed) + " open of " + fresh.size() + " new"),
                new Sections.Tile("Open findings", Integer.toString(open.size()), oldest),
                new Sections.Tile("Exceptions in force", Long.toString(inForce),
                        report.exemptions().size() + " granted in the period")));
    }

    private static String coverageTrend(List<Point> points) {
        TreeSet<String> families = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        points.forEach(p -> p.coverage().families().forEach(f -> families.add(f.name())));
        List<Instant> times = points.stream().map(p -> p.revision().time()).toList();
        List<Charts.Series> series = new ArrayList<>();
        for (String family : families) {
            List<Double> values = new ArrayList<>();
            for (Point point : points) {
                values.add(point.coverage().families().stream().filter(f -> f.name().equalsIgnoreCase(family))
                        .filter(f -> f.total() > f.unknown()).findFirst().map(f -> (double) f.percent()).orElse(null));
            }
            series.add(new Charts.Series(family, values));
        }
        return "<section><h2>Customer-managed key coverage over time</h2><p class=\"note\">Per Bedrock family, "
                + "at every commit that changed infrastructure code; a family appears when its first resource does.</p>"
                + Charts.timeChart("coverage-trend", times, series, 100, "%", 240) + Charts.legend(series) + "</section>";
    }

    private static String mttr(String heading, String id, List<Mttr> entries) {
        StringBuilder html = new StringBuilder("<section><h2>").append(Html.text(heading)).append("</h2>")
                .append("<p class=\"note\">From the commit that introduced a finding to the commit that fixed it; "
                        + "open findings count with their age so far. Findings older than the period are left out.</p>");
        if (entries.isEmpty()) {
            return html.append("<p class=\"muted\">No finding appeared in the period.</p></section>").toString();
        }
        html.append("<table data-table=\"").append(id).append("\"><thead><tr><th>").append(id.endsWith("rule") ? "Rule"
                : "Family").append("</th><th class=\"num\">Fixed</th><th class=\"num\">Open</th>"
                + "<th class=\"num\">Mean</th><th class=\"num\">Median</th></tr></thead><tbody>");
        for (Mttr entry : entries) {
            html.append("<tr data-name=\"").append(Html.text(entry.name())).append("\" data-mean-seconds=\"")
                    .append(entry.mean().toSeconds()).append("\" data-median-seconds=\"").append(entry.median().toSeconds())
                    .append("\"><td>").append(Html.text(entry.name())).append("</td><td class=\"num\">").append(entry.fixed())
                    .append("</td><td class=\"num\">").append(entry.open()).append("</td><td class=\"num\">")
                    .append(days(entry.mean())).append("</td><td class=\"num\">").append(days(entry.median()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></section>").toString();
    }

    private static String openByAge(KpiReport report) {
        List<AgeBucket> buckets = report.openByAge();
        int max = buckets.stream().mapToInt(AgeBucket::count).max().orElse(0);
        List<Charts.Bar> bars = new ArrayList<>();
        String[] colors = {"#8a94a6", "#b26a00", "#d4641c", "#b42318"};
        for (int i = 0; i < buckets.size(); i++) {
            AgeBucket bucket = buckets.get(i);
            bars.add(new Charts.Bar(bucket.label(), bucket.count(), Math.max(1, max), Integer.toString(bucket.count()),
                    colors[i % colors.length]));
        }
        return "<section><h2>Open findings by age</h2><p class=\"note\">Failing at the newest commit, by the time "
                + "since the commit that introduced them (exceptions included).</p>" + Charts.narrowBars("open-by-age", bars)
                + "</section>";
    }

    private String exceptions(KpiReport report) {
        List<Point> points = report.points();
        List<Instant> times = points.stream().map(p -> p.revision().time()).toList();
        List<Charts.Series> series = List.of(
                new Charts.Series("failing", points.stream().map(p -> (double) p.failing()).toList()),
                new Charts.Series("exceptions", points.stream().map(p -> (double) p.exceptions()).toList()));
        double max = Math.max(4, points.stream().mapToInt(p -> Math.max(p.failing(), p.exceptions())).max().orElse(0));
        StringBuilder html = new StringBuilder("<section><h2>Findings and exceptions over time</h2><p class=\"note\">"
                + "Failing findings not excused, and findings excused by a suppression or the baseline.</p>")
                .append(Charts.timeChart("exceptions-trend", times, series, Math.ceil(max / 4) * 4, "", 180))
                .append(Charts.legend(series));
        html.append("<h2>Exceptions granted</h2><p class=\"note\">Every suppression and baseline entry that excused a "
                + "failing finding in the period, with the reason written for it.</p>");
        if (report.exemptions().isEmpty()) {
            return html.append("<p class=\"muted\">None.</p></section>").toString();
        }
        html.append("<table id=\"exceptions\"><thead><tr><th>Granted</th><th>Rule</th><th>Resource</th><th>Kind</th>"
                + "<th>Reason</th><th>Ended</th></tr></thead><tbody>");
        for (Exemption exemption : report.exemptions()) {
            html.append("<tr data-rule=\"").append(Html.text(exemption.finding().ruleId())).append("\"><td class=\"num\">")
                    .append(DAY.format(exemption.granted().time())).append("<br><code class=\"muted\">")
                    .append(exemption.granted().shortId()).append("</code></td><td>")
                    .append(Sections.severity(exemption.finding().severity())).append(' ')
                    .append(Html.text(exemption.finding().ruleId())).append("</td><td><code>")
                    .append(Html.text(exemption.finding().resource())).append("</code></td><td>")
                    .append(Html.text(exemption.kind())).append("</td><td>").append(Html.text(exemption.reason()))
                    .append("</td><td class=\"num\">").append(exemption.inForce() ? "in force"
                            : DAY.format(exemption.ended().time())).append("</td></tr>");
        }
        return html.append("</tbody></table></section>").toString();
    }

    /** A link from the page to the finding's file in the work tree; none for a bare repository. */
    private String link(Path workTree, Finding finding) {
        if (pageFolder == null || workTree == null) {
            return null;
        }
        Path relative = pageFolder.toAbsolutePath().normalize().relativize(workTree.resolve(finding.location().file()));
        List<String> segments = new ArrayList<>();
        relative.forEach(segment -> segments.add(URLEncoder.encode(segment.toString(), StandardCharsets.UTF_8)
                .replace("+", "%20")));
        return String.join("/", segments);
    }

    private static String signed(int value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.abs(value);
    }

    /** Days with one decimal, or hours under a day: what a monthly report reads. */
    static String days(Duration duration) {
        if (duration.toHours() < 24) {
            return duration.toHours() + " h";
        }
        return String.format(Locale.ROOT, "%.1f d", duration.toSeconds() / 86400.0);
    }
}
