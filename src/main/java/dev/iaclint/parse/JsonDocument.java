package dev.iaclint.parse;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import java.util.List;

/**
 * A JSON object that AWS takes as a document (a key policy, an OpenSearch Serverless security
 * policy), read wherever it is written: an object (CloudFormation, Terraform
 * {@code jsonencode({...})}), a JSON string, or a string template (a Terraform heredoc with
 * interpolations, {@code Fn::Sub}, a plan's value), the last read by {@link JsonTemplate}. What
 * cannot be read is unknown, never guessed; a literal that is not a JSON object is an error, as
 * AWS rejects it.
 */
public sealed interface JsonDocument {

    /** The document's object. */
    record Known(MappingNode object) implements JsonDocument {
    }

    /** A document known only at deployment, and why. */
    record Unknown(String reason, Location location) implements JsonDocument {
    }

    /** @param what names the document in messages, e.g. "policy document" */
    public static JsonDocument read(Unit unit, Node node, String what) {
        Node resolved = unit.resolve(node);
        if (resolved instanceof ScalarNode scalar && scalar.isString()) {
            return fromJsonText(scalar, what);
        }
        if (resolved instanceof ExpressionNode template && ExpressionNode.TEMPLATE.equals(template.function())) {
            return fromJsonTemplate(template, what);
        }
        if (resolved instanceof MappingNode mapping) {
            return new Known(mapping);
        }
        if (resolved instanceof UnknownNode unknown) {
            return new Unknown(unknown.reason(), unknown.location());
        }
        if (resolved instanceof ScalarNode scalar && scalar.isNull()) {
            return new Unknown("the " + what + " is null", scalar.location());
        }
        return new Unknown("a " + what + " computed at deployment", resolved.location());
    }

    private static JsonDocument fromJsonText(ScalarNode scalar, String what) {
        if (scalar.text().isBlank()) {
            return new Unknown("an empty " + what, scalar.location());
        }
        Node parsed;
        try {
            parsed = JsonTemplate.parse(scalar.location(), List.of(scalar));
        } catch (InputException e) {
            throw new InputException(e.location(), "the " + what + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof MappingNode mapping)) {
            throw new InputException(scalar.location(), "the " + what + " is JSON but not an object");
        }
        return new Known(mapping);
    }

    /**
     * JSON text with interpolations (a heredoc with {@code ${var.account}}): what does not depend
     * on them is read. Text that is not JSON with its interpolations still unknown may become JSON
     * once they are known ({@code "Principal": ${jsonencode(var.principals)}}): unknown, not invalid.
     */
    private static JsonDocument fromJsonTemplate(ExpressionNode template, String what) {
        try {
            if (JsonTemplate.parse(template.location(), template.arguments()) instanceof MappingNode mapping) {
                return new Known(mapping);
            }
        } catch (InputException notJsonYet) {
            // falls through: computed at deployment
        }
        return new Unknown("a " + what + " computed at deployment", template.location());
    }
}
