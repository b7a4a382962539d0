package dev.iaclint.kinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A canonical kind such as {@code bedrock.agent}: the native types that are this kind, and for
 * each the attribute path of every canonical field.
 *
 * @param schemas    for each native type, the schema it belongs to: {@code cloudformation} (read from
 *                   templates and CDK output) or {@code terraform} (read from .tf files and plans)
 * @param keyActions the KMS actions the service needs on the key that encrypts this kind's data
 */
public record Kind(String id, String title, String family, Map<String, Map<String, String>> fieldPaths,
                   Map<String, String> schemas, List<String> keyActions) {

    public Kind {
        fieldPaths = Map.copyOf(fieldPaths);
        schemas = Map.copyOf(schemas);
        keyActions = List.copyOf(keyActions);
    }

    public Set<String> nativeTypes() {
        return new TreeSet<>(fieldPaths.keySet());
    }

    public Set<String> fields() {
        Set<String> fields = new TreeSet<>();
        fieldPaths.values().forEach(paths -> fields.addAll(paths.keySet()));
        return fields;
    }

    /** The attribute path of {@code field} in {@code nativeType}, empty where that type has no such field. */
    public Optional<String> path(String nativeType, String field) {
        return Optional.ofNullable(fieldPaths.getOrDefault(nativeType, Map.of()).get(field));
    }
}
