package dev.iaclint.iam;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Unit;
import java.util.List;
import java.util.Optional;

/**
 * Finds the policy of a KMS key: its own {@code keyPolicy}, else the {@code aws_kms_key_policy}
 * that attaches one to it, else AWS's default key policy, which delegates to IAM alone.
 */
public final class KeyPolicies {

    /**
     * @param source empty for the key's own policy, else where the policy comes from, in parentheses
     */
    public record Found(PolicyDocument document, String source, boolean isDefault) {
    }

    private KeyPolicies() {
    }

    public static Found of(Unit unit, FieldAccess fields, Resource key, String field) {
        Optional<Field> own = fields.find(unit, key, field);
        if (own.isPresent()) {
            return new Found(PolicyDocumentReader.read(unit, own.get().value()), "", false);
        }
        for (Resource other : unit.resources()) {
            if (!"kms.key-policy".equals(other.kind()) || !other.deployment().existence().deployed()) {
                continue;
            }
            Optional<Resource> target = fields.referencedResource(unit, other, "key");
            Optional<Field> policy = fields.find(unit, other, "policy");
            if (target.isPresent() && target.get().address().equals(key.address()) && policy.isPresent()) {
                return new Found(PolicyDocumentReader.read(unit, policy.get().value()),
                        " (attached by " + other.address() + ")", false);
            }
        }
        return new Found(new PolicyDocument(List.of(), null, key.location()), " (the default key policy)", true);
    }
}
