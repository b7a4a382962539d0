package dev.iaclint.policy;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, when a policy is loaded, that the kinds it names exist, and gives the canonical
 * fields its expressions may read; the sandbox checks each field an expression reads
 * ({@code fields.x}, {@code kms:key('x')}, {@code iam:...('x')}) while it checks the functions.
 */
final class PolicyNameCheck {

    private static final Pattern QUOTED_NAME = Pattern.compile("\\s*'([A-Za-z_][A-Za-z0-9_]*)'\\s*");

    private PolicyNameCheck() {
    }

    /** @param kindsAt where the policy's {@code kinds} are written */
    static FieldNames fieldsOf(List<String> policyKinds, List<String> types, KindTable kinds, Location kindsAt) {
        Set<String> fields = new TreeSet<>();
        for (String kind : policyKinds) {
            Kind known = kinds.kind(kind).orElseThrow(() -> new InputException(kindsAt, "unknown kind '" + kind
                    + "'; known kinds: " + String.join(", ", kinds.kinds().stream().map(Kind::id).sorted().toList())));
            fields.addAll(known.fields());
        }
        for (String type : types) {
            kinds.forNativeType(type).ifPresent(kind -> fields.addAll(kind.fields()));
        }
        return new FieldNames(fields, policyKinds.isEmpty() ? types : policyKinds);
    }

    /** The field an {@code at:} of the form {@code 'encryptionKey'} names. */
    static Optional<String> quotedField(String source) {
        Matcher name = QUOTED_NAME.matcher(source);
        return name.matches() ? Optional.of(name.group(1)) : Optional.empty();
    }
}
