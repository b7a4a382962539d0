package dev.iaclint.model;

import java.util.List;

public record SequenceNode(Location location, List<Node> items) implements Node {

    public SequenceNode {
        items = List.copyOf(items);
    }
}
