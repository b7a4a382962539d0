package dev.iaclint.fix;

import dev.iaclint.iam.BedrockKeyAccess;
import dev.iaclint.iam.PolicyAttachments;
import dev.iaclint.kinds.Kind;
import dev.iaclint.model.Resource;
import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * KMS-003: a key policy that lets a Bedrock resource of the key neither through its role nor
 * through the service gets a statement that does, for exactly the actions it lacks: to the
 * resource's role, or to the service guarded by {@code aws:SourceAccount} and {@code aws:SourceArn}.
 */
final class KeyAccessFixer implements Fixer {

    @Override
    public boolean fixes(Finding finding) {
        return finding.ruleId().equals("KMS-003");
    }

    @Override
    public Fix fix(Finding finding, Target target) throws CannotFix {
        SourceEditor editor = target.editor();
        List<Resource> users = target.keyUsers().of(target.resource());
        List<Value> statements = new ArrayList<>();
        List<String> granted = new ArrayList<>();
        BedrockKeyAccess access = new BedrockKeyAccess(target.unit(), target.fields(),
                new PolicyAttachments(target.unit(), target.fields()));
        for (BedrockKeyAccess.Gap gap : access.gaps(target.resource(), users)) {
            if (!gap.decided()) {
                continue;
            }
            Kind kind = target.fields().kind(gap.user()).orElseThrow(() -> new CannotFix(gap.user().type() + " has no kind"));
            CustomerManagedKeyFixer.Grantee grantee = CustomerManagedKeyFixer.granteeOf(target, kind, gap.user(), false);
            String sid = KeyPolicyWriter.sid(Anchor.of(gap.user()).name()) + "KeyUse";
            statements.add(KeyPolicyWriter.statement(grantee.role(), grantee.service(), sid, List.copyOf(gap.missing())));
            granted.add(gap.user().address());
        }
        if (statements.isEmpty()) {
            throw new CannotFix("what its Bedrock resources lack is not decided here");
        }
        List<TextEdit> edits = new ArrayList<>();
        if (LiteralKeyPolicy.isDefault(target)) {
            // The default policy lets the account administer the key: the written one keeps that.
            edits.addAll(editor.set(target.anchor(), target.path("keyPolicy"),
                    new Value.Document(KeyPolicyWriter.document(statements))));
        } else {
            LiteralKeyPolicy policy = LiteralKeyPolicy.of(target);
            for (Value statement : statements) {
                edits.addAll(editor.append(policy.statements(), statement));
            }
        }
        return new Fix(finding, target.resource().location().file(), edits,
                "a key policy statement for " + String.join(", ", granted), false);
    }
}
