package dev.iaclint.fix;

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
        List<Setting> settings = new ArrayList<>();
        List<String> done = new ArrayList<>();
        if (Boolean.FALSE.equals(target.resource().deployment().protection().isProtected())) {
            settings.add(new Setting(target.resource().location().file(),
                    target.editor().protectFromDeletion(target.anchor())));
            done.add(target.resource().format().schema().equals("terraform") ? "prevent_destroy"
                    : "DeletionPolicy and UpdateReplacePolicy Retain");
        }
        boolean shortWindow = Setting.value(target, "pendingWindowDays")
                .map(v -> v.value() instanceof BigDecimal days && days.intValue() < 30).orElse(false);
        if (shortWindow) {
            settings.add(Setting.set(finding, target, "pendingWindowDays", new Value.Number(30)));
            done.add("a 30-day deletion waiting period");
        }
        if (settings.isEmpty()) {
            throw new CannotFix("its deletion protection " + target.resource().deployment().protection().description());
        }
        return Setting.fix(finding, settings, String.join(", ", done));
    }
}
