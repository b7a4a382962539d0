package dev.iaclint.policy.functions;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.CheckResult;
import dev.iaclint.policy.values.LocatedMap;
import java.util.List;
import java.util.Optional;

/** {@code audit:} functions: what a CloudTrail trail leaves out of the record. */
public final class AuditFunctions {

    private final ResourceScope scope;

    public AuditFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /** The event source of KMS: every use of a key is a management event of it. */
    private static final String KMS = "kms.amazonaws.com";

    /**
     * Whether any event selector of the trail excludes the management events of KMS
     * ({@code kms.amazonaws.com}): {@code ok} when none does, {@code unknown} when a selector or
     * its list is computed at deployment. It points at the excluding entry, or the list that is unknown.
     */
    @Describes("whether the trail's event selectors exclude the management events of KMS (`kms.amazonaws.com`): `ok` (none does), `unknown` (a selector is computed at deployment), `reason`; it points at the excluding entry")
    public LocatedMap kmsEventsExcluded() {
        Location resource = scope.resource().location();
        Optional<String> itemPath = scope.fields().kind(scope.resource())
                .flatMap(kind -> kind.path(scope.resource().type(), "excludedSources"));
        Optional<Field> selectors = scope.field("eventSelectors");
        if (selectors.isEmpty() || itemPath.isEmpty()) {
            return result(true, false, "", resource);
        }
        Location unknownAt = null;
        for (Node selector : items(selectors.get().value())) {
            Optional<Field> excluded = FieldAccess.walk(scope.unit(), selector, itemPath.get());
            if (excluded.isEmpty()) {
                continue;
            }
            for (Node entry : items(excluded.get().value())) {
                if (entry instanceof ScalarNode scalar && KMS.equals(scalar.text())) {
                    return result(false, false, "", scalar.location());
                }
                if ((entry instanceof UnknownNode || entry instanceof ExpressionNode) && unknownAt == null) {
                    unknownAt = excluded.get().keyLocation();
                }
            }
        }
        return unknownAt == null ? result(true, false, "", resource)
                : result(false, true, "its excluded event sources are known only at deployment", unknownAt);
    }

    /** The items of a list, each resolved; anything else stands for itself (an unknown list, a lone block). */
    private List<Node> items(Node node) {
        Node resolved = scope.unit().resolve(node);
        if (resolved instanceof SequenceNode sequence) {
            return sequence.items().stream().map(scope.unit()::resolve).toList();
        }
        return List.of(resolved);
    }

    private static LocatedMap result(boolean ok, boolean unknown, String reason, Location location) {
        return new CheckResult(ok, unknown, ok ? 0 : 1, "", reason, location).view();
    }
}
