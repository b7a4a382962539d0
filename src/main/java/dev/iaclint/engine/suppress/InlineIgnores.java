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
            int covered = alone ? nextCodeLine(lines, i) : i + 1;
            ignores.add(new Ignore("inline", rules, body.group(2).strip(), at, new Ignore.Line(file, covered)));
        }
        return new Parsed(ignores, problems);
    }

    private static int nextCodeLine(List<String> lines, int commentIndex) {
        for (int j = commentIndex + 1; j < lines.size(); j++) {
            String text = lines.get(j).strip();
            if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("//")) {
                return j + 1;
            }
        }
        return commentIndex + 2;
    }
}
