package dev.iaclint.engine;

import dev.iaclint.iam.PolicyAttachments;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Deployment;
import dev.iaclint.model.Existence;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.Located;
import dev.iaclint.policy.MessageTemplate;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicyExpression;
import dev.iaclint.policy.PolicySettings;
import dev.iaclint.policy.PolicyVariables;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Rule;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    /** The policies that apply to each shape of resource: asked for every resource, answered once per shape. */
    private final Map<Shape, List<Policy>> applicable = new ConcurrentHashMap<>();

    /** What decides which policies apply to a resource (see {@link Policy#appliesTo}). */
    private record Shape(Format format, String kind, String type) {

        static Shape of(Resource resource) {
            return new Shape(resource.format(), resource.kind(), resource.type());
        }

        // Written out, as OnePerPlace.Place's are: a record's generated equals and hashCode link
        // through invokedynamic on first use, several milliseconds of every pre-commit run.
        @Override
        public boolean equals(Object other) {
            return other instanceof Shape s && format == s.format && Objects.equals(kind, s.kind)
                    && Objects.equals(type, s.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(format, kind, type);
        }
    }

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
            // What will not be created is not checked and not counted: a false CloudFormation
            // Condition, a Terraform count of zero. Unknown existence is evaluated.
            if (!resource.deployment().existence().deployed()) {
                continue;
            }
            List<Policy> applicable = this.applicable.computeIfAbsent(Shape.of(resource),
                    shape -> policies.stream().filter(policy -> policy.appliesTo(resource)).toList());
            if (applicable.isEmpty()) {
                continue;
            }
            ResourceScope scope = new ResourceScope(resource, unit, fieldAccess, settings, keyUsers, attachments);
            // Variables are computed as policies read them: an unreadable value is reported by the
            // first policy that reads it (once, below), and the policies that do not still run.
            PolicyContext context = PolicyContext.of(scope, PolicyVariables.of(scope, kinds));
            for (Policy policy : applicable) {
                try {
                    evaluate(policy, scope, context.forPolicy())
                            .map(finding -> resource.construct().map(finding::withConstruct).orElse(finding))
                            .ifPresent(findings::add);
                } catch (RuntimeException e) {
                    Optional<InputException> invalid = invalidInput(e);
                    if (invalid.isPresent()) {
                        // The input is wrong (a key policy AWS would reject), not the policy: one
                        // error where it is written, however many policies read it.
                        Problem problem = Problem.of(invalid.get());
                        if (!problems.contains(problem)) {
                            problems.add(problem);
                        }
                        continue;
                    }
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
            context.bind(binding.getKey(), LetBudget.check(binding.getKey(), binding.getValue().evaluate(context)));
        }
        Rule rule = rules.get(policy.id());
        Deployment deployment = resource.deployment();
        String address = localAddress(resource);
        boolean conditional = deployment.existence().state() == Existence.State.UNKNOWN;
        // Through a module call, the condition goes with the call: other calls may create it for sure.
        List<String> via = deployment.callers().isEmpty() ? List.of()
                : List.of(scope.unit().name() + ": " + deployment.callers().get(deployment.callers().size() - 1)
                        + (conditional ? " (created only if " + deployment.existence().condition() + ")" : ""));
        // A downloaded module's files are not in the repository: its findings go to the call.
        Location declared = deployment.reportedAt().orElse(resource.location());
        if (bool(policy.assertion(), context, "assert")) {
            return Optional.of(new Finding(rule, Status.PASS, address, resource.type(), declared, declared, "", null,
                    null, via, null));
        }
        Status status = policy.unknown().isPresent() && bool(policy.unknown().get(), context, "unknown")
                ? Status.UNKNOWN : Status.FAIL;
        Location location = policy.at().map(at -> at.evaluate(context)).flatMap(at -> locationOf(at, scope))
                .orElse(resource.location());
        MessageTemplate message = status == Status.UNKNOWN ? policy.unknownMessage().orElse(policy.message())
                : policy.message();
        String text = message.render(context);
        if (conditional && via.isEmpty()) {
            text += " It is created only if " + deployment.existence().condition() + ".";
        }
        if (deployment.reportedAt().isPresent()) {
            text += " (in the downloaded module, at " + location.file() + ":" + location.line() + ")";
            location = declared;
        }
        return Optional.of(new Finding(rule, status, address, resource.type(), location, declared, text,
                null, null, via, null));
    }

    /** A resource of a module by its address inside the module, the same whichever call reaches it. */
    private static String localAddress(Resource resource) {
        List<String> callers = resource.deployment().callers();
        if (callers.isEmpty()) {
            return resource.address();
        }
        String innermost = callers.get(callers.size() - 1) + ".";
        return resource.address().startsWith(innermost) ? resource.address().substring(innermost.length())
                : resource.address();
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

    /** An input found invalid while a policy ran, however deep in the expression engine it was thrown. */
    private static Optional<InputException> invalidInput(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputException invalid) {
                return Optional.of(invalid);
            }
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

    /** A policy expression that gave a value of the wrong kind. */
    private static final class PolicyResultException extends RuntimeException {
        PolicyResultException(String message) {
            super(message);
        }
    }
}
