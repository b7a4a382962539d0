package dev.iaclint.report;

import dev.iaclint.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The human report: findings grouped by file, each with line:column, severity, status, rule,
 * message and a one-line fix; then errors, warnings and (verbose) skipped files; then one
 * summary line; last, the customer-managed key coverage of each family scanned. Suppressed
 * findings are only counted. Quiet, it prints only what fails the run (findings at or above the
 * threshold) and the errors.
 */
public final class TextRenderer implements Renderer {

    private final boolean verbose;
    private final boolean quiet;
    private final Highlight highlight;

    public TextRenderer(boolean verbose) {
        this(verbose, false, Highlight.NONE);
    }

    /**
     * @param quiet     only failing findings and errors: no warnings, summary or coverage
     * @param highlight colours for a terminal, or none
     */
    public TextRenderer(boolean verbose, boolean quiet, Highlight highlight) {
        this.verbose = verbose;
        this.quiet = quiet;
        this.highlight = highlight;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ScanResult result = report.result();
        List<Finding> shown = result.findings().stream()
                .filter(f -> quiet ? report.blocks(f) : f.suppression() == null).toList();
        int width = shown.stream().mapToInt(f -> position(f).length()).max().orElse(0);
        String currentFile = null;
        for (Finding finding : shown) {
            if (!finding.location().file().equals(currentFile)) {
                // A synthesized template is named by its stack too: that is what a CDK user deploys.
                String stack = finding.construct() == null ? "" : " (stack " + clean(finding.construct().stack()) + ")";
                out.write((currentFile == null ? "" : "\n") + highlight.path(finding.location().file()) + stack + "\n");
                currentFile = finding.location().file();
            }
            // Padded before it is coloured: colour codes take no room on the screen.
            String position = "  " + padLeft(position(finding), width) + "  ";
            String severity = padRight(finding.severity().id().toUpperCase(Locale.ROOT), 8);
            String status = " " + padRight(finding.status().id(), 7) + " ";
            String lead = position + severity + status;
            out.write(position + highlight.severity(finding.severity(), severity) + status
                    + highlight.rule(finding.ruleId()) + "  " + clean(finding.message()) + "\n");
            if (finding.construct() != null) {
                out.write(" ".repeat(lead.length()) + "construct: " + clean(finding.construct().fullPath()) + "\n");
            }
            String fix = clean(firstLine(finding.rule().remediation()));
            if (!fix.isEmpty()) {
                out.write(" ".repeat(lead.length()) + "fix: " + fix + "\n");
            }
        }
        boolean separate = !shown.isEmpty();
        separate |= section(out, "errors", result.problems(), separate);
        if (quiet) {
            return;
        }
        separate |= section(out, "warnings", result.warnings(), separate);
        if (verbose && !result.skipped().isEmpty()) {
            out.write(separate ? "\nskipped\n" : "skipped\n");
            for (ScanResult.Skipped skipped : result.skipped()) {
                out.write("  " + clean(skipped.file()) + ": " + clean(skipped.reason()) + "\n");
            }
            separate = true;
        }
        Summary summary = Summary.of(result);
        long blocking = result.findings().stream().filter(report::blocks).count();
        String atThreshold = report.failOn() == Severity.INFO ? ""
                : " (" + blocking + " at or above " + report.failOn().id() + ")";
        out.write((separate ? "\n" : "") + summary.failed() + " failed" + atThreshold + ", " + summary.unknown() + " unknown, "
                + summary.suppressed() + " suppressed, " + summary.errors() + " error" + (summary.errors() == 1 ? "" : "s")
                + " in " + summary.filesScanned() + " file" + (summary.filesScanned() == 1 ? "" : "s") + " scanned ("
                + summary.filesSkipped() + " skipped)"
                + (summary.staleBaselineEntries() == 0 ? "" : "; " + summary.staleBaselineEntries()
                        + " baseline entr" + (summary.staleBaselineEntries() == 1 ? "y matches" : "ies match")
                        + " no finding")
                + "\n");
        if (report.configuration().file() != null) {
            out.write(report.configuration().describe() + "\n");
        }
        List<Coverage.Family> families = Coverage.of(result).families();
        if (!families.isEmpty()) {
            out.write("\ncustomer-managed key coverage\n");
            for (Coverage.Family family : families) {
                out.write("  " + clean(family.describe()) + "\n");
            }
        }
    }

    // String.format would do, but java.util.Formatter costs tens of milliseconds the first time,
    // and the text report is what a pre-commit hook prints.
    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String position(Finding finding) {
        return finding.location().line() + ":" + finding.location().column();
    }

    private static boolean section(Writer out, String title, List<Problem> problems, boolean separate) throws IOException {
        if (problems.isEmpty()) {
            return false;
        }
        out.write((separate ? "\n" : "") + title + "\n");
        for (Problem problem : problems) {
            out.write("  " + clean(String.valueOf(problem.location())) + ": " + clean(problem.message()) + "\n");
        }
        return true;
    }

    /** Every value, name and path from the scanned files is written with its control characters escaped. */
    private static String clean(String text) {
        return ControlChars.escape(text);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
