package dev.iaclint.fix;

import dev.iaclint.model.ScalarNode;
import dev.iaclint.report.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * KMS-006: keeps a key that protects Bedrock data when its code is deleted or renamed
 * (DeletionPolicy and UpdateReplacePolicy Retain, or prevent_destroy), with the full 30-day
 * waiting period.
 */
final class DeletionProtectionFixer implements Fixer {

    @Override
    public boolean fixes(Finding finding) {
        return finding.ruleId().equals("KMS-006");
    }

    @Override
    public Fix fix(Finding finding, Target target) throws CannotFix {
        target.requireLiteral("pendingWindowDays");
        SourceEditor editor = target.editor();
        List<TextEdit> edits = new ArrayList<>();
        List<String> done = new ArrayList<>();
        if (Boolean.FALSE.equals(target.resource().deployment().protection().isProtected())) {
            edits.addAll(editor.protectFromDeletion(target.anchor()));
            done.add(target.resource().format().schema().equals("terraform") ? "prevent_destroy"
                    : "DeletionPolicy and UpdateReplacePolicy Retain");
        }
        boolean shortWindow = target.written("pendingWindowDays")
                .map(v -> ((ScalarNode) v).value() instanceof BigDecimal days && days.intValue() < 30).orElse(false);
        if (shortWindow) {
            edits.addAll(editor.set(target.anchor(), target.path("pendingWindowDays"), new Value.Number(30)));
            done.add("a 30-day deletion waiting period");
        }
        if (edits.isEmpty()) {
            throw new CannotFix("its deletion protection " + target.resource().deployment().protection().description());
        }
        return new Fix(finding, target.resource().location().file(), edits, String.join(", ", done), false);
    }
}
