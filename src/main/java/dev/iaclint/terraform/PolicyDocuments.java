package dev.iaclint.terraform;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.terraform.syntax.Body;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code data "aws_iam_policy_document"} into the policy document it stands for, the
 * shape a key policy has in JSON ({@code Version}, {@code Statement} with {@code Sid},
 * {@code Effect}, {@code Action}, {@code Principal}, {@code Condition}...), so that
 * {@code policy = data.aws_iam_policy_document.key.json} reads like any other key policy.
 * Every value keeps its location in the {@code .tf} file.
 */
final class PolicyDocuments {

    private static final Map<String, String> LISTS = Map.of("actions", "Action", "not_actions", "NotAction",
            "resources", "Resource", "not_resources", "NotResource");

    private PolicyDocuments() {
    }

    /**
     * The document, or, with {@code source_policy_documents} or {@code override_policy_documents},
     * an expression of function {@link PolicyDocumentLayers#FUNCTION} whose arguments are the
     * source documents, this document's own statements and the override documents, merged when
     * the unit resolves it (the documents it names may be other data sources).
     */
    static Node render(Body.Block data, ExpressionConverter converter) {
        Location at = ExpressionConverter.headerOf(data);
        List<Node> statements = new ArrayList<>();
        for (Body.Block statement : data.body().blocks("statement")) {
            statements.add(statement(statement, converter));
        }
        List<MappingNode.Entry> document = new ArrayList<>();
        document.add(new MappingNode.Entry("Version", at, ScalarNode.ofString(at, "2012-10-17")));
        document.add(new MappingNode.Entry("Statement", at, new SequenceNode(at, statements)));
        MappingNode own = new MappingNode(at, document);
        Node sources = layer(data, "source_policy_documents", converter);
        Node overrides = layer(data, "override_policy_documents", converter);
        if (sources == null && overrides == null) {
            return own;
        }
        return new ExpressionNode(at, PolicyDocumentLayers.FUNCTION, List.of(
                sources == null ? new SequenceNode(at, List.of()) : sources, own,
                overrides == null ? new SequenceNode(at, List.of()) : overrides));
    }

    private static Node layer(Body.Block data, String attribute, ExpressionConverter converter) {
        return data.body().attributes().stream().filter(a -> a.name().equals(attribute)).findFirst()
                .map(a -> converter.convert(a.value())).orElse(null);
    }

    private static MappingNode statement(Body.Block statement, ExpressionConverter converter) {
        Location at = ExpressionConverter.headerOf(statement);
        List<MappingNode.Entry> entries = new ArrayList<>();
        boolean effect = false;
        for (Body.Attribute attribute : statement.body().attributes()) {
            Node value = converter.convert(attribute.value());
            switch (attribute.name()) {
                case "sid" -> entries.add(new MappingNode.Entry("Sid", attribute.nameSpan(), value));
                case "effect" -> {
                    entries.add(new MappingNode.Entry("Effect", attribute.nameSpan(), value));
                    effect = true;
                }
                default -> {
                    String key = LISTS.get(attribute.name());
                    if (key != null) {
                        entries.add(new MappingNode.Entry(key, attribute.nameSpan(), value));
                    }
                }
            }
        }
        if (!effect) {
            entries.add(new MappingNode.Entry("Effect", at, ScalarNode.ofString(at, "Allow")));
        }
        principals(statement, "principals", "Principal", converter, entries);
        principals(statement, "not_principals", "NotPrincipal", converter, entries);
        conditions(statement, converter, entries);
        return new MappingNode(statement.span(), entries);
    }

    /** {@code principals { type = "AWS", identifiers = [...] }} blocks become {@code {"AWS": [...]}}. */
    private static void principals(Body.Block statement, String block, String key, ExpressionConverter converter,
                                   List<MappingNode.Entry> entries) {
        List<Body.Block> blocks = statement.body().blocks(block);
        if (blocks.isEmpty()) {
            return;
        }
        Map<String, MappingNode.Entry> byType = new LinkedHashMap<>();
        for (Body.Block principal : blocks) {
            Map<String, Node> fields = fields(principal, converter);
            String type = fields.get("type") instanceof ScalarNode s && s.text() != null ? s.text() : "?";
            Node identifiers = fields.getOrDefault("identifiers", ScalarNode.ofNull(principal.span()));
            byType.put(type, new MappingNode.Entry(type, ExpressionConverter.headerOf(principal), identifiers));
        }
        Location at = ExpressionConverter.headerOf(blocks.get(0));
        entries.add(new MappingNode.Entry(key, at, new MappingNode(at, new ArrayList<>(byType.values()))));
    }

    /** {@code condition { test, variable, values }} blocks become {@code {"Test": {"variable": [...]}}}. */
    private static void conditions(Body.Block statement, ExpressionConverter converter, List<MappingNode.Entry> entries) {
        List<Body.Block> blocks = statement.body().blocks("condition");
        if (blocks.isEmpty()) {
            return;
        }
        Map<String, List<MappingNode.Entry>> byTest = new LinkedHashMap<>();
        Map<String, Location> testLocations = new LinkedHashMap<>();
        for (Body.Block condition : blocks) {
            Map<String, Node> fields = fields(condition, converter);
            String test = fields.get("test") instanceof ScalarNode s && s.text() != null ? s.text() : "?";
            String variable = fields.get("variable") instanceof ScalarNode s && s.text() != null ? s.text() : "?";
            Location at = ExpressionConverter.headerOf(condition);
            testLocations.putIfAbsent(test, at);
            byTest.computeIfAbsent(test, t -> new ArrayList<>()).add(new MappingNode.Entry(variable, at,
                    fields.getOrDefault("values", ScalarNode.ofNull(at))));
        }
        Location at = ExpressionConverter.headerOf(blocks.get(0));
        List<MappingNode.Entry> tests = new ArrayList<>();
        byTest.forEach((test, variables) -> tests.add(new MappingNode.Entry(test, testLocations.get(test),
                new MappingNode(testLocations.get(test), variables))));
        entries.add(new MappingNode.Entry("Condition", at, new MappingNode(at, tests)));
    }

    private static Map<String, Node> fields(Body.Block block, ExpressionConverter converter) {
        Map<String, Node> fields = new LinkedHashMap<>();
        block.body().attributes().forEach(a -> fields.put(a.name(), converter.convert(a.value())));
        return fields;
    }
}
