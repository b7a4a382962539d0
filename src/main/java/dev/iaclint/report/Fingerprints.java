package dev.iaclint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each finding an identity that survives line shifts and unrelated edits: a hash of the
 * rule, the file, the resource and the whitespace-folded text of the line the finding points at.
 * The baseline and SARIF's partialFingerprints both use it. The scanner attaches the line; the
 * hash is computed only when a report or the baseline asks, so a text report never pays for it.
 */
public final class Fingerprints {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /** @param lines the file's lines, to read the text at the finding */
    public static Finding withLine(Finding finding, List<String> lines) {
        int line = finding.location().line();
        return finding.withLine(line >= 1 && line <= lines.size() ? lines.get(line - 1) : "");
    }

    static String of(Finding finding) {
        String text = finding.line() == null ? "" : WHITESPACE.matcher(finding.line().strip()).replaceAll(" ");
        String identity = String.join("\u0000", finding.ruleId(), finding.location().file(), finding.resource(), text);
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
