package dev.iaclint.fix;

import dev.iaclint.iam.KeyPolicies;
import dev.iaclint.iam.PolicyAttachments;
import dev.iaclint.iam.PolicyDocument;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.SequenceNode;

/**
 * A key policy written in the file as a document (a CloudFormation {@code KeyPolicy} mapping),
 * which a fix can add to: its statements as the loader located them, and as the IAM analysis
 * reads them, with the same indexes.
 */
record LiteralKeyPolicy(PolicyDocument document, SequenceNode statements) {

    /** Whether the key has no key policy written, so the default one applies. */
    static boolean isDefault(Target target) {
        return target.written("keyPolicy").isEmpty();
    }

    static LiteralKeyPolicy of(Target target) throws CannotFix {
        String key = target.resource().address();
        Node policy = target.written("keyPolicy").orElseThrow(() -> new CannotFix(key
                + " has no key policy in the file (the default policy applies); write one to add to"));
        if (!(policy instanceof MappingNode document)) {
            throw new CannotFix(key + "'s key policy " + Target.describe(policy) + "; edit it where it is written");
        }
        if (!(document.get("Statement").orElse(null) instanceof SequenceNode statements)) {
            throw new CannotFix(key + "'s key policy has no list of statements to add to");
        }
        PolicyDocument read = KeyPolicies.of(target.unit(), target.fields(),
                new PolicyAttachments(target.unit(), target.fields()), target.resource(), "keyPolicy").document();
        return new LiteralKeyPolicy(read, statements);
    }

    /** The statement the analysis numbered {@code index} (from 1), as written. */
    MappingNode statement(int index) throws CannotFix {
        if (index < 1 || index > statements.items().size()
                || !(statements.items().get(index - 1) instanceof MappingNode statement)) {
            throw new CannotFix("statement " + index + " of the key policy is not written as a mapping");
        }
        return statement;
    }
}
