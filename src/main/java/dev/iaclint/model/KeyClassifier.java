package dev.iaclint.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, once for every policy and format, whether the node naming an encryption key means a
 * customer-managed key, an AWS-managed key, the AWS-owned default, or something unknown here.
 */
public final class KeyClassifier {

    /** Stands for a part of an interpolated string that is not known before deployment. */
    private static final char UNKNOWN_PART = '\u0000';

    private static final Pattern AWS_MANAGED_ALIAS = Pattern.compile("(^|:)alias/aws/");
    private static final Pattern KEY_ARN = Pattern.compile("arn:[^:]*:kms:[^:]*:[^:]*:key/.+", Pattern.DOTALL);
    private static final Pattern ALIAS = Pattern.compile("(arn:[^:]*:kms:[^:]*:[^:]*:)?alias/.+", Pattern.DOTALL);
    private static final Pattern KEY_ID = Pattern.compile(
            "(mrk-)?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32}");

    private KeyClassifier() {
    }

    /**
     * @param value            the attribute naming the key, empty when the attribute is absent
     * @param resourceLocation where to point when the attribute is absent
     */
    public static KeyReference classify(Unit unit, Optional<Node> value, Location resourceLocation) {
        if (value.isEmpty()) {
            return KeyReference.of(KeyClass.DEFAULT, "the AWS-owned default key (no key is named)", resourceLocation);
        }
        return classifyResolved(unit, unit.resolve(value.get()));
    }

    private static KeyReference classifyResolved(Unit unit, Node node) {
        if (node instanceof ScalarNode scalar) {
            return classifyScalar(scalar);
        }
        if (node instanceof ReferenceNode reference) {
            return classifyReference(unit, reference);
        }
        if (node instanceof UnknownNode unknown) {
            return KeyReference.of(KeyClass.UNKNOWN, unknown.reason(), unknown.location());
        }
        if (node instanceof ExpressionNode expression) {
            if (ExpressionNode.CONDITIONAL.equals(expression.function())) {
                return classifyConditional(unit, expression);
            }
            if (ExpressionNode.TEMPLATE.equals(expression.function())) {
                return classifyTemplate(unit, expression);
            }
            return KeyReference.of(KeyClass.UNKNOWN,
                    "a value computed by " + expression.function() + " at deployment", expression.location());
        }
        return KeyReference.of(KeyClass.UNKNOWN, "a value that is not a key identifier", node.location());
    }

    private static KeyReference classifyScalar(ScalarNode scalar) {
        String text = scalar.text();
        if (text == null || text.isBlank()) {
            return KeyReference.of(KeyClass.DEFAULT,
                    "the AWS-owned default key (the key is " + (text == null ? "null" : "empty") + ")",
                    scalar.location());
        }
        return classifyText(text.strip(), scalar.location());
    }

    private static KeyReference classifyText(String text, Location location) {
        String shown = text.replace(UNKNOWN_PART, '*');
        if (text.contains("{{resolve:")) {
            return KeyReference.of(KeyClass.UNKNOWN, "a dynamic reference resolved at deployment (" + shown + ")", location);
        }
        if (AWS_MANAGED_ALIAS.matcher(text).find()) {
            return KeyReference.of(KeyClass.AWS_MANAGED, "the AWS-managed key " + shown, location);
        }
        if (KEY_ARN.matcher(text).matches() || KEY_ID.matcher(text).matches()) {
            return KeyReference.of(KeyClass.CUSTOMER_MANAGED, "the key " + shown, location);
        }
        if (ALIAS.matcher(text).matches()) {
            return KeyReference.of(KeyClass.CUSTOMER_MANAGED, "the customer alias " + shown, location);
        }
        return KeyReference.of(KeyClass.UNKNOWN,
                "'" + shown + "', which is not a KMS key ARN, key id or alias", location);
    }

    private static KeyReference classifyReference(Unit unit, ReferenceNode reference) {
        Optional<Resource> target = unit.referencedResource(reference);
        if (target.isEmpty()) {
            return KeyReference.of(KeyClass.UNKNOWN,
                    "'" + reference.display() + "', which names nothing in " + unit.name(), reference.location());
        }
        Resource resource = target.get();
        if ("kms.key".equals(resource.kind())) {
            return new KeyReference(KeyClass.CUSTOMER_MANAGED,
                    "the KMS key " + resource.address(), reference.location(), target);
        }
        if ("kms.alias".equals(resource.kind())) {
            return new KeyReference(KeyClass.CUSTOMER_MANAGED,
                    "the KMS alias " + resource.address(), reference.location(), target);
        }
        return KeyReference.of(KeyClass.UNKNOWN,
                "'" + reference.display() + "', a " + resource.type() + " rather than a KMS key", reference.location());
    }

    /**
     * Every branch is checked; the first that falls short decides, so the finding names it.
     * Unknown only wins over customer-managed.
     */
    private static KeyReference classifyConditional(Unit unit, ExpressionNode conditional) {
        String condition = describeCondition(conditional.arguments().get(0));
        KeyReference unknown = null;
        KeyReference customer = null;
        for (int branch = 1; branch <= 2; branch++) {
            KeyReference result = classifyResolved(unit, conditional.arguments().get(branch));
            String when = "when " + condition + " is " + (branch == 1 ? "true" : "false");
            KeyReference described = new KeyReference(result.keyClass(), result.description() + " " + when,
                    result.location(), result.keyResource());
            switch (result.keyClass()) {
                case DEFAULT, AWS_MANAGED -> {
                    return described;
                }
                case UNKNOWN -> unknown = unknown == null ? described : unknown;
                case CUSTOMER_MANAGED -> customer = customer == null ? described : customer;
            }
        }
        return unknown != null ? unknown : customer;
    }

    private static String describeCondition(Node condition) {
        if (condition instanceof ScalarNode scalar && scalar.text() != null) {
            return "condition " + scalar.text();
        }
        if (condition instanceof ReferenceNode reference) {
            return reference.display();
        }
        return "the condition";
    }

    /** An interpolated string: a lone part is classified as itself, otherwise the literal skeleton decides. */
    private static KeyReference classifyTemplate(Unit unit, ExpressionNode template) {
        StringBuilder skeleton = new StringBuilder();
        Node onlyPart = null;
        int dynamicParts = 0;
        for (Node part : template.arguments()) {
            if (part instanceof ScalarNode scalar && scalar.text() != null) {
                skeleton.append(scalar.text());
            } else {
                dynamicParts++;
                onlyPart = part;
                skeleton.append(UNKNOWN_PART);
            }
        }
        if (dynamicParts == 1 && skeleton.toString().strip().length() == 1) {
            return classifyResolved(unit, onlyPart);
        }
        return classifyText(skeleton.toString().strip(), template.location());
    }
}
