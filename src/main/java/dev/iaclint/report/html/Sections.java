package dev.iaclint.report.html;

import dev.iaclint.model.Severity;
import dev.iaclint.report.Coverage;
import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The parts both pages show: headline tiles, coverage per family, and findings by severity and rule. */
public final class Sections {

    private Sections() {
    }

    /** A headline number. */
    public record Tile(String label, String value, String sub) {
    }

    public static String tiles(List<Tile> tiles) {
        StringBuilder html = new StringBuilder("<section class=\"tiles\">");
        for (Tile tile : tiles) {
            html.append("<div class=\"tile\"><div class=\"label\">").append(Html.text(tile.label()))
                    .append("</div><div class=\"value\">").append(Html.text(tile.value()))
                    .append("</div><div class=\"sub\">").append(Html.text(tile.sub())).append("</div></div>");
        }
        return html.append("</section>").toString();
    }

    /** All families together: customer-managed of the known, in percent; empty when nothing was measured. */
    public static Optional<Integer> overallPercent(Coverage coverage) {
        int managed = coverage.families().stream().mapToInt(Coverage.Family::customerManaged).sum();
        int known = coverage.families().stream().mapToInt(f -> f.total() - f.unknown()).sum();
        return known == 0 ? Optional.empty() : Optional.of((int) Math.floor(100.0 * managed / known));
    }

    /** A bar per family: customer-managed of the known, unknowns said beside it. */
    public static String coverage(String heading, Coverage coverage) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (Coverage.Family family : coverage.families()) {
            int known = family.total() - family.unknown();
            bars.add(new Charts.Bar(family.name(), family.percent(), 100,
                    family.percent() + "%  (" + family.customerManaged() + " of " + known
                            + (family.unknown() == 0 ? ")" : ", " + family.unknown() + " unknown)"),
                    Charts.coverageColor(family.percent())));
        }
        return "<section><h2>" + Html.text(heading) + "</h2><p class=\"note\">Resources encrypted with a "
                + "customer-managed KMS key, of those whose key is known before deployment; resources whose key "
                + "depends on an input without a value are counted apart as unknown.</p>"
                + (bars.isEmpty() ? "<p class=\"muted\">No Bedrock resource whose key coverage is measured.</p>"
                : Charts.bars("coverage", bars)) + "</section>";
    }

    /**
     * Findings grouped by severity (most severe first), then rule, each with where it is, what it
     * says and the source line it points at.
     *
     * @param link the href of a finding's file and line, or null for none
     */
    public static String findings(String heading, String note, List<Finding> findings, Function<Finding, String> link) {
        StringBuilder html = new StringBuilder("<section><h2>").append(Html.text(heading)).append("</h2><p class=\"note\">")
                .append(Html.text(note)).append("</p>");
        if (findings.isEmpty()) {
            return html.append("<p class=\"muted\" id=\"no-findings\">None.</p></section>").toString();
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Finding::ruleId)
                        .thenComparing(f -> f.location().file()).thenComparingInt(f -> f.location().line()))
                .forEach(f -> byRule.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(f));
        html.append("<table id=\"findings\"><thead><tr><th>Severity</th><th>Resource and location</th><th>Finding</th>"
                + "</tr></thead><tbody>");
        for (List<Finding> group : byRule.values()) {
            Finding first = group.get(0);
            html.append("<tr class=\"group\"><td>").append(severity(first.severity())).append("</td><td colspan=\"2\">")
                    .append(Html.text(first.ruleId())).append(" · ").append(Html.text(first.rule().title()))
                    .append(" <span class=\"muted\">(").append(group.size()).append(")</span></td></tr>");
            for (Finding finding : group) {
                String where = Html.text(finding.location().file()) + ":" + finding.location().line();
                String href = link.apply(finding);
                html.append("<tr data-rule=\"").append(Html.text(finding.ruleId())).append("\" data-status=\"")
                        .append(finding.suppression() == null ? finding.status().id() : "suppressed")
                        .append("\"><td class=\"muted\">").append(Html.text(finding.status().id())).append("</td><td><code>")
                        .append(Html.text(finding.resource())).append("</code><br>")
                        .append(href == null ? where : "<a href=\"" + Html.text(href) + "\">" + where + "</a>")
                        .append("</td><td>").append(Html.text(finding.message()));
                if (finding.line() != null && !finding.line().isBlank()) {
                    html.append("<span class=\"code\">").append(Html.text(finding.line().strip())).append("</span>");
                }
                if (finding.suppression() != null) {
                    html.append("<div class=\"muted\">Exception (").append(Html.text(finding.suppression().kind()))
                            .append("): ").append(Html.text(finding.suppression().reason())).append("</div>");
                }
                html.append("</td></tr>");
            }
        }
        return html.append("</tbody></table></section>").toString();
    }

    public static String severity(Severity severity) {
        return "<span class=\"sev sev-" + severity.id() + "\">" + severity.id() + "</span>";
    }
}
