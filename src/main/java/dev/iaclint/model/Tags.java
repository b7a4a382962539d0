package dev.iaclint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A resource's tags, read the same way from every shape they are written in: a map (Terraform
 * {@code tags}, CloudFormation map-style {@code Tags}, {@code merge(...)} of known maps), or a
 * list of {@code Key}/{@code Value} pairs (CloudFormation, the awscc provider). Terraform's
 * provider {@code default_tags} and a plan's {@code tags_all} count; so do the known arguments of
 * a {@code merge(...)} whose other arguments are computed at deployment.
 *
 * @param values   tag keys as written, to their values (null where the value is not known)
 * @param complete false when some part of the tags is computed at deployment: a missing key
 *                 may then be there after all
 */
public record Tags(Map<String, String> values, boolean complete) {

    /**
     * @param tagsField the resource's canonical {@code tags} field, empty when not set
     */
    public static Tags of(Unit unit, Resource resource, Optional<Node> tagsField) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional<Node> applied = resource.deployment().appliedTags();
        if (applied.isPresent() && unit.resolve(applied.get()) instanceof MappingNode) {
            boolean complete = read(unit, applied.get(), values);
            return new Tags(values, complete);
        }
        boolean complete = true;
        Optional<Node> defaults = resource.deployment().defaultTags();
        if (defaults.isPresent()) {
            complete &= read(unit, defaults.get(), values);
        }
        if (tagsField.isPresent()) {
            complete &= read(unit, tagsField.get(), values);
        }
        return new Tags(values, complete);
    }

    /** Whether a tag with this key, compared without case and separators, has a non-empty value (or an unknown one). */
    public boolean has(String key) {
        String wanted = normal(key);
        return values.entrySet().stream().anyMatch(e -> normal(e.getKey()).equals(wanted)
                && (e.getValue() == null || !e.getValue().isBlank()));
    }

    /** The value of the tag with this key, compared without case and separators; empty when absent or unknown. */
    public Optional<String> value(String key) {
        String wanted = normal(key);
        return values.entrySet().stream().filter(e -> normal(e.getKey()).equals(wanted) && e.getValue() != null)
                .map(Map.Entry::getValue).findFirst();
    }

    /** {@code CostCenter}, {@code cost_center}, {@code cost-center} and {@code Cost Center} are one key. */
    static String normal(String key) {
        StringBuilder normal = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("-_ .:/".indexOf(c) < 0) {
                normal.append(Character.toLowerCase(c));
            }
        }
        return normal.toString();
    }

    /** Adds what the node holds; false when some of it is not known here. */
    private static boolean read(Unit unit, Node node, Map<String, String> into) {
        Node resolved = unit.resolve(node);
        if (resolved instanceof ScalarNode scalar && scalar.isNull()) {
            return true;
        }
        if (resolved instanceof MappingNode map) {
            for (MappingNode.Entry entry : map.entries()) {
                into.put(entry.key(), text(unit, entry.value()));
            }
            return true;
        }
        if (resolved instanceof ExpressionNode merge && merge.function().equals("merge()")) {
            // merge() with an argument known only at deployment: the known arguments still count.
            boolean complete = true;
            for (Node argument : merge.arguments()) {
                complete &= read(unit, argument, into);
            }
            return complete;
        }
        if (resolved instanceof SequenceNode list) {
            boolean complete = true;
            for (Node item : list.items()) {
                if (!(unit.resolve(item) instanceof MappingNode pair)) {
                    complete = false;
                    continue;
                }
                String key = pair(pair, "key").map(k -> text(unit, k)).orElse(null);
                if (key == null) {
                    complete = false;
                } else {
                    into.put(key, pair(pair, "value").map(v -> text(unit, v)).orElse(""));
                }
            }
            return complete;
        }
        return false;
    }

    private static Optional<Node> pair(MappingNode pair, String name) {
        for (String spelling : List.of(name, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))) {
            Optional<Node> value = pair.get(spelling);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** A null value drops the tag, as Terraform does: it reads as empty. Anything computed reads as null. */
    private static String text(Unit unit, Node node) {
        return unit.resolve(node) instanceof ScalarNode scalar ? (scalar.isNull() ? "" : scalar.text()) : null;
    }
}
