package dev.iaclint.model;

import java.util.List;
import java.util.Optional;

/** An ordered mapping whose keys keep their own locations, so findings can point at a key. */
public record MappingNode(Location location, List<Entry> entries) implements Node {

    public record Entry(String key, Location keyLocation, Node value) {
    }

    public MappingNode {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<Node> get(String key) {
        return entry(key).map(Entry::value);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
