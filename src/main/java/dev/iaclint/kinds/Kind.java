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
 * @param facts      for each native type, the fields it has no attribute for because the type itself
 *                   decides them (a replica key is always Multi-Region; an external key's material is
 *                   always imported): written {@code field: {always: value}} in the table
 */
public record Kind(String id, String title, String family, Map<String, Map<String, String>> fieldPaths,
                   Map<String, String> schemas, List<String> keyActions, Map<String, Map<String, Object>> facts) {

    public Kind {
        fieldPaths = Map.copyOf(fieldPaths);
        schemas = Map.copyOf(schemas);
        keyActions = List.copyOf(keyActions);
        facts = Map.copyOf(facts);
    }

    public Kind(String id, String title, String family, Map<String, Map<String, String>> fieldPaths,
                Map<String, String> schemas, List<String> keyActions) {
        this(id, title, family, fieldPaths, schemas, keyActions, Map.of());
    }

    public Set<String> nativeTypes() {
        return new TreeSet<>(fieldPaths.keySet());
    }

    public Set<String> fields() {
        Set<String> fields = new TreeSet<>();
        fieldPaths.values().forEach(paths -> fields.addAll(paths.keySet()));
        facts.values().forEach(fixed -> fields.addAll(fixed.keySet()));
        return fields;
    }

    /** The value {@code nativeType} always has for {@code field}, empty where it is read from an attribute. */
    public Optional<Object> fact(String nativeType, String field) {
        return Optional.ofNullable(facts.getOrDefault(nativeType, Map.of()).get(field));
    }

    /** The attribute path of {@code field} in {@code nativeType}, empty where that type has no such field. */
    public Optional<String> path(String nativeType, String field) {
        return Optional.ofNullable(fieldPaths.getOrDefault(nativeType, Map.of()).get(field));
    }
}
