package dev.iaclint.iam;

import dev.iaclint.model.Location;
import java.util.List;
import java.util.Locale;

/**
 * One statement of a policy document. Each part that could not be read (a reference, an
 * unevaluated function) is marked unknown, so an analysis can say "unknown" rather than guess.
 *
 * @param index           1-based position in the document
 * @param effect          {@code Allow} or {@code Deny}; null when unknown
 * @param notPrincipal    the principals are those of {@code NotPrincipal}: everyone else is meant
 * @param notAction       the actions are those of {@code NotAction}: every other action is meant
 * @param principalsKnown every principal could be read
 * @param actionsKnown    every action could be read
 * @param conditionsKnown every condition could be read
 */
public record Statement(String sid, int index, Location location, String effect, List<Principal> principals,
                        boolean notPrincipal, boolean principalsKnown, List<String> actions, boolean notAction,
                        boolean actionsKnown, List<Condition> conditions, boolean conditionsKnown) {

    public Statement {
        principals = List.copyOf(principals);
        actions = List.copyOf(actions);
        conditions = List.copyOf(conditions);
    }

    /** How messages name it: its Sid, or its position. */
    public String name() {
        return sid != null && !sid.isBlank() ? "statement '" + sid + "'" : "statement #" + index;
    }

    public boolean allows() {
        return "Allow".equals(effect);
    }

    public boolean effectKnown() {
        return effect != null;
    }

    /** Whether the statement's actions cover {@code action} (such as {@code kms:Decrypt}), wildcards and NotAction included. */
    public boolean covers(String action) {
        boolean listed = actions.stream().anyMatch(pattern -> Wildcards.matches(pattern, action));
        return notAction != listed;
    }

    /** Whether some condition restricts the context key (or key family ending in ':'). */
    public boolean conditionOn(String key) {
        return conditions.stream().anyMatch(c -> c.restricts() && c.keyIs(key));
    }

    public boolean grantsAnyone() {
        return notPrincipal || principals.stream().anyMatch(Principal::isAnyone);
    }

    static String normalEffect(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.equals("allow") ? "Allow" : lower.equals("deny") ? "Deny" : text;
    }
}
