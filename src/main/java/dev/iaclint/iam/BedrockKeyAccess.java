package dev.iaclint.iam;

import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.kinds.Kind;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether each resource that a key protects can use it: the key policy grants the actions its
 * kind needs ({@link Kind#keyActions()}) to a Bedrock service principal or to the resource's
 * role; or the key policy delegates to the account and the role's IAM policies in the unit grant
 * what is left. This is the pitfall that makes ingestion and training fail with access denied.
 */
public final class BedrockKeyAccess {

    private static final List<String> DEFAULT_ACTIONS = List.of("kms:GenerateDataKey", "kms:Decrypt");

    /**
     * What one resource lacks.
     *
     * @param decided false when some part could not be read (the role is outside the unit, a
     *                policy is computed at deployment), so the gap may not be real
     */
    public record Gap(Resource user, Set<String> missing, boolean decided, String why) {

        public String describe() {
            return user.address() + " lacks " + String.join(", ", missing) + " (" + why + ")";
        }
    }

    /** Where a resource's role is: a role resource of the unit, a literal ARN, or unknown. */
    private record Role(Resource resource, String arn) {

        String display() {
            return resource != null ? "role " + resource.address() : arn != null ? "role " + arn : "its caller's role";
        }

        boolean is(Principal principal) {
            return resource != null && resource.address().equals(principal.resource())
                    || arn != null && arn.equals(principal.value());
        }
    }

    private final Unit unit;
    private final FieldAccess fields;
    private final PolicyAttachments attachments;

    public BedrockKeyAccess(Unit unit, FieldAccess fields, PolicyAttachments attachments) {
        this.unit = unit;
        this.fields = fields;
        this.attachments = attachments;
    }

    public List<Gap> gaps(Resource key, List<Resource> users) {
        KeyPolicies.Found policy = KeyPolicies.of(unit, fields, attachments, key, "keyPolicy");
        List<Gap> gaps = new ArrayList<>();
        for (Resource user : users) {
            gap(policy, key, user).ifPresent(gaps::add);
        }
        return gaps;
    }

    private Optional<Gap> gap(KeyPolicies.Found policy, Resource key, Resource user) {
        List<String> needed = fields.kind(user).map(Kind::keyActions).filter(a -> !a.isEmpty()).orElse(DEFAULT_ACTIONS);
        Set<String> missing = new LinkedHashSet<>(needed);
        if (!policy.document().known()) {
            return Optional.of(new Gap(user, missing, false, "the key policy is " + policy.document().unknownReason()));
        }
        Role role = roleOf(user);
        boolean undecided = false;
        boolean delegates = policy.isDefault();
        for (Statement statement : policy.document().statements()) {
            if (!statement.effectKnown()) {
                undecided = true;
                continue;
            }
            if (!statement.allows() || statement.notPrincipal()) {
                continue;
            }
            boolean forBedrock = statement.principals().stream()
                    .anyMatch(p -> p.isService() && p.value().contains("bedrock") || role.is(p));
            delegates |= statement.principals().stream().anyMatch(Principal::isAccountRoot);
            if (forBedrock && statement.actionsKnown()) {
                missing.removeIf(statement::covers);
            } else if (!statement.principalsKnown() || forBedrock) {
                undecided = true;
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        if (!delegates) {
            return Optional.of(new Gap(user, missing, !undecided,
                    "the key policy grants them neither to bedrock.amazonaws.com nor to " + role.display()));
        }
        if (role.resource() == null) {
            return Optional.of(new Gap(user, missing, false, "the key policy leaves them to the IAM policies of "
                    + role.display() + ", which is not in " + unit.name()));
        }
        RolePolicies identity = RolePolicies.of(unit, fields, attachments, role.resource());
        boolean unreadable = identity.incomplete();
        Set<String> keyAddresses = Set.of(key.address());
        Set<String> keyArns = new HashSet<>(KeyUsers.knownIdentifiers(unit, key));
        for (PolicyDocument document : identity.documents()) {
            unreadable |= !document.known();
            for (Statement statement : document.statements()) {
                if (!statement.allows() || !statement.actionsKnown()) {
                    continue;
                }
                Optional<Boolean> onThisKey = statement.appliesTo(keyAddresses, keyArns);
                unreadable |= onThisKey.isEmpty();
                if (onThisKey.orElse(false)) {
                    missing.removeIf(statement::covers);
                }
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Gap(user, missing, !unreadable && !undecided,
                "neither the key policy nor the IAM policies of " + role.display() + " grant them"));
    }

    /** The role the service assumes for the resource; a data source works with its knowledge base's. */
    private Role roleOf(Resource user) {
        Resource holder = fields.referencedResource(unit, user, "knowledgeBase").orElse(user);
        return fields.find(unit, holder, "role").map(f -> unit.resolve(f.value())).map(value -> {
            if (value instanceof ReferenceNode reference) {
                return new Role(unit.referencedResource(reference).orElse(null), null);
            }
            if (value instanceof ScalarNode literal && literal.text() != null && !literal.text().isBlank()) {
                return new Role(null, literal.text().strip());
            }
            return new Role(null, null);
        }).orElse(new Role(null, null));
    }
}
