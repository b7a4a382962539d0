package dev.iaclint.kinds;

import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resources of a unit whose data a given KMS key protects: those whose {@code encryptionKey}
 * names the key, directly or through an alias of the unit, or (in a plan, where an existing key's
 * ARN is known) by its literal ARN or key id.
 */
public final class KeyUsers {

    private final Unit unit;
    private final FieldAccess fields;

    public KeyUsers(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
    }

    /** The deployed users of {@code key}: a resource that will not be created protects nothing with it. */
    public List<Resource> of(Resource key) {
        List<Resource> users = new ArrayList<>();
        for (Resource resource : unit.resources()) {
            Optional<Field> field = fields.find(unit, resource, "encryptionKey");
            if (resource != key && resource.deployment().existence().deployed() && field.isPresent() && protects(key, field.get())) {
                users.add(resource);
            }
        }
        return users;
    }

    private boolean protects(Resource key, Field field) {
        KeyReference reference = KeyClassifier.classify(unit, Optional.of(field.value()), field.keyLocation());
        Optional<Resource> named = reference.keyResource().map(this::throughAlias);
        if (named.isPresent()) {
            return named.get() == key;
        }
        return unit.resolve(field.value()) instanceof ScalarNode literal && literal.text() != null
                && knownIdentifiers(unit, key).contains(literal.text().strip());
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
