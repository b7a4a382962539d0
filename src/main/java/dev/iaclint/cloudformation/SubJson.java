package dev.iaclint.cloudformation;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.TagHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON document written as an {@code Fn::Sub} string (a key policy, typically), read before its
 * substitutions are known: each substitution stands in the JSON as a marker, the text is parsed,
 * and each marker becomes the substituted value again. What does not depend on a substitution (a
 * literal {@code "Principal": "*"}) is read; the rest stays unknown. Every node points at the
 * {@code Fn::Sub}: positions inside the string mean nothing in the file.
 */
final class SubJson {

    private static final String MARKER = "@@iac-lint-sub-%d@@";
    private static final Pattern MARKERS = Pattern.compile("@@iac-lint-sub-(\\d+)@@");

    private SubJson() {
    }

    /**
     * @param parts literal text (string scalars) and substituted values, in order
     * @return the document, or empty when the text is not a JSON object once substituted
     */
    static Optional<Node> read(Location at, List<Node> parts) {
        StringBuilder text = new StringBuilder();
        List<Node> substituted = new ArrayList<>();
        for (Node part : parts) {
            if (part instanceof ScalarNode scalar && scalar.isString()) {
                text.append(scalar.text());
            } else {
                text.append(String.format(MARKER, substituted.size()));
                substituted.add(part);
            }
        }
        if (!text.toString().stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            Node parsed = JsonNodeReader.read(at.file(), text.toString(), TagHandler.NONE);
            return parsed instanceof MappingNode ? Optional.of(restore(parsed, at, substituted)) : Optional.empty();
        } catch (InputException notJson) {
            return Optional.empty();
        }
    }

    private static Node restore(Node node, Location at, List<Node> substituted) {
        if (node instanceof MappingNode mapping) {
            return new MappingNode(at, mapping.entries().stream()
                    .map(e -> new MappingNode.Entry(e.key(), at, restore(e.value(), at, substituted))).toList());
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(at, sequence.items().stream().map(item -> restore(item, at, substituted)).toList());
        }
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            return string(scalar.text(), at, substituted);
        }
        return node instanceof ScalarNode scalar ? new ScalarNode(at, scalar.raw(), scalar.value()) : node;
    }

    /** A string with markers: the one substituted value it consists of, or a template of its pieces. */
    private static Node string(String text, Location at, List<Node> substituted) {
        Matcher marker = MARKERS.matcher(text);
        List<Node> pieces = new ArrayList<>();
        int last = 0;
        while (marker.find()) {
            if (marker.start() > last) {
                pieces.add(ScalarNode.ofString(at, text.substring(last, marker.start())));
            }
            pieces.add(substituted.get(Integer.parseInt(marker.group(1))));
            last = marker.end();
        }
        if (pieces.isEmpty()) {
            return ScalarNode.ofString(at, text);
        }
        if (last < text.length()) {
            pieces.add(ScalarNode.ofString(at, text.substring(last)));
        }
        return pieces.size() == 1 ? pieces.get(0) : new ExpressionNode(at, ExpressionNode.TEMPLATE, pieces);
    }
}
