package dev.iaclint.fix;

import dev.iaclint.report.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** KMS-001: turns automatic rotation on, and brings a rotation period longer than a year down to 365 days. */
final class RotationFixer implements Fixer {

    @Override
    public boolean fixes(Finding finding) {
        return finding.ruleId().equals("KMS-001");
    }

    @Override
    public Fix fix(Finding finding, Target target) throws CannotFix {
        List<Setting> settings = new ArrayList<>();
        boolean rotates = Setting.value(target, "rotation").map(v -> "true".equals(v.text())).orElse(false);
        if (!rotates) {
            settings.add(Setting.set(finding, target, "rotation", new Value.Bool(true)));
        }
        boolean longPeriod = Setting.value(target, "rotationPeriodDays")
                .map(v -> v.value() instanceof BigDecimal days && days.intValue() > 365).orElse(false);
        if (longPeriod) {
            settings.add(Setting.set(finding, target, "rotationPeriodDays", new Value.Number(365)));
        }
        return Setting.fix(finding, settings, "rotation on" + (longPeriod ? ", every 365 days" : ""));
    }
}
