package dev.iaclint.support;

import dev.iaclint.model.Format;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Unit;
import java.util.List;
import java.util.Optional;

/** A unit with no resources that resolves nothing: what a test hands in is read as it stands. */
public final class LiteralUnit implements Unit {

    public static final Unit INSTANCE = new LiteralUnit();

    private LiteralUnit() {
    }

    @Override
    public String name() {
        return "t";
    }

    @Override
    public Format format() {
        return Format.CLOUDFORMATION;
    }

    @Override
    public List<Resource> resources() {
        return List.of();
    }

    @Override
    public Optional<Resource> resource(String address) {
        return Optional.empty();
    }

    @Override
    public Node resolve(Node node) {
        return node;
    }

    @Override
    public Optional<Resource> referencedResource(ReferenceNode reference) {
        return Optional.empty();
    }
}
