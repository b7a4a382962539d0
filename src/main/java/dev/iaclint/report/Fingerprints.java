package dev.iaclint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each finding an identity that survives line shifts and unrelated edits: a hash of the
 * rule, the file (its path from the repository root, whatever folder iac-lint runs in), the
 * resource and the whitespace-folded text of the line the finding points at.
 * The baseline and SARIF's partialFingerprints both use it. The scanner attaches the line; the
 * hash is computed only when a report or the baseline asks, so a text report never pays for it.
 * A line longer than {@link #LONG_LINE} (a plan or template written on one line) is hashed only
 * from the finding's column on, for that many characters: hashing the whole line for each of its
 * findings made reports quadratic, and an edit elsewhere on the line should not change them.
 */
public final class Fingerprints {

    /** Lines up to this length are hashed whole, as they always were, so recorded baselines still match. */
    static final int LONG_LINE = 1000;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /**
     * @param lines the file's lines, to read the text at the finding
     * @param file  the file's path from the repository root
     */
    public static Finding withLine(Finding finding, List<String> lines, String file) {
        int line = finding.location().line();
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        return finding.withLine(text.length() <= LONG_LINE ? text : window(text, finding.location().column()), file);
    }

    /** {@link #LONG_LINE} characters of the line from the column on; empty when the column is beyond it. */
    private static String window(String line, int column) {
        int start = Math.min(Math.max(column - 1, 0), line.length());
        return line.substring(start, Math.min(line.length(), start + LONG_LINE));
    }

    static String of(Finding finding) {
        String text = finding.line() == null ? "" : WHITESPACE.matcher(finding.line().strip()).replaceAll(" ");
        String identity = String.join("\u0000", finding.ruleId(), finding.fileInRepository(), finding.resource(), text);
        return sha256(identity).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
