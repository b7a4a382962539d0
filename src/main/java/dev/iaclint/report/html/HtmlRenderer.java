package dev.iaclint.report.html;

import dev.iaclint.report.Coverage;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Renderer;
import dev.iaclint.report.Report;
import dev.iaclint.report.ScanResult;
import dev.iaclint.report.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code -f html:FILE} for a scan: the dashboard of {@code iac-lint kpi} for one moment, with
 * coverage bars per family and the findings grouped by severity and rule, each with its source line.
 */
public final class HtmlRenderer implements Renderer {

    private final String version;

    public HtmlRenderer(String version) {
        this.version = version;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ScanResult result = report.result();
        Summary summary = Summary.of(result);
        Coverage coverage = Coverage.of(result);
        List<Finding> findings = result.findings();
        Page page = new Page("Amazon Bedrock encryption report",
                summary.filesScanned() + " file" + (summary.filesScanned() == 1 ? "" : "s") + " scanned");
        page.add(Sections.tiles(List.of(
                new Sections.Tile("CMK coverage", Sections.overallPercent(coverage).map(p -> p + "%").orElse("n/a"),
                        "of resources whose key is known"),
                new Sections.Tile("Failing", Integer.toString(summary.failed()), "findings not suppressed"),
                new Sections.Tile("Unknown", Integer.toString(summary.unknown()), "decided only at deployment"),
                new Sections.Tile("Exceptions", Integer.toString(summary.suppressed()), "suppressed or baselined"))));
        page.add(Sections.coverage("Customer-managed key coverage", coverage));
        page.add(Sections.findings("Findings", "Failing and unknown outcomes, most severe first; "
                + "suppressed ones show the reason they were granted.", findings, f -> null));
        if (!result.problems().isEmpty()) {
            StringBuilder errors = new StringBuilder("<section><h2>Errors</h2><p class=\"note\">What could not be "
                    + "read is not checked.</p><ul>");
            result.problems().forEach(p -> errors.append("<li><code>").append(Html.text(String.valueOf(p.location())))
                    .append("</code> ").append(Html.text(p.message())).append("</li>"));
            page.add(errors.append("</ul></section>").toString());
        }
        page.write(out, "iac-lint " + version + " · " + summary.passed() + " passed, " + summary.failed() + " failed, "
                + summary.unknown() + " unknown, " + summary.suppressed() + " suppressed");
    }
}
