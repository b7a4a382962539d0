package dev.iaclint.engine.suppress;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression comments: {@code # iac-lint:ignore RULE[,RULE...] reason}. A trailing comment
 * covers its own line; a comment alone on its line covers the next line that is not a comment.
 * The reason is required: a comment without one is an error and suppresses nothing.
 */
public final class InlineIgnores {

    private static final Pattern MARKER = Pattern.compile("(^|\\s)(#|//)\\s*iac-lint:ignore\\b(.*)$");
    private static final Pattern BODY = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.-]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9_.-]*)*)\\s*(?:--|:)?\\s*(.*)");

    private InlineIgnores() {
    }

    /** The ignores of one file, and the malformed ones as problems. */
    public record Parsed(List<Ignore> ignores, List<InputException> problems) {
    }

    public static Parsed parse(String file, List<String> lines) {
        List<Ignore> ignores = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        int[] nextCodeLine = null;
        for (int i = 0; i < lines.size(); i++) {
            // Most lines hold no marker: a substring test spares them the regular expression.
            Matcher marker = lines.get(i).contains("iac-lint:ignore") ? MARKER.matcher(lines.get(i)) : null;
            if (marker == null || !marker.find()) {
                continue;
            }
            int column = marker.start(2) + 1;
            Location at = Location.point(file, i + 1, column);
            Matcher body = BODY.matcher(marker.group(3));
            if (!body.matches() || body.group(2).isBlank()) {
                problems.add(new InputException(at, "iac-lint:ignore needs the rule ids and a reason, as in "
                        + "'# iac-lint:ignore BEDROCK-001 sandbox account, no customer data'"));
                continue;
            }
            Set<String> rules = new LinkedHashSet<>();
            for (String rule : body.group(1).split(",")) {
                rules.add(rule.strip());
            }
            boolean alone = lines.get(i).substring(0, marker.start(2)).isBlank();
            if (alone && nextCodeLine == null) {
                nextCodeLine = nextCodeLines(lines);
            }
            int covered = alone ? nextCodeLine[i] : i + 1;
            ignores.add(new Ignore("inline", rules, body.group(2).strip(), at, new Ignore.Line(file, covered)));
        }
        return new Parsed(ignores, problems);
    }

    /**
     * For each line, the number of the next line after it that is not blank or a comment (the
     * line after it when there is none), found once from the end: searching ahead from each of
     * thousands of stacked comments was quadratic.
     */
    private static int[] nextCodeLines(List<String> lines) {
        int[] next = new int[lines.size()];
        int following = -1;
        for (int j = lines.size() - 1; j >= 0; j--) {
            next[j] = following >= 0 ? following + 1 : j + 2;
            String text = lines.get(j).strip();
            if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("//")) {
                following = j;
            }
        }
        return next;
    }
}
