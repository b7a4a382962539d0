package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform's collection functions. A collection may hold elements known only when Terraform
 * runs: functions that only move elements ({@code concat}, {@code lookup}, {@code element})
 * keep them, functions that compare or inspect them ({@code contains}, {@code distinct},
 * {@code compact}, {@code flatten}) need them all known.
 */
final class CollectionFunctions {

    private CollectionFunctions() {
    }

    static void register(Map<String, TerraformFunction> functions) {
        functions.put("lookup", CollectionFunctions::lookup);
        functions.put("one", ConversionFunctions.one(CollectionFunctions::one));
        functions.put("coalescelist", CollectionFunctions::coalescelist);
        functions.put("concat", CollectionFunctions::concat);
        functions.put("flatten", ConversionFunctions.one(CollectionFunctions::flatten));
        functions.put("merge", CollectionFunctions::merge);
        functions.put("element", CollectionFunctions::element);
        functions.put("length", ConversionFunctions.one(CollectionFunctions::length));
        functions.put("contains", CollectionFunctions::contains);
        functions.put("keys", ConversionFunctions.one(CollectionFunctions::keys));
        functions.put("values", ConversionFunctions.one(CollectionFunctions::values));
        functions.put("zipmap", CollectionFunctions::zipmap);
        functions.put("distinct", ConversionFunctions.one((list, at) -> knownItems(list)
                .map(items -> new SequenceNode(at, distinct(items)))));
        functions.put("compact", ConversionFunctions.one(CollectionFunctions::compact));
        functions.put("slice", CollectionFunctions::slice);
    }

    /** The elements of a list whose elements are all known. */
    private static Optional<List<Node>> knownItems(Node list) {
        return list instanceof SequenceNode sequence && Values.isWhollyKnown(sequence)
                ? Optional.of(sequence.items()) : Optional.empty();
    }

    static List<Node> distinct(List<Node> items) {
        List<Node> distinct = new ArrayList<>();
        for (Node item : items) {
            if (distinct.stream().noneMatch(seen -> Values.same(seen, item))) {
                distinct.add(item);
            }
        }
        return distinct;
    }

    /** {@code lookup(map, key, default)}: a missing key without a default is an error in Terraform. */
    private static Optional<Node> lookup(List<Node> arguments, Location at) {
        if (arguments.size() < 2 || arguments.size() > 3) {
            return Optional.of(Values.failure(at, "lookup() takes a map, a key and a default"));
        }
        Optional<String> key = Values.string(arguments.get(1));
        if (!(arguments.get(0) instanceof MappingNode map) || key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> found = map.get(key.get());
        if (found.isPresent()) {
            return found;
        }
        return Optional.of(arguments.size() == 3 ? arguments.get(2)
                : Values.failure(at, "lookup() of the missing key \"" + key.get() + "\" without a default"));
    }

    private static Optional<Node> one(Node list, Location at) {
        if (!(list instanceof SequenceNode sequence)) {
            return Values.isNull(list) ? Optional.of(list) : ConversionFunctions.failIfKnown(list, at, "one() of a non-list");
        }
        return switch (sequence.items().size()) {
            case 0 -> Optional.of(ScalarNode.ofNull(at));
            case 1 -> Optional.of(sequence.items().get(0));
            default -> Optional.of(Values.failure(at, "one() of a list of more than one element"));
        };
    }

    private static Optional<Node> coalescelist(List<Node> arguments, Location at) {
        for (Node argument : arguments) {
            if (!(argument instanceof SequenceNode sequence)) {
                return Optional.empty();
            }
            if (!sequence.items().isEmpty()) {
                return Optional.of(sequence);
            }
        }
        return Optional.of(Values.failure(at, "no non-empty list to coalescelist()"));
    }

    private static Optional<Node> concat(List<Node> arguments, Location at) {
        List<Node> items = new ArrayList<>();
        for (Node argument : arguments) {
            if (!(argument instanceof SequenceNode sequence)) {
                return ConversionFunctions.failIfKnown(argument, at, "concat() of something not a list");
            }
            items.addAll(sequence.items());
        }
        return Optional.of(new SequenceNode(at, items));
    }

    /** Nested lists become one flat list, however deep; an element not known may be a list, so it is undecided. */
    private static Optional<Node> flatten(Node list, Location at) {
        if (!(list instanceof SequenceNode)) {
            return ConversionFunctions.failIfKnown(list, at, "flatten() of something not a list");
        }
        List<Node> flat = new ArrayList<>();
        return flattenInto(list, flat) ? Optional.of(new SequenceNode(at, flat)) : Optional.empty();
    }

    private static boolean flattenInto(Node node, List<Node> flat) {
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.items()) {
                if (!flattenInto(item, flat)) {
                    return false;
                }
            }
            return true;
        }
        if (!Values.isKnown(node)) {
            return false;
        }
        flat.add(node);
        return true;
    }

    /** Later maps win; null arguments are skipped. */
    private static Optional<Node> merge(List<Node> arguments, Location at) {
        Map<String, MappingNode.Entry> merged = new LinkedHashMap<>();
        for (Node argument : arguments) {
            if (Values.isNull(argument)) {
                continue;
            }
            if (!(argument instanceof MappingNode mapping)) {
                return ConversionFunctions.failIfKnown(argument, at, "merge() of something not a map");
            }
            mapping.entries().forEach(entry -> {
                merged.remove(entry.key());
                merged.put(entry.key(), entry);
            });
        }
        return Optional.of(new MappingNode(at, new ArrayList<>(merged.values())));
    }

    /** {@code element(list, index)} wraps around the end of the list. */
    private static Optional<Node> element(List<Node> arguments, Location at) {
        if (arguments.size() != 2) {
            return Optional.of(Values.failure(at, "element() takes a list and an index"));
        }
        Optional<BigDecimal> index = Values.number(arguments.get(1));
        if (!(arguments.get(0) instanceof SequenceNode sequence) || index.isEmpty()) {
            return Optional.empty();
        }
        int size = sequence.items().size();
        if (size == 0 || index.get().signum() < 0) {
            return Optional.of(Values.failure(at, "element() of an empty list or with a negative index"));
        }
        return Optional.of(sequence.items().get(index.get().intValue() % size));
    }

    private static Optional<Node> length(Node value, Location at) {
        if (value instanceof SequenceNode sequence) {
            return Optional.of(Values.number(at, BigDecimal.valueOf(sequence.items().size())));
        }
        if (value instanceof MappingNode mapping) {
            return Optional.of(Values.number(at, BigDecimal.valueOf(mapping.entries().size())));
        }
        if (value instanceof ScalarNode scalar && scalar.isString()) {
            String text = scalar.text();
            return Optional.of(Values.number(at, BigDecimal.valueOf(text.codePointCount(0, text.length()))));
        }
        return ConversionFunctions.failIfKnown(value, at, "length() of a value that has none");
    }

    private static Optional<Node> contains(List<Node> arguments, Location at) {
        if (arguments.size() != 2 || !Values.isWhollyKnown(arguments.get(1))) {
            return Optional.empty();
        }
        return knownItems(arguments.get(0)).map(items -> Values.bool(at,
                items.stream().anyMatch(item -> Values.same(item, arguments.get(1)))));
    }

    /** The keys of a map, in lexicographic order, as Terraform lists them. */
    private static Optional<Node> keys(Node map, Location at) {
        if (!(map instanceof MappingNode mapping)) {
            return ConversionFunctions.failIfKnown(map, at, "keys() of something not a map");
        }
        List<Node> keys = new ArrayList<>();
        sortedEntries(mapping).forEach(e -> keys.add(Values.string(e.keyLocation(), e.key())));
        return Optional.of(new SequenceNode(at, keys));
    }

    /** The values of a map, in the order of their keys. */
    private static Optional<Node> values(Node map, Location at) {
        if (!(map instanceof MappingNode mapping)) {
            return ConversionFunctions.failIfKnown(map, at, "values() of something not a map");
        }
        List<Node> values = new ArrayList<>();
        sortedEntries(mapping).forEach(e -> values.add(e.value()));
        return Optional.of(new SequenceNode(at, values));
    }

    private static List<MappingNode.Entry> sortedEntries(MappingNode mapping) {
        List<MappingNode.Entry> entries = new ArrayList<>(mapping.entries());
        entries.sort(Comparator.comparing(MappingNode.Entry::key));
        return entries;
    }

    private static Optional<Node> zipmap(List<Node> arguments, Location at) {
        if (arguments.size() != 2) {
            return Optional.of(Values.failure(at, "zipmap() takes a list of keys and a list of values"));
        }
        Optional<List<Node>> keys = knownItems(arguments.get(0));
        if (keys.isEmpty() || !(arguments.get(1) instanceof SequenceNode values)) {
            return Optional.empty();
        }
        if (keys.get().size() != values.items().size()) {
            return Optional.of(Values.failure(at, "zipmap() of lists of different lengths"));
        }
        Map<String, MappingNode.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < keys.get().size(); i++) {
            Optional<String> key = Values.string(keys.get().get(i));
            if (key.isEmpty()) {
                return Optional.of(Values.failure(at, "zipmap() with a null key"));
            }
            entries.remove(key.get());
            entries.put(key.get(), new MappingNode.Entry(key.get(), keys.get().get(i).location(), values.items().get(i)));
        }
        return Optional.of(new MappingNode(at, new ArrayList<>(entries.values())));
    }

    /** Drops empty strings and nulls. */
    private static Optional<Node> compact(Node list, Location at) {
        return knownItems(list).map(items -> {
            List<Node> kept = new ArrayList<>();
            for (Node item : items) {
                if (!Values.isNull(item) && !(item instanceof ScalarNode s && "".equals(s.value()))) {
                    kept.add(item);
                }
            }
            return new SequenceNode(at, kept);
        });
    }

    /** {@code slice(list, start, end)}: start inclusive, end exclusive; out of range is an error. */
    private static Optional<Node> slice(List<Node> arguments, Location at) {
        if (arguments.size() != 3) {
            return Optional.of(Values.failure(at, "slice() takes a list, a start and an end"));
        }
        Optional<BigDecimal> start = Values.number(arguments.get(1));
        Optional<BigDecimal> end = Values.number(arguments.get(2));
        if (!(arguments.get(0) instanceof SequenceNode sequence) || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        int from = start.get().intValue();
        int to = end.get().intValue();
        if (from < 0 || to > sequence.items().size() || from > to) {
            return Optional.of(Values.failure(at, "slice() out of the list's range"));
        }
        return Optional.of(new SequenceNode(at, sequence.items().subList(from, to)));
    }
}
