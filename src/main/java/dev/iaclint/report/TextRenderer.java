package dev.iaclint.report;

import dev.iaclint.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The human report: findings grouped by file, each with line:column, severity, status, rule,
 * message and a one-line fix; then the files that could not be read; then one summary line.
 */
public final class TextRenderer implements Renderer {

    private final boolean verbose;

    public TextRenderer(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        String currentFile = null;
        for (Finding finding : result.findings()) {
            if (!finding.location().file().equals(currentFile)) {
                out.write((currentFile == null ? "" : "\n") + finding.location().file() + "\n");
                currentFile = finding.location().file();
            }
            out.write(String.format(Locale.ROOT, "  %5s  %-8s %-7s %s  %s%n",
                    finding.location().line() + ":" + finding.location().column(),
                    finding.severity().id().toUpperCase(Locale.ROOT), finding.status().id(), finding.ruleId(),
                    finding.message()));
            String fix = firstLine(finding.remediation());
            if (!fix.isEmpty()) {
                out.write("                                  fix: " + fix + "\n");
            }
        }
        if (!result.problems().isEmpty()) {
            out.write(result.findings().isEmpty() ? "" : "\n");
            out.write("errors\n");
            for (Problem problem : result.problems()) {
                out.write("  " + problem.location() + ": " + problem.message() + "\n");
            }
        }
        if (verbose && !result.skipped().isEmpty()) {
            out.write("\nskipped\n");
            for (ScanResult.Skipped skipped : result.skipped()) {
                out.write("  " + skipped.file() + ": " + skipped.reason() + "\n");
            }
        }
        writeSummary(Summary.of(result), out, !result.findings().isEmpty() || !result.problems().isEmpty());
    }

    private static void writeSummary(Summary summary, Writer out, boolean separate) throws IOException {
        out.write((separate ? "\n" : "") + String.format(Locale.ROOT,
                "%d failed, %d unknown, %d error%s in %d file%s scanned (%d skipped)%n",
                summary.failed(), summary.unknown(), summary.errors(), summary.errors() == 1 ? "" : "s",
                summary.filesScanned(), summary.filesScanned() == 1 ? "" : "s", summary.filesSkipped()));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
