package dev.iaclint.engine;

import dev.iaclint.iam.PolicyAttachments;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.DeletionProtection;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.Located;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicyExpression;
import dev.iaclint.policy.PolicySettings;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.PlainValues;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Rule;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.jexl3.JexlException;

/**
 * Runs every policy on every resource it applies to. A policy that fails on one resource is
 * reported as a problem and the others still run.
 */
public final class Evaluator {

    private final List<Policy> policies;
    private final Map<String, Rule> rules;
    private final KindTable kinds;
    private final FieldAccess fieldAccess;
    private final PolicySettings settings;

    /** @param rules the report's rule for each policy id, as {@link Rules#of} makes them */
    public Evaluator(List<Policy> policies, Map<String, Rule> rules, KindTable kinds, PolicySettings settings) {
        this.policies = List.copyOf(policies);
        this.rules = Map.copyOf(rules);
        this.kinds = kinds;
        this.fieldAccess = new FieldAccess(kinds);
        this.settings = settings;
    }

    public Evaluation evaluate(Unit unit) {
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        // What policies ask about the unit as a whole is indexed once for all its resources.
        KeyUsers keyUsers = new KeyUsers(unit, fieldAccess);
        PolicyAttachments attachments = new PolicyAttachments(unit, fieldAccess);
        for (Resource resource : unit.resources()) {
            List<Policy> applicable = policies.stream().filter(policy -> policy.appliesTo(resource)).toList();
            if (applicable.isEmpty()) {
                continue;
            }
            ResourceScope scope = new ResourceScope(resource, unit, fieldAccess, settings, keyUsers, attachments);
            PolicyContext context;
            try {
                context = PolicyContext.of(scope, variables(scope));
            } catch (InputException unreadable) {
                problems.add(Problem.of(unreadable));
                continue;
            }
            for (Policy policy : applicable) {
                try {
                    evaluate(policy, scope, context.forPolicy()).ifPresent(findings::add);
                } catch (RuntimeException e) {
                    // A policy that cannot run on one resource (a bad regular expression, a value of the
                    // wrong type) is its author's problem to see; the other policies and resources go on.
                    problems.add(new Problem(policy.assertion().location(), "policy " + policy.id() + " failed on "
                            + resource.address() + " (" + resource.location() + "): " + describe(e)));
                }
            }
        }
        return new Evaluation(findings, problems);
    }

    /** The outcome of one policy on one resource, passes included; empty when the guard excludes it. */
    private Optional<Finding> evaluate(Policy policy, ResourceScope scope, PolicyContext context) {
        Resource resource = scope.resource();
        if (policy.guard().isPresent() && !bool(policy.guard().get(), context, "when")) {
            return Optional.empty();
        }
        for (Map.Entry<String, PolicyExpression> binding : policy.bindings().entrySet()) {
            context.bind(binding.getKey(), binding.getValue().evaluate(context));
        }
        Rule rule = rules.get(policy.id());
        if (bool(policy.assertion(), context, "assert")) {
            return Optional.of(new Finding(rule, Status.PASS, resource.address(), resource.type(), resource.location(),
                    resource.location(), "", null, null));
        }
        Status status = policy.unknown().isPresent() && bool(policy.unknown().get(), context, "unknown")
                ? Status.UNKNOWN : Status.FAIL;
        Location location = policy.at().map(at -> at.evaluate(context)).flatMap(at -> locationOf(at, scope))
                .orElse(resource.location());
        return Optional.of(new Finding(rule, status, resource.address(), resource.type(), location,
                resource.location(), policy.message().render(context), null, null));
    }

    /** Where {@code at} points: a located value, or the name of a canonical field (its value, when set). */
    private static Optional<Location> locationOf(Object at, ResourceScope scope) {
        if (at instanceof Located located) {
            return Optional.of(located.location());
        }
        if (at instanceof String field) {
            return scope.field(field).map(f -> f.value().location());
        }
        return Optional.empty();
    }

    private static String describe(RuntimeException e) {
        return e instanceof JexlException || e instanceof PolicyResultException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static boolean bool(PolicyExpression expression, PolicyContext context, String key) {
        Object value = expression.evaluate(context);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new PolicyResultException("'" + key + "' must be true or false, but '" + expression.source()
                + "' gave " + value);
    }

    /** What every policy sees of the resource: its identity, raw attributes and canonical fields. */
    private Map<String, Object> variables(ResourceScope scope) {
        Resource resource = scope.resource();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("address", resource.address());
        identity.put("type", resource.type());
        identity.put("kind", resource.kind());
        identity.put("format", resource.format().id());
        identity.put("file", resource.location().file());
        DeletionProtection deletion = DeletionProtection.of(resource);
        identity.put("deletionProtected", deletion.isProtected());
        identity.put("deletionProtection", deletion.description());
        identity.put("region", region(scope));
        identity.put("actionReason", resource.definition().get("action_reason")
                .map(reason -> PlainValues.of(reason, scope.unit())).orElse(null));
        Map<String, Object> fields = new LinkedHashMap<>();
        kinds.forNativeType(resource.type()).map(Kind::fields).orElse(Set.of()).forEach(field ->
                fields.put(field, scope.field(field).map(f -> PlainValues.of(f.value(), scope.unit())).orElse(null)));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("resource", Collections.unmodifiableMap(identity));
        variables.put("attributes", PlainValues.of(resource.attributes(), scope.unit()));
        variables.put("fields", Collections.unmodifiableMap(fields));
        // A plan's change of the resource (actions, before, after, replace_paths), null elsewhere.
        variables.put("change", resource.definition().get("change")
                .map(change -> PlainValues.of(change, scope.unit())).orElse(null));
        return variables;
    }

    /**
     * Where the resource deploys: its Terraform provider's region (from the .tf files or the
     * plan's configuration), or for CloudFormation the --region given; null when not known.
     */
    private static String region(ResourceScope scope) {
        Resource resource = scope.resource();
        if (resource.format() == Format.CLOUDFORMATION) {
            return scope.settings().region();
        }
        return resource.definition().get("provider_region").map(scope.unit()::resolve)
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).orElse(null);
    }

    /** A policy expression that gave a value of the wrong kind. */
    private static final class PolicyResultException extends RuntimeException {
        PolicyResultException(String message) {
            super(message);
        }
    }
}
