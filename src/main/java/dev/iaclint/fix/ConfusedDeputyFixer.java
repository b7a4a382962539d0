package dev.iaclint.fix;

import dev.iaclint.iam.Issue;
import dev.iaclint.iam.KeyPolicyChecks;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KMS-004: a key policy statement that grants an AWS service with nothing tying the use to this
 * account gets {@code aws:SourceAccount}, in its {@code StringEquals} block when it has one.
 * {@code aws:SourceArn} is not guessed: its form depends on the service (an S3 bucket ARN has no
 * account), and a wrong pattern would deny the service.
 */
final class ConfusedDeputyFixer implements Fixer {

    private static final String OPERATOR = "StringEquals";
    private static final String GUARD = "aws:SourceAccount";

    @Override
    public boolean fixes(Finding finding) {
        return finding.ruleId().equals("KMS-004");
    }

    @Override
    public Fix fix(Finding finding, Target target) throws CannotFix {
        SourceEditor editor = target.editor();
        LiteralKeyPolicy policy = LiteralKeyPolicy.of(target);
        List<TextEdit> edits = new ArrayList<>();
        List<String> guarded = new ArrayList<>();
        for (Issue issue : KeyPolicyChecks.unguardedServiceGrants(policy.document()).violations()) {
            MappingNode statement = policy.statement(issue.statement().index());
            Optional<Node> condition = statement.get("Condition");
            if (condition.isEmpty()) {
                edits.addAll(editor.addTo(statement, Map.of("Condition",
                        new Value.Mapping(Map.of(OPERATOR, new Value.Mapping(Map.of(GUARD, Value.Pseudo.ACCOUNT)))))));
            } else if (!(condition.get() instanceof MappingNode conditions)) {
                throw new CannotFix("the Condition of statement " + issue.statement().name() + " "
                        + Target.describe(condition.get()));
            } else if (conditions.get(OPERATOR).orElse(null) instanceof MappingNode equals) {
                edits.addAll(editor.addTo(equals, Map.of(GUARD, Value.Pseudo.ACCOUNT)));
            } else if (conditions.get(OPERATOR).isPresent()) {
                throw new CannotFix("the StringEquals of statement " + issue.statement().name() + " is computed");
            } else {
                edits.addAll(editor.addTo(conditions, Map.of(OPERATOR, new Value.Mapping(Map.of(GUARD,
                        Value.Pseudo.ACCOUNT)))));
            }
            guarded.add(issue.statement().name());
        }
        if (edits.isEmpty()) {
            throw new CannotFix("no statement of the key policy as written grants a service unguarded");
        }
        return new Fix(finding, target.resource().location().file(), edits,
                "aws:SourceAccount on " + String.join(", ", guarded), false);
    }
}
