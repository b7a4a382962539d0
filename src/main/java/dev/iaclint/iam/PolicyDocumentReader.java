package dev.iaclint.iam;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a policy document wherever it is written: an object (CloudFormation {@code KeyPolicy},
 * Terraform {@code jsonencode({...})}, a rendered {@code aws_iam_policy_document}) or a JSON
 * string or string template (Terraform {@code policy = <<EOF}, {@code Fn::Sub}, every plan), read
 * as a {@link JsonDocument}. What cannot be read is unknown, never guessed; what AWS rejects is an error.
 */
public final class PolicyDocumentReader {

    private final Unit unit;

    private PolicyDocumentReader(Unit unit) {
        this.unit = unit;
    }

    public static PolicyDocument read(Unit unit, Node node) {
        return new PolicyDocumentReader(unit).document(node);
    }

    private PolicyDocument document(Node node) {
        JsonDocument read = JsonDocument.read(unit, node, "policy document");
        if (read instanceof JsonDocument.Known known) {
            return fromMapping(known.object());
        }
        JsonDocument.Unknown unknown = (JsonDocument.Unknown) read;
        return PolicyDocument.unknown(unknown.reason(), unknown.location());
    }

    private PolicyDocument fromMapping(MappingNode document) {
        Location at = at(document);
        Node statements = document.get("Statement").map(unit::resolve).orElse(null);
        if (statements == null) {
            return new PolicyDocument(List.of(), null, at);
        }
        List<Node> items;
        if (statements instanceof SequenceNode sequence) {
            items = sequence.items();
        } else if (statements instanceof MappingNode single) {
            items = List.of(single);
        } else {
            return PolicyDocument.unknown("statements computed at deployment", at(statements));
        }
        List<Statement> read = new ArrayList<>();
        for (Node item : items) {
            Node statement = unit.resolve(item);
            if (!(statement instanceof MappingNode mapping)) {
                return PolicyDocument.unknown("a statement computed at deployment", at(statement));
            }
            read.add(statement(mapping, read.size() + 1));
        }
        return new PolicyDocument(read, null, at);
    }

    private Statement statement(MappingNode statement, int index) {
        String sid = text(statement.get("Sid").orElse(null));
        String effect = text(statement.get("Effect").orElse(null));
        boolean notPrincipal = statement.get("Principal").isEmpty() && statement.get("NotPrincipal").isPresent();
        Node principalNode = statement.get(notPrincipal ? "NotPrincipal" : "Principal").orElse(null);
        List<Principal> principals = new ArrayList<>();
        boolean principalsKnown = principals(principalNode, principals);
        boolean notAction = statement.get("Action").isEmpty() && statement.get("NotAction").isPresent();
        List<String> actions = new ArrayList<>();
        boolean actionsKnown = strings(statement.get(notAction ? "NotAction" : "Action").orElse(null), actions);
        boolean notResource = statement.get("Resource").isEmpty() && statement.get("NotResource").isPresent();
        List<Principal> resources = new ArrayList<>();
        boolean resourcesKnown = targets("Resource", statement.get(notResource ? "NotResource" : "Resource").orElse(null),
                resources);
        List<Condition> conditions = new ArrayList<>();
        boolean conditionsKnown = conditions(statement.get("Condition").orElse(null), conditions);
        return new Statement(sid, index, at(statement), effect == null ? null : Statement.normalEffect(effect),
                principals, notPrincipal, principalsKnown, actions, notAction, actionsKnown, resources, notResource,
                resourcesKnown, conditions, conditionsKnown);
    }

    private boolean principals(Node node, List<Principal> into) {
        if (node == null) {
            return true;
        }
        Node resolved = unit.resolve(node);
        String star = text(resolved);
        if ("*".equals(star)) {
            into.add(new Principal("*", "*", null, at(resolved)));
            return true;
        }
        if (resolved instanceof ScalarNode literal && literal.text() != null) {
            throw malformed(at(resolved), "Principal", literal.text());
        }
        if (!(resolved instanceof MappingNode byType)) {
            return false;
        }
        boolean known = true;
        for (MappingNode.Entry entry : byType.entries()) {
            known &= targets(entry.key(), entry.value(), into);
        }
        return known;
    }

    /** One value or a list of them, each read as {@link #principalValue}; false when one cannot be read. */
    private boolean targets(String type, Node node, List<Principal> into) {
        if (node == null) {
            return true;
        }
        Node values = unit.resolve(node);
        List<Node> items = values instanceof SequenceNode list ? list.items() : List.of(values);
        boolean known = true;
        for (Node item : items) {
            Node target = unit.resolve(item);
            String value = principalValue(target);
            if (value == null) {
                known = false;
            } else {
                if (target instanceof ScalarNode && !Principal.wellFormed(type, value)) {
                    throw malformed(at(item), type, value);
                }
                String resource = target instanceof ReferenceNode reference
                        ? unit.referencedResource(reference).map(Resource::address).orElse(null) : null;
                into.add(new Principal(type, value, resource, at(item)));
            }
        }
        return known;
    }

    /** AWS rejects a policy with such a principal (MalformedPolicyDocument): the input is wrong, nothing is unknown. */
    private static InputException malformed(Location at, String type, String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return new InputException(at, "the principal " + type + " \"" + shown + "\" is not " + (type.equals("Service")
                ? "a service principal (name.amazonaws.com)" : "an account id, an ARN or \"*\"")
                + ": AWS rejects this policy document");
    }

    /** A literal, a partly known string (its skeleton), or a reference to a resource (the reference); null when unknown. */
    private String principalValue(Node node) {
        if (node instanceof ScalarNode scalar && scalar.text() != null) {
            return scalar.text().strip();
        }
        if (node instanceof ReferenceNode reference) {
            return reference.display();
        }
        if (node instanceof ExpressionNode template && ExpressionNode.TEMPLATE.equals(template.function())) {
            StringBuilder skeleton = new StringBuilder();
            for (Node part : template.arguments()) {
                String text = text(part);
                skeleton.append(text != null ? text : String.valueOf(Principal.UNKNOWN_PART));
            }
            return skeleton.toString();
        }
        return null;
    }

    private boolean strings(Node node, List<String> into) {
        if (node == null) {
            return true;
        }
        Node resolved = unit.resolve(node);
        List<Node> items = resolved instanceof SequenceNode list ? list.items() : List.of(resolved);
        boolean known = true;
        for (Node item : items) {
            String text = text(unit.resolve(item));
            if (text == null) {
                known = false;
            } else {
                into.add(text.strip());
            }
        }
        return known;
    }

    private boolean conditions(Node node, List<Condition> into) {
        if (node == null) {
            return true;
        }
        if (!(unit.resolve(node) instanceof MappingNode operators)) {
            return false;
        }
        boolean known = true;
        for (MappingNode.Entry operator : operators.entries()) {
            if (!(unit.resolve(operator.value()) instanceof MappingNode keys)) {
                known = false;
                continue;
            }
            for (MappingNode.Entry key : keys.entries()) {
                List<String> values = new ArrayList<>();
                strings(key.value(), values);
                into.add(new Condition(operator.key(), key.key(), values));
            }
        }
        return known;
    }

    private String text(Node node) {
        return node != null && unit.resolve(node) instanceof ScalarNode scalar && scalar.text() != null
                ? scalar.text() : null;
    }

    private static Location at(Node node) {
        return node.location();
    }
}
