package dev.iaclint.cloudformation;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.TagHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * CloudFormation's intrinsic functions, in short form ({@code !Ref x}) and long form
 * ({@code {"Fn::Sub": "..."}}), turned into reference and expression nodes of the common model.
 * {@code Ref} and {@code Fn::GetAtt} to a name become {@link ReferenceNode}s; every other function
 * an {@link ExpressionNode} named by its long form, whose arguments are the function's list (or
 * its single argument).
 */
final class Intrinsics implements TagHandler {

    static final Intrinsics INSTANCE = new Intrinsics();

    static final String REF = "Ref";
    static final String GET_ATT = "Fn::GetAtt";
    static final String CONDITION = "Condition";

    private static final Set<String> FUNCTIONS = Set.of(
            "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue",
            "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::Transform", "Fn::If", "Fn::Equals",
            "Fn::And", "Fn::Or", "Fn::Not", "Fn::ToJsonString", "Fn::Length",
            // The Rules section's assertions: they check parameters before deployment and never
            // shape a resource, but a template that uses them must still load.
            "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::RefAll", "Fn::ValueOf",
            "Fn::ValueOfAll");

    /** The prefix of the directives of AWS's rain tool, which rain pkg replaces before CloudFormation sees them. */
    static final String RAIN = "Rain::";

    private Intrinsics() {
    }

    /** A template that uses rain's directives is rain's input, not CloudFormation: the user should know why it fails. */
    static InputException rainDirective(String directive, Location location) {
        return new InputException(location, "the rain directive " + directive + " is not CloudFormation: this is a template "
                + "for rain pkg; scan the template rain pkg writes");
    }

    @Override
    public Node tagged(String tag, Node value, Location location) {
        String name = tag.substring(1);
        String function = REF.equals(name) || CONDITION.equals(name) ? name : "Fn::" + name;
        if (name.startsWith(RAIN)) {
            throw rainDirective(tag, location);
        }
        if (!REF.equals(function) && !CONDITION.equals(function) && !FUNCTIONS.contains(function)) {
            throw new InputException(location, "unknown CloudFormation tag " + tag);
        }
        return build(function, value, location);
    }

    @Override
    public Node mapping(MappingNode mapping) {
        if (mapping.entries().size() != 1) {
            return mapping;
        }
        MappingNode.Entry only = mapping.entries().get(0);
        String key = only.key();
        if (REF.equals(key) || FUNCTIONS.contains(key)) {
            return build(key, only.value(), mapping.location());
        }
        if (CONDITION.equals(key) && only.value() instanceof ScalarNode) {
            return build(key, only.value(), mapping.location());
        }
        if (key.startsWith("Fn::") && !key.startsWith("Fn::ForEach::")) {
            throw new InputException(only.keyLocation(), "unknown intrinsic function " + key);
        }
        return mapping;
    }

    private static Node build(String function, Node value, Location location) {
        if (REF.equals(function)) {
            return new ReferenceNode(location, name(function, value), List.of(), REF);
        }
        if (GET_ATT.equals(function)) {
            return getAtt(value, location);
        }
        List<Node> arguments = value instanceof SequenceNode sequence ? sequence.items() : List.of(value);
        return new ExpressionNode(location, function, arguments);
    }

    /** {@code Fn::GetAtt} takes "Logical.Attr.Path" or [Logical, "Attr.Path"]. */
    private static Node getAtt(Node value, Location location) {
        if (value instanceof ScalarNode scalar && scalar.text() != null) {
            String[] parts = scalar.text().split("\\.");
            if (parts.length >= 2 && !parts[0].isEmpty()) {
                return new ReferenceNode(location, parts[0], List.of(String.join(".",
                        Arrays.copyOfRange(parts, 1, parts.length))), GET_ATT);
            }
        } else if (value instanceof SequenceNode sequence && sequence.items().size() == 2) {
            if (!(sequence.items().get(0) instanceof ScalarNode)) {
                // A logical id computed by a function ([!Sub "Bucket${Name}", Arn] in Fn::ForEach).
                return new ExpressionNode(location, GET_ATT, sequence.items());
            }
            String target = name(GET_ATT, sequence.items().get(0));
            if (sequence.items().get(1) instanceof ScalarNode attribute && attribute.text() != null) {
                return new ReferenceNode(location, target, List.of(attribute.text()), GET_ATT);
            }
            return new ExpressionNode(location, GET_ATT, sequence.items());
        }
        throw new InputException(value.location(),
                "Fn::GetAtt takes 'LogicalId.Attribute' or [LogicalId, Attribute]");
    }

    private static String name(String function, Node value) {
        if (value instanceof ScalarNode scalar && scalar.isString() && !scalar.text().isEmpty()) {
            return scalar.text();
        }
        throw new InputException(value.location(), function + " takes a logical id or parameter name");
    }
}
