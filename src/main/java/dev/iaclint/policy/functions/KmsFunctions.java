package dev.iaclint.policy.functions;

import dev.iaclint.iam.BedrockKeyAccess;
import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Tags;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.CheckResult;
import dev.iaclint.policy.values.LocatedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code kms:} functions: what the keys named by a resource's fields are. */
public final class KmsFunctions {

    /** The Region of a KMS key or alias ARN: {@code arn:aws:kms:eu-west-1:111122223333:key/...}. */
    private static final Pattern ARN_REGION = Pattern.compile("^arn:[^:]+:kms:([a-z0-9-]+):\\d*:(key|alias)/");

    private final ResourceScope scope;
    /** The resources this key protects, found once per resource: several policies ask. */
    private List<Resource> users;

    public KmsFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /**
     * The key named by a canonical field, classified. The result has {@code class}
     * ({@code customer-managed}, {@code aws-managed}, {@code default} or {@code unknown}), the
     * booleans {@code customerManaged}, {@code awsManaged}, {@code awsOwned} and {@code unknown},
     * {@code description} (a phrase for messages), {@code keyAddress} (the key resource of the
     * unit, or null) and {@code arnRegion} (the Region of a literal key or alias ARN, or null); its
     * location is where the deciding value is written.
     */
    @Describes("the key named by a canonical field, classified: `class` (`customer-managed`, `aws-managed`, `default`, `unknown`), `customerManaged`, `awsManaged`, `awsOwned`, `unknown`, `description`, `keyAddress`, `arnRegion` (the Region of a literal key ARN); it points at the value that decides")
    public LocatedMap key(String field) {
        KeyReference key = KeyClassifier.classify(scope.unit(),
                scope.field(field).map(Field::value), scope.resource().location());
        Map<String, Object> view = classified(key);
        view.put("keyAddress", key.keyResource().map(Resource::address).orElse(null));
        view.put("arnRegion", scope.field(field).map(f -> scope.unit().resolve(f.value()))
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text())
                .map(ARN_REGION::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse(null));
        return new LocatedMap(view, key.location());
    }

    /** The entries every classified key shows a policy: its class, a boolean per class, and a description. */
    static Map<String, Object> classified(KeyReference key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("class", key.keyClass().id());
        view.put("customerManaged", key.isCustomerManaged());
        view.put("awsManaged", key.keyClass() == KeyClass.AWS_MANAGED);
        view.put("awsOwned", key.keyClass() == KeyClass.DEFAULT);
        view.put("unknown", key.keyClass() == KeyClass.UNKNOWN);
        view.put("description", key.description());
        return view;
    }

    /**
     * The resources of the unit whose data this key protects (see {@link KeyUsers}): a list of
     * {@code address}, {@code type} and {@code kind}, each pointing at its resource.
     */
    @Describes("the resources of the unit whose data this key protects (through a reference, an alias of the unit, or in a plan its ARN): a list of `address`, `type`, `kind`")
    public List<LocatedMap> usedBy() {
        List<LocatedMap> users = new ArrayList<>();
        for (Resource user : users()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("address", user.address());
            view.put("type", user.type());
            view.put("kind", user.kind());
            users.add(new LocatedMap(view, user.location()));
        }
        return Collections.unmodifiableList(users);
    }

    /**
     * Whether the resources this key protects belong to different workloads: the first workload
     * tag ({@code tenant}, {@code application}, {@code project}, matched without case or
     * separators) on which they carry different values. {@code count} is the number of distinct
     * values, {@code tag} the tag, {@code summary} each value with its resources, and
     * {@code unknown} is true when some resource's tags are computed at deployment.
     */
    @Describes("whether the resources this key protects differ in a workload tag (tenant, application, project): `ok`, `unknown`, `count` (distinct values), `summary` (each value with its resources), `reason`, `tag`")
    public LocatedMap workloads() {
        boolean unknown = false;
        for (String tag : scope.settings().workloadTags()) {
            Map<String, List<String>> byValue = new TreeMap<>();
            for (Resource user : users()) {
                Tags tags = Tags.of(scope.unit(), user, scope.fields().find(scope.unit(), user, "tags").map(Field::value));
                Optional<String> value = tags.value(tag);
                value.ifPresent(v -> byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(user.address()));
                unknown |= value.isEmpty() && (!tags.complete() || tags.has(tag));
            }
            if (byValue.size() > 1) {
                String summary = byValue.entrySet().stream()
                        .map(e -> tag + "=" + e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                        .collect(Collectors.joining("; "));
                return new CheckResult(false, false, byValue.size(), summary, "", scope.resource().location())
                        .with("tag", tag).view();
            }
        }
        return new CheckResult(!unknown, unknown, 1, "",
                unknown ? "some of the resources' workload tags are known only at deployment" : "",
                scope.resource().location()).with("tag", null).view();
    }

    /**
     * Whether the resources this key protects can use it (see {@link BedrockKeyAccess}):
     * {@code ok}, {@code unknown} (nothing is known to be missing, but something could not be
     * read), {@code count} (resources that lack actions), {@code summary} and {@code reason}.
     */
    @Describes("whether the resources this key protects can use it (KMS-003): `ok`, `unknown`, `count`, `summary` (each resource and what it lacks), `reason`")
    public LocatedMap bedrockAccess() {
        List<BedrockKeyAccess.Gap> gaps = new BedrockKeyAccess(scope.unit(), scope.fields(), scope.attachments()).gaps(scope.resource(), users());
        List<BedrockKeyAccess.Gap> decided = gaps.stream().filter(BedrockKeyAccess.Gap::decided).toList();
        return new CheckResult(gaps.isEmpty(), !gaps.isEmpty() && decided.isEmpty(), decided.size(),
                decided.stream().map(BedrockKeyAccess.Gap::describe).collect(Collectors.joining("; ")),
                gaps.stream().filter(g -> !g.decided()).map(BedrockKeyAccess.Gap::describe)
                        .collect(Collectors.joining("; ")),
                scope.resource().location()).view();
    }

    /** The addresses of {@link #usedBy()}, joined for messages. */
    @Describes("the addresses of `kms:usedBy()`, joined for messages (empty when no resource uses the key)")
    public String usersOf() {
        return String.join(", ", users().stream().map(Resource::address).toList());
    }

    private List<Resource> users() {
        if (users == null) {
            users = scope.keyUsers().of(scope.resource());
        }
        return users;
    }
}
