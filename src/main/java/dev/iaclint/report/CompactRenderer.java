package dev.iaclint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One line per finding, {@code file:line:column: severity rule-id message}, as gcc and ESLint's
 * unix format write them, for editors' error lists and grep. An unknown outcome says so before
 * its message; errors and warnings follow as {@code file:line:column: error message}. Suppressed
 * findings are left out, and there is no summary. Quiet, only what fails the run and the errors.
 */
public final class CompactRenderer implements Renderer {

    private final boolean quiet;
    private final Highlight highlight;

    public CompactRenderer(boolean quiet, Highlight highlight) {
        this.quiet = quiet;
        this.highlight = highlight;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ScanResult result = report.result();
        for (Finding finding : result.findings()) {
            if (quiet ? !report.blocks(finding) : finding.suppression() != null) {
                continue;
            }
            String status = finding.status() == Status.UNKNOWN ? "unknown: " : "";
            out.write(place(finding.location().file(), finding.location().line(), finding.location().column())
                    + highlight.severity(finding.severity(), finding.severity().id()) + " "
                    + highlight.rule(finding.ruleId()) + " " + status + ControlChars.escape(finding.message()) + "\n");
        }
        problems(out, "error", result.problems());
        if (!quiet) {
            problems(out, "warning", result.warnings());
        }
    }

    private void problems(Writer out, String kind, List<Problem> problems) throws IOException {
        for (Problem problem : problems) {
            out.write(place(problem.location().file(), problem.location().line(), problem.location().column())
                    + kind + " " + ControlChars.escape(problem.message()) + "\n");
        }
    }

    private String place(String file, int line, int column) {
        return highlight.path(file) + ":" + line + ":" + column + ": ";
    }
}
