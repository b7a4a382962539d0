package dev.iaclint.policy;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Node;
import dev.iaclint.model.PlannedChange;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.policy.values.LazyValues;
import dev.iaclint.policy.values.PlainValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The variables a policy expression sees for one resource, declared once: each with what it
 * holds, for the policy author's reference, and how it is computed. The evaluator and the
 * generated reference both read this table, so the two cannot drift apart.
 */
public final class PolicyVariables {

    /** One name a policy can read, and how its value comes from the resource. */
    private record Variable(String name, String description, BiFunction<ResourceScope, KindTable, Object> value) {
    }

    /** The properties of {@code resource}. */
    private static final List<Variable> RESOURCE = List.of(
            new Variable("address", "as the format's tools print it", (s, k) -> s.resource().address()),
            new Variable("type", "the native type", (s, k) -> s.resource().type()),
            new Variable("kind", "the canonical kind, or null", (s, k) -> s.resource().kind()),
            new Variable("format", "`cloudformation`, `terraform` or `terraform-plan`", (s, k) -> s.resource().format().id()),
            new Variable("file", "where it is declared", (s, k) -> s.resource().location().file()),
            new Variable("deletionProtected", "true, false, or null in a plan",
                    (s, k) -> s.resource().deployment().protection().isProtected()),
            new Variable("deletionProtection", "what is declared",
                    (s, k) -> s.resource().deployment().protection().description()),
            new Variable("region", "where it deploys, or null", PolicyVariables::region),
            new Variable("actionReason", "for plans, as in `replace_because_cannot_update`",
                    (s, k) -> plain(s, s.resource().deployment().change().flatMap(PlannedChange::reason))));

    private static final List<Variable> VARIABLES = List.of(
            new Variable("resource", RESOURCE.stream().map(p -> "`" + p.name() + "` (" + p.description() + ")")
                    .collect(Collectors.joining(", ")), PolicyVariables::resource),
            new Variable("attributes", "the resource's own attributes (CloudFormation `Properties`) as plain values: maps,"
                    + " lists, strings, numbers, booleans; what is unknown before deployment is `null`",
                    (s, k) -> PlainValues.of(s.resource().attributes(), s.unit())),
            new Variable("fields", "the canonical fields of the resource's kind (for example `fields.encryptionKey`), as"
                    + " plain values", PolicyVariables::fields),
            new Variable("change", "for plans, the resource's change as the plan writes it: `actions` (`[\"create\"]`,"
                    + " `[\"delete\",\"create\"]`...), `before`, `after`, `after_unknown`, `replace_paths`; null in other"
                    + " formats", (s, k) -> plain(s, s.resource().deployment().change().flatMap(PlannedChange::change))));

    private PolicyVariables() {
    }

    /** The names a policy can read, besides its own {@code let} bindings. */
    public static Set<String> names() {
        return VARIABLES.stream().map(Variable::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Every variable of one resource, each computed when a policy first reads it. */
    public static Map<String, Object> of(ResourceScope scope, KindTable kinds) {
        return lazily(VARIABLES, scope, kinds);
    }

    private static Map<String, Object> lazily(List<Variable> variables, ResourceScope scope, KindTable kinds) {
        Map<String, Supplier<Object>> values = new LinkedHashMap<>();
        variables.forEach(v -> values.put(v.name(), () -> v.value().apply(scope, kinds)));
        return new LazyValues(values);
    }

    /** The reference rows: each variable's name and what it holds. */
    public static Map<String, String> descriptions() {
        Map<String, String> rows = new LinkedHashMap<>();
        VARIABLES.forEach(v -> rows.put(v.name(), v.description()));
        return rows;
    }

    private static Object resource(ResourceScope scope, KindTable kinds) {
        return lazily(RESOURCE, scope, kinds);
    }

    private static Object fields(ResourceScope scope, KindTable kinds) {
        Map<String, Supplier<Object>> fields = new LinkedHashMap<>();
        kinds.forNativeType(scope.resource().type()).map(Kind::fields).orElse(Set.of()).forEach(field ->
                fields.put(field, () -> scope.field(field).map(f -> PlainValues.of(f.value(), scope.unit())).orElse(null)));
        return new LazyValues(fields);
    }

    /**
     * The Region the code declares (a Terraform provider's), else the one the deployment is
     * pointed at (--region); null when not known.
     */
    private static String region(ResourceScope scope, KindTable kinds) {
        Resource resource = scope.resource();
        Optional<Node> declared = resource.deployment().region();
        if (declared.isEmpty()) {
            return scope.settings().region();
        }
        return scope.unit().resolve(declared.get()) instanceof ScalarNode value ? value.text() : null;
    }

    private static Object plain(ResourceScope scope, Optional<Node> node) {
        return node.map(n -> PlainValues.of(n, scope.unit())).orElse(null);
    }
}
