package dev.iaclint.engine.suppress;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the suppressions written on resources themselves, such as CloudFormation resource metadata:
 * <pre>
 * Metadata:
 *   iac-lint:
 *     ignore:
 *       - rule: BEDROCK-001          # or rules: [A, B]
 *         reason: sandbox account, no customer data
 * </pre>
 */
public final class MetadataIgnores {

    private MetadataIgnores() {
    }

    public static InlineIgnores.Parsed of(Unit unit) {
        List<Ignore> ignores = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        for (Resource resource : unit.resources()) {
            Optional<Node> section = resource.suppressions();
            // A resource that is not deployed has no findings: its suppressions are not "unused".
            if (section.isEmpty() || !resource.deployment().existence().deployed()) {
                continue;
            }
            try {
                read(resource, section.get(), ignores);
            } catch (InputException problem) {
                problems.add(problem);
            }
        }
        return new InlineIgnores.Parsed(ignores, problems);
    }

    private static void read(Resource resource, Node section, List<Ignore> ignores) {
        Node list = section instanceof MappingNode m ? m.get("ignore").orElse(null) : null;
        if (!(list instanceof SequenceNode entries)) {
            throw new InputException(section.location(), "Metadata iac-lint must hold 'ignore:', a list of {rule, reason}");
        }
        for (Node entry : entries.items()) {
            if (!(entry instanceof MappingNode item)) {
                throw new InputException(entry.location(), "each ignore is a mapping with 'rule' and 'reason'");
            }
            Set<String> rules = new LinkedHashSet<>();
            item.get("rule").map(MetadataIgnores::text).ifPresent(rules::add);
            item.get("rules").filter(SequenceNode.class::isInstance)
                    .ifPresent(r -> ((SequenceNode) r).items().forEach(n -> rules.add(text(n))));
            String reason = item.get("reason").map(MetadataIgnores::text).orElse("");
            if (rules.isEmpty() || reason.isBlank()) {
                throw new InputException(item.location(), "an ignore needs 'rule' (or 'rules') and a 'reason'");
            }
            ignores.add(new Ignore("metadata", rules, reason, item.location(),
                    new Ignore.Resource(resource.location().file(), resource.address())));
        }
    }

    private static String text(Node node) {
        if (node instanceof ScalarNode scalar && scalar.text() != null) {
            return scalar.text().strip();
        }
        throw new InputException(node.location(), "expected text");
    }
}
