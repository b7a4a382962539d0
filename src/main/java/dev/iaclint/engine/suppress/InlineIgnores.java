package dev.iaclint.engine.suppress;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression comments: {@code # iac-lint:ignore RULE[,RULE...] reason} (also after
 * {@code //}, in a {@code /* ... *}{@code /} block comment, and with a space after the colon);
 * {@code all} stands for every rule. Something that looks meant as one but is not is reported. A trailing comment
 * covers its own line; a comment alone on its line covers the next line that is not a comment.
 * The reason is required: a comment without one is an error and suppresses nothing.
 */
public final class InlineIgnores {

    /** {@code # iac-lint:ignore}, {@code // iac-lint: ignore}, {@code /* iac-lint:ignore ... *}{@code /}. */
    private static final Pattern MARKER = Pattern.compile("(^|\\s)(#|//|/\\*)\\s*iac-lint\\s*:\\s*ignore(?![\\w-])(.*?)(\\*/\\s*)?$");
    /** What looks meant as a suppression but is not one: it must be said, not silently ignored. */
    private static final Pattern NEAR_MISS = Pattern.compile("(#|//|/\\*)\\s*iac[-_ ]?lint\\W{0,3}ignore", Pattern.CASE_INSENSITIVE);
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
            // Most lines hold no marker: a substring test spares them the regular expressions.
            String line = lines.get(i);
            if (!line.contains("lint") || !line.toLowerCase(Locale.ROOT).contains("ignore")) {
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            if (!marker.find()) {
                Matcher nearMiss = NEAR_MISS.matcher(line);
                if (nearMiss.find()) {
                    problems.add(new InputException(Location.point(file, i + 1, nearMiss.start() + 1),
                            "this looks like a suppression but is not one: write '# iac-lint:ignore RULE reason'"));
                }
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
