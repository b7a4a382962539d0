package dev.iaclint.policy;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, when a policy is loaded, that the kinds it names exist and that the canonical fields
 * its expressions read ({@code fields.x}, {@code kms:key('x')}, {@code iam:...('x')}, an
 * {@code at} of {@code 'x'}) belong to them: a misspelt name would otherwise read as absent and
 * pass or fail silently.
 */
final class PolicyNameCheck {

    private static final Pattern FIELD = Pattern.compile("\\bfields\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern FIELD_ARGUMENT = Pattern.compile("\\b(?:kms:key|iam:[A-Za-z]+)\\(\\s*'([^']*)'\\s*\\)");
    private static final Pattern FIELD_NAME = Pattern.compile("\\s*'([A-Za-z_][A-Za-z0-9_]*)'\\s*");

    private PolicyNameCheck() {
    }

    /** @param kindsAt where the policy's {@code kinds} are written */
    static void check(Policy policy, KindTable kinds, Location kindsAt) {
        Set<String> fields = new TreeSet<>();
        for (String kind : policy.kinds()) {
            Kind known = kinds.kind(kind).orElseThrow(() -> new InputException(kindsAt, "unknown kind '" + kind
                    + "'; known kinds: " + String.join(", ", kinds.kinds().stream().map(Kind::id).sorted().toList())));
            fields.addAll(known.fields());
        }
        for (String type : policy.types()) {
            kinds.forNativeType(type).ifPresent(kind -> fields.addAll(kind.fields()));
        }
        if (fields.isEmpty()) {
            return; // native types without a kind: their policies read raw attributes
        }
        for (PolicyExpression expression : policy.expressions()) {
            if (policy.at().isPresent() && expression == policy.at().get()) {
                continue;
            }
            check(expression, FIELD.matcher(expression.source()), fields, policy);
            check(expression, FIELD_ARGUMENT.matcher(expression.source()), fields, policy);
        }
        policy.at().ifPresent(at -> check(at, FIELD_NAME.matcher(at.source()), fields, policy));
    }

    private static void check(PolicyExpression expression, Matcher names, Set<String> fields, Policy policy) {
        boolean whole = names.pattern() == FIELD_NAME;
        while (whole ? names.matches() : names.find()) {
            String name = names.group(1);
            if (!fields.contains(name)) {
                throw new InputException(expression.location(), "unknown field '" + name + "' of "
                        + String.join(", ", policy.kinds().isEmpty() ? policy.types() : policy.kinds())
                        + "; its fields: " + String.join(", ", fields));
            }
            if (whole) {
                return;
            }
        }
    }
}
