package dev.iaclint.fix;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Tags;
import dev.iaclint.model.Unit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The customer-managed key a resource can share: the one key of its template or module that
 * already protects Bedrock resources of the same workload, told by their tags being the same. A
 * resource that carries no tags of its own (a data source) belongs to its knowledge base's workload.
 */
final class WorkloadKeys {

    private static final Set<String> KEY_TYPES = Set.of("AWS::KMS::Key", "aws_kms_key");

    private final Unit unit;
    private final FieldAccess fields;
    private final KeyUsers users;

    WorkloadKeys(Unit unit, FieldAccess fields, KeyUsers users) {
        this.unit = unit;
        this.fields = fields;
        this.users = users;
    }

    /**
     * The key to wire in, when exactly one fits.
     *
     * @param inScope whether a key can be named where the reference is written (same template, same module)
     */
    Optional<Resource> shared(Resource resource, Predicate<Resource> inScope) {
        Map<String, String> workload = tags(resource).values();
        List<Resource> fitting = unit.resources().stream()
                .filter(key -> KEY_TYPES.contains(key.type()) && inScope.test(key))
                .filter(key -> users.of(key).stream().anyMatch(user -> user != resource
                        && tags(user).complete() && tags(user).values().equals(workload)))
                .toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /** The workload's tags: the resource's, or its knowledge base's when it has none of its own. */
    Tags tags(Resource resource) {
        Resource holder = fields.find(unit, resource, "tags").isPresent() ? resource
                : fields.referencedResource(unit, resource, "knowledgeBase").orElse(resource);
        return Tags.of(unit, holder, fields.find(unit, holder, "tags").map(Field::value));
    }
}
