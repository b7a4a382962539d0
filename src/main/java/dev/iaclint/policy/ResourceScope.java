package dev.iaclint.policy;

import dev.iaclint.iam.PolicyAttachments;
import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Unit;
import java.util.Optional;

/**
 * The resource a policy is checking, the unit around it, how to find its canonical fields, and the user's settings.
 *
 * @param keyUsers    which resources each key of the unit protects, shared by the unit's resources
 * @param attachments the unit's key and role policies by what they attach to, shared likewise
 */
public record ResourceScope(Resource resource, Unit unit, FieldAccess fields, PolicySettings settings,
                            KeyUsers keyUsers, PolicyAttachments attachments) {

    public Optional<Field> field(String name) {
        return fields.find(unit, resource, name);
    }
}
