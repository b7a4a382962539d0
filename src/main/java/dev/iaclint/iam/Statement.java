package dev.iaclint.iam;

import dev.iaclint.model.Location;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
 * @param resources       what {@code Resource} (or {@code NotResource}) names: each a literal, a partly
 *                        known skeleton, or a reference with the address of the resource it names
 * @param notResource     the resources are those of {@code NotResource}
 * @param resourcesKnown  every resource could be read
 * @param conditionsKnown every condition could be read
 */
public record Statement(String sid, int index, Location location, String effect, List<Principal> principals,
                        boolean notPrincipal, boolean principalsKnown, List<String> actions, boolean notAction,
                        boolean actionsKnown, List<Principal> resources, boolean notResource, boolean resourcesKnown,
                        List<Condition> conditions, boolean conditionsKnown) {

    public Statement {
        principals = List.copyOf(principals);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    /**
     * Whether the statement applies to a key: {@code Resource} absent (a key policy) or {@code *},
     * a wildcard ARN of KMS keys, a reference to the key or one of its aliases, or the key's
     * known ARN; empty when a resource cannot be read.
     */
    public Optional<Boolean> appliesTo(Set<String> keyAddresses, Set<String> keyArns) {
        if (!resourcesKnown) {
            return Optional.empty();
        }
        if (resources.isEmpty()) {
            return Optional.of(true);
        }
        boolean listed = resources.stream().anyMatch(r -> r.value().equals("*")
                || r.resource() != null && keyAddresses.contains(r.resource())
                || keyArns.contains(r.value())
                || r.resource() == null && r.value().contains("*") && coversKeys(r.value(), keyArns));
        return Optional.of(notResource != listed);
    }

    /** A wildcard ARN: matched against the key's known ARNs, else whether it can name KMS keys at all. */
    private static boolean coversKeys(String pattern, Set<String> keyArns) {
        if (!keyArns.isEmpty()) {
            return keyArns.stream().anyMatch(arn -> Wildcards.matches(pattern, arn));
        }
        String[] parts = pattern.split(":", 6);
        return parts.length == 6 && (parts[2].equals("kms") || parts[2].equals("*"))
                && (parts[5].startsWith("key/") || parts[5].startsWith("*"));
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

    public boolean grantsAnyone() {
        return notPrincipal || principals.stream().anyMatch(Principal::isAnyone);
    }

    static String normalEffect(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.equals("allow") ? "Allow" : lower.equals("deny") ? "Deny" : text;
    }
}
