package dev.iaclint.policy;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The canonical fields a policy's expressions may read: those of the kinds it checks. A
 * misspelt field would otherwise read as absent and pass or fail silently.
 *
 * @param fields the fields of the policy's kinds; empty when it checks native types that have no
 *               kind, whose policies read raw attributes and are not checked
 * @param owner  the kinds or types, for the error message
 */
public record FieldNames(Set<String> fields, List<String> owner) {

    /** No check: for expressions that belong to no policy. */
    public static final FieldNames ANY = new FieldNames(Set.of(), List.of());

    public FieldNames {
        fields = Set.copyOf(fields);
        owner = List.copyOf(owner);
    }

    /** @throws InputException at {@code location} when {@code name} is not a field of the policy's kinds */
    public void check(String name, Location location) {
        if (!fields.isEmpty() && !fields.contains(name)) {
            throw new InputException(location, "unknown field '" + name + "' of " + String.join(", ", owner)
                    + "; its fields: " + String.join(", ", new TreeSet<>(fields)));
        }
    }
}
