package dev.iaclint.fix;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Tags;
import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KMS-007: the required tags a resource lacks are added with the value {@value CustomerManagedKeyFixer#PLACEHOLDER},
 * a valid tag value no one would choose, with a comment (where the syntax has comments) saying to
 * set them; the fix's output says so too. Only tags written as a literal map or list are added to.
 */
final class TagsFixer implements Fixer {

    private static final String NOTE = "iac-lint fix: tags valued " + CustomerManagedKeyFixer.PLACEHOLDER
            + " are placeholders: set them before applying.";

    @Override
    public boolean fixes(Finding finding) {
        return finding.ruleId().equals("KMS-007");
    }

    @Override
    public Fix fix(Finding finding, Target target) throws CannotFix {
        Optional<Node> written = target.written("tags");
        Tags tags = Tags.of(target.unit(), target.resource(), written);
        if (!tags.complete()) {
            throw new CannotFix("its tags are known only at deployment");
        }
        List<String> missing = target.requiredTags().stream().filter(tag -> !tags.has(tag)).toList();
        if (missing.isEmpty()) {
            throw new CannotFix("its required tags are all there with the configuration read here");
        }
        Map<String, Value> placeholders = new LinkedHashMap<>();
        missing.forEach(tag -> placeholders.put(tag, Value.text(CustomerManagedKeyFixer.PLACEHOLDER)));
        SourceEditor editor = target.editor();
        List<TextEdit> edits = new ArrayList<>(editor.comment(target.anchor(), NOTE));
        if (written.isEmpty()) {
            edits.addAll(editor.set(target.anchor(), target.path("tags"), tagList(target, placeholders)));
        } else if (written.get() instanceof MappingNode map) {
            edits.addAll(editor.addTo(map, placeholders));
        } else if (written.get() instanceof SequenceNode list) {
            for (Map.Entry<String, Value> tag : placeholders.entrySet()) {
                edits.addAll(editor.append(list, keyValue(tag.getKey(), tag.getValue())));
            }
        } else {
            throw new CannotFix(target.resource().address() + "'s tags " + Target.describe(written.get())
                    + "; add the tags where they are defined");
        }
        return new Fix(finding, target.resource().location().file(), edits, "adds " + String.join(", ", missing)
                + " valued " + CustomerManagedKeyFixer.PLACEHOLDER + ": placeholders to fill", false);
    }

    /** Tags where none are written: a map in Terraform, the list of Key/Value a KMS key takes in CloudFormation. */
    private static Value tagList(Target target, Map<String, Value> tags) throws CannotFix {
        String type = target.resource().type();
        if (type.startsWith("aws_")) {
            return new Value.Mapping(tags);
        }
        if (type.equals("AWS::KMS::Key") || type.equals("AWS::KMS::ReplicaKey")) {
            return listOf(tags);
        }
        throw new CannotFix(target.resource().address() + " has no Tags written; add them in the form " + type
                + " takes, with the required keys");
    }

    private static Value listOf(Map<String, Value> tags) {
        List<Value> items = new ArrayList<>();
        tags.forEach((key, value) -> items.add(keyValue(key, value)));
        return new Value.Sequence(items);
    }

    private static Value keyValue(String key, Value value) {
        Map<String, Value> tag = new LinkedHashMap<>();
        tag.put("Key", Value.text(key));
        tag.put("Value", value);
        return new Value.Mapping(tag);
    }
}
