package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import java.util.List;

/** The attributes and blocks of a file or a block, in source order. */
public record Body(List<Item> items) {

    public Body {
        items = List.copyOf(items);
    }

    public sealed interface Item {
        Location span();
    }

    /** {@code name = expression}. */
    public record Attribute(Location span, String name, Location nameSpan, Expr value) implements Item {
    }

    /** {@code type "label" ... { body }}. */
    public record Block(Location span, String type, List<String> labels, Body body) implements Item {
        public Block {
            labels = List.copyOf(labels);
        }
    }

    public List<Attribute> attributes() {
        return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
    }

    public List<Block> blocks() {
        return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    public List<Block> blocks(String type) {
        return blocks().stream().filter(block -> block.type().equals(type)).toList();
    }
}
