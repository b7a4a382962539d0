package dev.iaclint.parse;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON document written as a string template (a key policy in a Terraform heredoc or an
 * {@code Fn::Sub}), read before its interpolations are known: each interpolated value stands in
 * the JSON as a marker, the text is parsed, and each marker becomes the value again. What does
 * not depend on an interpolation (a literal {@code "Principal": "*"}) is read; the rest stays
 * unknown, down to the part of a string it is ({@code arn:aws:iam::${var.account}:root} is a
 * template of three parts). A literal text is the template of one part.
 *
 * <p>Where the template's literal text lies line for line in the file (a heredoc, a YAML literal
 * block, see {@link SourceLines}), each node points at its own line; elsewhere (a quoted string
 * with {@code \n} escapes) every node points at the template.
 */
public final class JsonTemplate {

    private static final String MARKER = "@@iac-lint-value-%d@@";
    private static final Pattern MARKERS = Pattern.compile("@@iac-lint-value-(\\d{1,9})@@");

    private final Location at;
    private final List<Node> values = new ArrayList<>();
    /** For each line of the text, the file line it is written on; 0 where it is not known. */
    private int[] fileLines = new int[16];
    private int lines = 1;

    private JsonTemplate(Location at) {
        this.at = at;
    }

    /**
     * @param at    where the template is written
     * @param parts literal text (string scalars) and interpolated values, in order
     * @return the document, each interpolated value in its place
     * @throws InputException when the text, markers in place of the values, is not JSON; it points
     *                        at the line of the error where that is known, else at the template
     */
    public static Node parse(Location at, List<Node> parts) {
        JsonTemplate template = new JsonTemplate(at);
        String text = template.text(parts);
        Node parsed;
        try {
            parsed = JsonNodeReader.read(at.file(), text, TagHandler.NONE);
        } catch (InputException e) {
            throw new InputException(template.relocate(e.location()), e.getMessage(), e);
        }
        return template.restore(parsed);
    }

    private String text(List<Node> parts) {
        StringBuilder text = new StringBuilder();
        fileLines[0] = 0;
        boolean lineStart = true;
        for (Node part : parts) {
            if (part instanceof ScalarNode scalar && scalar.isString()) {
                int fileLine = SourceLines.firstLine(scalar.location(), scalar.text());
                String literal = scalar.text();
                for (int i = 0; i < literal.length(); i++) {
                    if (lineStart) {
                        fileLines[lines - 1] = fileLine;
                        lineStart = false;
                    }
                    if (literal.charAt(i) == '\n') {
                        newLine();
                        lineStart = true;
                        fileLine = fileLine > 0 ? fileLine + 1 : 0;
                    }
                }
                text.append(literal);
            } else {
                lineStart = false;
                text.append(String.format(MARKER, values.size()));
                values.add(part);
            }
        }
        return text.toString();
    }

    private void newLine() {
        if (lines == fileLines.length) {
            fileLines = Arrays.copyOf(fileLines, lines * 2);
        }
        fileLines[lines++] = 0;
    }

    /** A location in the text, as a location in the file: its line when known, else the template. */
    private Location relocate(Location inText) {
        int line = inText.line() - 1;
        int fileLine = line >= 0 && line < lines ? fileLines[line] : 0;
        return fileLine == 0 ? at : Location.point(at.file(), fileLine, inText.column());
    }

    private Node restore(Node node) {
        Location where = relocate(node.location());
        if (node instanceof MappingNode mapping) {
            return new MappingNode(where, mapping.entries().stream()
                    .map(e -> new MappingNode.Entry(e.key(), relocate(e.keyLocation()), restore(e.value()))).toList());
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(where, sequence.items().stream().map(this::restore).toList());
        }
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            return string(scalar.text(), where);
        }
        return node instanceof ScalarNode scalar ? new ScalarNode(where, scalar.raw(), scalar.value()) : node;
    }

    /** A string with markers: the one value it consists of, or a template of its pieces. */
    private Node string(String text, Location where) {
        Matcher marker = MARKERS.matcher(text);
        List<Node> pieces = new ArrayList<>();
        int last = 0;
        while (marker.find()) {
            int value = Integer.parseInt(marker.group(1));
            if (value >= values.size()) {
                continue; // the text itself spells a marker: it stays text
            }
            if (marker.start() > last) {
                pieces.add(ScalarNode.ofString(where, text.substring(last, marker.start())));
            }
            pieces.add(values.get(value));
            last = marker.end();
        }
        if (pieces.isEmpty()) {
            return ScalarNode.ofString(where, text);
        }
        if (last < text.length()) {
            pieces.add(ScalarNode.ofString(where, text.substring(last)));
        }
        return pieces.size() == 1 ? pieces.get(0) : new ExpressionNode(where, ExpressionNode.TEMPLATE, pieces);
    }
}
