package dev.iaclint.fix;

import dev.iaclint.model.Format;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.report.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Sets a canonical field of a finding's resource to a literal where its value is defined: on the
 * resource when it is written there as a literal or not at all, in the one module call that
 * passes it when it comes from a module's variable. Anything else (a parameter, a computed
 * value) is left to a person, with the reason.
 *
 * @param file  the file the edits are in
 * @param edits the edits; empty when there was nothing to change
 */
record Setting(String file, List<TextEdit> edits) {

    static Setting set(Finding finding, Target target, String field, Value value) throws CannotFix {
        Optional<Node> written = target.written(field);
        if (written.isEmpty() || written.get() instanceof ScalarNode) {
            return new Setting(target.resource().location().file(),
                    target.editor().set(target.anchor(), target.path(field), value));
        }
        if (written.get() instanceof ReferenceNode reference && target.resource().format() == Format.TERRAFORM
                && ModuleCall.isVariable(reference)) {
            ModuleCall call = ModuleCall.of(target, finding, reference, field);
            return new Setting(call.file(), target.sources().editor(call.file()).set(call.anchor(), call.variable(), value));
        }
        throw new CannotFix(target.resource().address() + "'s " + field + " " + Target.describe(written.get())
                + "; set it where that is defined");
    }

    /** The value a field finally has, when it is a literal: what decides whether it needs fixing. */
    static Optional<ScalarNode> value(Target target, String field) {
        return target.written(field).map(target.unit()::resolve).filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast);
    }

    /** One fix of the settings, which must be in one file. */
    static Fix fix(Finding finding, List<Setting> settings, String explanation) throws CannotFix {
        List<String> files = settings.stream().map(Setting::file).distinct().toList();
        if (files.size() != 1) {
            throw new CannotFix("its settings are defined in " + String.join(" and ", files) + "; set them there");
        }
        return new Fix(finding, files.get(0), settings.stream().flatMap(s -> s.edits().stream()).toList(), explanation,
                false);
    }
}
