package dev.iaclint.terraform;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.terraform.syntax.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform's {@code dynamic} blocks: written once, made into as many nested blocks as their
 * {@code for_each} has elements. The common way to make a key optional,
 * {@code dynamic "server_side_encryption_configuration" { for_each = var.key == null ? [] : [1] ... }},
 * gives no block when the key is null; over a collection known only at apply, the blocks are
 * unknown.
 */
final class DynamicBlocks {

    private static final String DYNAMIC = "dynamic";

    private DynamicBlocks() {
    }

    static boolean isDynamic(Body.Block block) {
        return block.type().equals(DYNAMIC) && block.labels().size() == 1;
    }

    /**
     * The block as written, to expand once values are known: its for_each, its content, and the
     * qualified name of its iterator ({@code module.kb.server_side_encryption_configuration}).
     */
    static Node declaration(Body.Block block, ExpressionConverter converter) {
        String iterator = block.body().attributes().stream().filter(a -> a.name().equals("iterator")).findFirst()
                .map(a -> a.value() instanceof dev.iaclint.terraform.syntax.Expr.Variable v ? v.name() : null)
                .orElse(block.labels().get(0));
        Node forEach = block.body().attributes().stream().filter(a -> a.name().equals("for_each")).findFirst()
                .map(a -> converter.convert(a.value()))
                .orElseGet(() -> new UnknownNode(block.span(), "a dynamic block without for_each"));
        Body content = block.body().blocks("content").stream().findFirst().map(Body.Block::body).orElse(new Body(List.of()));
        return new ExpressionNode(block.span(), DYNAMIC, List.of(forEach,
                converter.body(content, block.span()), ScalarNode.ofString(block.span(), converter.qualifier() + iterator)));
    }

    /** The attributes with every dynamic block made into its blocks, as far as their collections are known. */
    static Node expand(Node node, Unit unit) {
        if (node instanceof MappingNode mapping) {
            List<MappingNode.Entry> entries = new ArrayList<>(mapping.entries().size());
            for (MappingNode.Entry entry : mapping.entries()) {
                entries.add(new MappingNode.Entry(entry.key(), entry.keyLocation(), expand(entry.value(), unit)));
            }
            return new MappingNode(mapping.location(), entries);
        }
        if (node instanceof SequenceNode blocks && blocks.items().stream().anyMatch(DynamicBlocks::isDeclaration)) {
            List<Node> made = new ArrayList<>();
            for (Node item : blocks.items()) {
                if (!isDeclaration(item)) {
                    made.add(expand(item, unit));
                    continue;
                }
                Optional<List<Node>> generated = generate((ExpressionNode) item, unit);
                if (generated.isEmpty()) {
                    return new UnknownNode(item.location(), "blocks made by a dynamic block whose for_each is known only at apply");
                }
                made.addAll(generated.get());
            }
            return new SequenceNode(blocks.location(), made);
        }
        return node;
    }

    private static boolean isDeclaration(Node node) {
        return node instanceof ExpressionNode e && e.function().equals(DYNAMIC);
    }

    private static Optional<List<Node>> generate(ExpressionNode declaration, Unit unit) {
        Node forEach = unit.resolve(declaration.arguments().get(0));
        Node content = declaration.arguments().get(1);
        String iterator = ((ScalarNode) declaration.arguments().get(2)).text();
        List<Map.Entry<Node, Node>> elements = new ArrayList<>();
        if (forEach instanceof MappingNode map) {
            map.entries().forEach(e -> elements.add(Map.entry(ScalarNode.ofString(e.keyLocation(), e.key()), e.value())));
        } else if (forEach instanceof SequenceNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                elements.add(Map.entry(new ScalarNode(item.location(), String.valueOf(i), java.math.BigDecimal.valueOf(i)),
                        item));
            }
        } else {
            return Optional.empty();
        }
        List<Node> blocks = new ArrayList<>(elements.size());
        for (Map.Entry<Node, Node> element : elements) {
            blocks.add(expand(Instances.bind(content, Map.of(iterator + ".key", element.getKey(),
                    iterator + ".value", element.getValue())), unit));
        }
        return Optional.of(blocks);
    }
}
