package dev.iaclint.iam;

import dev.iaclint.model.Location;
import java.util.List;

/**
 * An IAM policy document (a key policy, a role's policy) as far as it could be read.
 *
 * @param statements    the statements, in order; empty when the document is unknown
 * @param unknownReason why the document as a whole cannot be read here, or null
 * @param location      where it is written
 */
public record PolicyDocument(List<Statement> statements, String unknownReason, Location location) {

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    public static PolicyDocument unknown(String reason, Location location) {
        return new PolicyDocument(List.of(), reason, location);
    }

    public boolean known() {
        return unknownReason == null;
    }
}
