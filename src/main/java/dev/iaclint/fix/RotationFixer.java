package dev.iaclint.fix;

import dev.iaclint.model.ScalarNode;
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
        target.requireLiteral("rotation");
        target.requireLiteral("rotationPeriodDays");
        SourceEditor editor = target.editor();
        List<TextEdit> edits = new ArrayList<>();
        boolean rotates = target.written("rotation").map(v -> "true".equals(((ScalarNode) v).text())).orElse(false);
        if (!rotates) {
            edits.addAll(editor.set(target.anchor(), target.path("rotation"), new Value.Bool(true)));
        }
        boolean longPeriod = target.written("rotationPeriodDays")
                .map(v -> ((ScalarNode) v).value() instanceof BigDecimal days && days.intValue() > 365).orElse(false);
        if (longPeriod) {
            edits.addAll(editor.set(target.anchor(), target.path("rotationPeriodDays"), new Value.Number(365)));
        }
        return new Fix(finding, target.resource().location().file(), edits,
                "rotation on" + (longPeriod ? ", every 365 days" : ""), false);
    }
}
