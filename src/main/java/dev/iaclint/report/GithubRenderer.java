package dev.iaclint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which become annotations on the pull request without code
 * scanning: {@code ::error file=...,line=...,col=...::message}. Failures at or above
 * {@code --fail-on} are errors; failures below it, unknowns and warnings are warnings;
 * suppressed findings are left out.
 */
public final class GithubRenderer implements Renderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        for (Finding finding : report.result().findings()) {
            if (finding.suppression() != null) {
                continue;
            }
            // Only what fails the run is an error; a failure below --fail-on and an unknown are warnings.
            String command = report.blocks(finding) ? "error" : "warning";
            out.write("::" + command + " file=" + property(finding.location().file())
                    + ",line=" + finding.location().line() + ",col=" + finding.location().column()
                    + ",endLine=" + finding.location().endLine() + ",endColumn=" + finding.location().endColumn()
                    + ",title=" + property(finding.ruleId() + " " + finding.rule().title()
                    + (finding.status() == Status.UNKNOWN ? " (unknown)" : ""))
                    + "::" + data(finding.message()) + "\n");
        }
        for (Problem problem : report.result().problems()) {
            annotate(out, "error", problem);
        }
        for (Problem problem : report.result().warnings()) {
            annotate(out, "warning", problem);
        }
    }

    private static void annotate(Writer out, String command, Problem problem) throws IOException {
        out.write("::" + command + " file=" + property(problem.location().file()) + ",line=" + problem.location().line()
                + ",col=" + problem.location().column() + ",title=iac-lint::" + data(problem.message()) + "\n");
    }

    /** The escaping GitHub's runner undoes in a command's message, after control characters are escaped. */
    static String data(String text) {
        // Control characters are escaped first (a newline becomes "\n"), so none reaches the runner.
        return ControlChars.escape(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values also escape the separators of the property list. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
