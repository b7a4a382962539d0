package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.TagHandler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Terraform's type conversions ({@code tobool}, {@code tostring}, {@code tonumber},
 * {@code tolist}, {@code toset}, {@code tomap}), its error handling ({@code try}, {@code can}),
 * {@code coalesce}, and the JSON encoding functions.
 */
final class ConversionFunctions {

    /** The functions that see an error in their arguments rather than fail with it. */
    static final Set<String> CATCHING = Set.of("try", "can");

    private ConversionFunctions() {
    }

    static void register(Map<String, TerraformFunction> functions) {
        functions.put("try", ConversionFunctions::tryFunction);
        functions.put("can", ConversionFunctions::can);
        functions.put("coalesce", ConversionFunctions::coalesce);
        functions.put("tobool", one(ConversionFunctions::tobool));
        functions.put("tostring", one(ConversionFunctions::tostring));
        functions.put("tonumber", one(ConversionFunctions::tonumber));
        functions.put("tolist", one((value, at) -> value instanceof SequenceNode || Values.isNull(value)
                ? Optional.of(value) : failIfKnown(value, at, "tolist() of something not a list")));
        functions.put("toset", one(ConversionFunctions::toset));
        functions.put("tomap", one((value, at) -> value instanceof MappingNode || Values.isNull(value)
                ? Optional.of(value) : failIfKnown(value, at, "tomap() of something not a map")));
        // The encoded document is kept as its structure, which is what readers of a key policy look at.
        functions.put("jsonencode", one((value, at) -> Optional.of(value)));
        functions.put("sensitive", one((value, at) -> Optional.of(value)));
        functions.put("nonsensitive", one((value, at) -> Optional.of(value)));
        functions.put("jsondecode", one(ConversionFunctions::jsondecode));
    }

    /** A function of exactly one argument. */
    static TerraformFunction one(java.util.function.BiFunction<Node, Location, Optional<Node>> body) {
        return (arguments, at) -> arguments.size() == 1 ? body.apply(arguments.get(0), at)
                : Optional.of(Values.failure(at, "a function of one argument called with " + arguments.size()));
    }

    static Optional<Node> failIfKnown(Node value, Location at, String why) {
        return Values.isKnown(value) ? Optional.of(Values.failure(at, why)) : Optional.empty();
    }

    /** The first argument that evaluates without an error; unknown when one not wholly known comes first. */
    private static Optional<Node> tryFunction(List<Node> arguments, Location at) {
        for (Node argument : arguments) {
            if (Values.isFailure(argument)) {
                continue;
            }
            return Values.isWhollyKnown(argument) ? Optional.of(argument) : Optional.empty();
        }
        return Optional.of(Values.failure(at, "no argument of try() evaluates without an error"));
    }

    private static Optional<Node> can(List<Node> arguments, Location at) {
        if (arguments.size() != 1) {
            return Optional.empty();
        }
        Node argument = arguments.get(0);
        if (Values.isFailure(argument)) {
            return Optional.of(Values.bool(at, false));
        }
        return Values.isWhollyKnown(argument) ? Optional.of(Values.bool(at, true)) : Optional.empty();
    }

    /**
     * The first argument that is neither null nor an empty string. A resource attribute stands for
     * itself (the key it names is still the key used); anything else unknown first leaves it undecided.
     */
    private static Optional<Node> coalesce(List<Node> arguments, Location at) {
        for (Node argument : arguments) {
            if (argument instanceof ScalarNode scalar && (scalar.isNull() || "".equals(scalar.value()))) {
                continue;
            }
            return argument instanceof ScalarNode || argument instanceof ReferenceNode
                    ? Optional.of(argument) : Optional.empty();
        }
        return Optional.of(Values.failure(at, "no non-null, non-empty argument to coalesce()"));
    }

    private static Optional<Node> tobool(Node value, Location at) {
        if (Values.isNull(value)) {
            return Optional.of(value);
        }
        Optional<Boolean> bool = Values.bool(value);
        if (bool.isPresent()) {
            return Optional.of(Values.bool(at, bool.get()));
        }
        return failIfKnown(value, at, "tobool() of " + describe(value));
    }

    /** A primitive as a string; a resource attribute stays itself (its string form is the same value). */
    private static Optional<Node> tostring(Node value, Location at) {
        if (Values.isNull(value)) {
            return Optional.of(value);
        }
        if (value instanceof ScalarNode) {
            return Values.string(value).map(text -> Values.string(at, text));
        }
        if (value instanceof ReferenceNode) {
            return Optional.of(value);
        }
        return failIfKnown(value, at, "tostring() of a collection");
    }

    private static Optional<Node> tonumber(Node value, Location at) {
        if (Values.isNull(value)) {
            return Optional.of(value);
        }
        Optional<BigDecimal> number = Values.number(value);
        if (number.isPresent()) {
            return Optional.of(Values.number(at, number.get()));
        }
        return failIfKnown(value, at, "tonumber() of " + describe(value));
    }

    /** Distinct elements; a set of strings or numbers iterates in Terraform in sorted order. */
    private static Optional<Node> toset(Node value, Location at) {
        if (Values.isNull(value)) {
            return Optional.of(value);
        }
        if (!(value instanceof SequenceNode sequence)) {
            return failIfKnown(value, at, "toset() of something not a list");
        }
        if (!Values.isWhollyKnown(sequence)) {
            return Optional.empty();
        }
        List<Node> distinct = CollectionFunctions.distinct(sequence.items());
        if (distinct.stream().allMatch(n -> n instanceof ScalarNode s && s.value() instanceof BigDecimal)) {
            distinct.sort(Comparator.comparing(n -> (BigDecimal) ((ScalarNode) n).value()));
        } else if (distinct.stream().allMatch(n -> n instanceof ScalarNode s && !s.isNull())) {
            // Mixed primitives unify to strings, as Terraform converts them.
            List<Node> strings = new ArrayList<>();
            distinct.forEach(n -> strings.add(Values.string(n.location(), Values.string(n).orElseThrow())));
            distinct = CollectionFunctions.distinct(strings);
            distinct.sort(Comparator.comparing(n -> (String) ((ScalarNode) n).value()));
        }
        return Optional.of(new SequenceNode(at, distinct));
    }

    private static Optional<Node> jsondecode(Node value, Location at) {
        if (value instanceof MappingNode || value instanceof SequenceNode) {
            return Optional.of(value); // jsondecode(jsonencode(x)) is x
        }
        if (!(value instanceof ScalarNode scalar) || !scalar.isString()) {
            return failIfKnown(value, at, "jsondecode() of something not a string");
        }
        try {
            return Optional.of(locatedAt(JsonNodeReader.read(at.file(), (String) scalar.value(), TagHandler.NONE), at));
        } catch (InputException e) {
            return Optional.of(Values.failure(at, "jsondecode() of text that is not JSON"));
        }
    }

    /** Decoded JSON, every value located at the call that decoded it. */
    private static Node locatedAt(Node json, Location at) {
        if (json instanceof MappingNode mapping) {
            List<MappingNode.Entry> entries = new ArrayList<>();
            mapping.entries().forEach(e -> entries.add(new MappingNode.Entry(e.key(), at, locatedAt(e.value(), at))));
            return new MappingNode(at, entries);
        }
        if (json instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(locatedAt(item, at)));
            return new SequenceNode(at, items);
        }
        ScalarNode scalar = (ScalarNode) json;
        return new ScalarNode(at, scalar.raw(), scalar.value());
    }

    private static String describe(Node value) {
        return Values.string(value).map(s -> "\"" + s + "\"").orElse("a value of another type");
    }
}
