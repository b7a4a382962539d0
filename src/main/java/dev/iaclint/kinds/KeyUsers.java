package dev.iaclint.kinds;

import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of a unit whose data a given KMS key protects: those whose {@code encryptionKey}
 * names the key, directly or through an alias of the unit, or (in a plan, where an existing key's
 * ARN is known) by its literal ARN or key id.
 * <p>
 * One instance serves one unit: the first question classifies every resource's key once and
 * indexes the answers by key, so asking for each of n keys costs n look-ups, not n scans of the
 * unit (which, with each scan classifying every key again, made large units quadratic). Not
 * thread-safe: a unit is evaluated on one thread.
 */
public final class KeyUsers {

    private final Unit unit;
    private final FieldAccess fields;
    /** The resources naming each key (or alias whose key is not in the unit), in unit order. */
    private Map<Resource, List<Resource>> byNamedKey;
    /** The resources naming a key by a literal text, by that text, in unit order. */
    private Map<String, List<Resource>> byLiteral;
    /** Each resource's place in the unit, to merge the two in unit order. */
    private Map<Resource, Integer> position;

    public KeyUsers(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
    }

    /** The deployed users of {@code key}: a resource that will not be created protects nothing with it. */
    public List<Resource> of(Resource key) {
        if (byNamedKey == null) {
            index();
        }
        // By identity, as the index is: two resources may be equal records at different places.
        Set<Resource> users = Collections.newSetFromMap(new IdentityHashMap<>());
        users.addAll(byNamedKey.getOrDefault(key, List.of()));
        for (String identifier : knownIdentifiers(unit, key)) {
            users.addAll(byLiteral.getOrDefault(identifier, List.of()));
        }
        users.remove(key);
        List<Resource> ordered = new ArrayList<>(users);
        ordered.sort(Comparator.comparingInt(position::get));
        return ordered;
    }

    private void index() {
        byNamedKey = new IdentityHashMap<>();
        byLiteral = new HashMap<>();
        position = new IdentityHashMap<>();
        for (Resource resource : unit.resources()) {
            position.put(resource, position.size());
            Optional<Field> field = fields.find(unit, resource, "encryptionKey");
            if (field.isEmpty() || !resource.deployment().existence().deployed()) {
                continue;
            }
            KeyReference reference = KeyClassifier.classify(unit, Optional.of(field.get().value()), field.get().keyLocation());
            Optional<Resource> named = reference.keyResource().map(this::throughAlias);
            if (named.isPresent()) {
                byNamedKey.computeIfAbsent(named.get(), k -> new ArrayList<>()).add(resource);
            } else if (unit.resolve(field.get().value()) instanceof ScalarNode literal && literal.text() != null) {
                byLiteral.computeIfAbsent(literal.text().strip(), k -> new ArrayList<>()).add(resource);
            }
        }
    }

    /** An alias stands for the key it targets, when that key is in the unit. */
    private Resource throughAlias(Resource named) {
        if (!"kms.alias".equals(named.kind())) {
            return named;
        }
        return fields.referencedResource(unit, named, "targetKey").orElse(named);
    }

    /** The ARN and id a plan knows for a key that already exists. */
    public static List<String> knownIdentifiers(Unit unit, Resource key) {
        List<String> identifiers = new ArrayList<>();
        for (String attribute : List.of("arn", "key_id", "id")) {
            FieldAccess.walk(unit, key.attributes(), attribute).map(f -> unit.resolve(f.value()))
                    .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text())
                    .ifPresent(identifiers::add);
        }
        return identifiers;
    }
}
