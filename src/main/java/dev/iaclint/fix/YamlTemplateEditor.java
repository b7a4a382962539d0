package dev.iaclint.fix;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.JsonQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a fix into a YAML template: new entries as block lines at the mapping's indentation, tags for intrinsics. */
final class YamlTemplateEditor extends TemplateEditor {

    /** Plain scalars that YAML 1.1 or 1.2 would read as something other than this string. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./:*@()'-]*( [A-Za-z0-9_./:*@()'-]+)*");

    private final String step;

    YamlTemplateEditor(FileText file) throws CannotFix {
        super(file, false);
        this.step = " ".repeat(file.indentStep());
    }

    @Override
    public boolean hasComments() {
        return true;
    }

    @Override
    protected String inline(Value value) throws CannotFix {
        if (value instanceof Value.Text text) {
            return scalar(text.value());
        }
        if (value instanceof Value.KeyArn key) {
            return "!GetAtt " + key.keyName() + ".Arn";
        }
        if (value instanceof Value.Ref ref) {
            return ref.attribute() == null ? "!Ref " + ref.target() : "!GetAtt " + ref.target() + "." + ref.attribute();
        }
        if (value instanceof Value.Pseudo pseudo) {
            return pseudo.equals(Value.Pseudo.ACCOUNT) ? "!Ref AWS::AccountId"
                    : "!Sub " + JsonQuoting.quote(Intrinsic.sub(pseudo));
        }
        if (value instanceof Value.Source source) {
            if (source.text().contains("\n")) {
                throw new CannotFix("the expression " + source.text().lines().findFirst().orElse("")
                        + "... spans several lines and cannot be copied");
            }
            return source.text();
        }
        if (value instanceof Value.Document document) {
            return inline(document.content());
        }
        if (value instanceof Value.Mapping mapping) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, Value> e : mapping.entries().entrySet()) {
                entries.add(scalar(e.getKey()) + ": " + inline(e.getValue()));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof Value.Sequence sequence) {
            List<String> items = new ArrayList<>();
            for (Value item : sequence.items()) {
                items.add(inline(item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return Value.literal(value);
    }

    @Override
    protected List<TextEdit> insertAfter(MappingNode mapping, MappingNode.Entry after, Map<String, Value> entries)
            throws CannotFix {
        if (isFlow(mapping)) {
            // {a: 1} stays on its line: the entries follow the one they come after.
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, Value> e : entries.entrySet()) {
                text.append(", ").append(scalar(e.getKey())).append(": ").append(inline(e.getValue()));
            }
            return List.of(TextEdit.insert(end(after.value().location()), text.toString()));
        }
        String indent = " ".repeat(after.keyLocation().column() - 1);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Value> e : entries.entrySet()) {
            block(e.getKey(), e.getValue(), indent, text);
        }
        return List.of(insertAfterLine(lastLine(after.value()), text.toString()));
    }

    @Override
    protected List<TextEdit> addResource(MappingNode.Entry after, String name, Value.Mapping body, String note)
            throws CannotFix {
        String indent = " ".repeat(after.keyLocation().column() - 1);
        StringBuilder text = new StringBuilder(file.newline());
        note.lines().forEach(line -> text.append(indent).append("# ").append(line).append(file.newline()));
        block(name, body, indent, text);
        return List.of(insertAfterLine(lastLine(after.value()), text.toString()));
    }

    @Override
    public List<TextEdit> append(SequenceNode sequence, Value item) throws CannotFix {
        if (startsWith(sequence.location(), '[') || sequence.items().isEmpty()) {
            throw new CannotFix("the list at line " + sequence.location().line()
                    + " is written in flow style ([...]); add to it by hand");
        }
        StringBuilder text = new StringBuilder();
        item(item, " ".repeat(sequence.location().column() - 1), text);
        return List.of(insertAfterLine(lastLine(sequence), text.toString()));
    }

    private TextEdit insertAfterLine(int line, String text) {
        boolean lastWithoutBreak = line >= file.lineCount() - 1 && !file.endsWithNewline()
                && file.nextLineStart(line) == file.text().length();
        return TextEdit.insert(file.nextLineStart(line), lastWithoutBreak ? file.newline() + text : text);
    }

    private void block(String key, Value value, String indent, StringBuilder out) throws CannotFix {
        String nl = file.newline();
        if (value instanceof Value.Document document) {
            block(key, document.content(), indent, out);
        } else if (value instanceof Value.Mapping mapping) {
            out.append(indent).append(scalar(key)).append(':').append(nl);
            for (Map.Entry<String, Value> e : mapping.entries().entrySet()) {
                block(e.getKey(), e.getValue(), indent + step, out);
            }
        } else if (value instanceof Value.Sequence sequence) {
            out.append(indent).append(scalar(key)).append(':').append(nl);
            for (Value item : sequence.items()) {
                item(item, indent + step, out);
            }
        } else {
            out.append(indent).append(scalar(key)).append(": ").append(inline(value)).append(nl);
        }
    }

    private void item(Value item, String indent, StringBuilder out) throws CannotFix {
        if (item instanceof Value.Mapping mapping && !mapping.entries().isEmpty()) {
            StringBuilder entries = new StringBuilder();
            for (Map.Entry<String, Value> e : mapping.entries().entrySet()) {
                block(e.getKey(), e.getValue(), indent + "  ", entries);
            }
            out.append(indent).append("- ").append(entries.substring(indent.length() + 2));
        } else {
            out.append(indent).append("- ").append(inline(item)).append(file.newline());
        }
    }

    private static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT));
        return plain ? text : JsonQuoting.quote(text);
    }

    /** The last line a value's text is on: a block ends where its last nested value does. */
    private int lastLine(Node node) {
        if (node instanceof MappingNode mapping && !isFlow(mapping) && !mapping.entries().isEmpty()) {
            MappingNode.Entry last = mapping.entries().get(mapping.entries().size() - 1);
            return lastLine(last.value());
        }
        if (node instanceof SequenceNode sequence && !startsWith(sequence.location(), '[') && !sequence.items().isEmpty()) {
            return lastLine(sequence.items().get(sequence.items().size() - 1));
        }
        Location at = node.location();
        // SnakeYAML ends a block scalar at the start of the line after it.
        return at.endColumn() == 1 && at.endLine() > at.line() ? at.endLine() - 1 : at.endLine();
    }

    private boolean isFlow(MappingNode mapping) {
        return startsWith(mapping.location(), '{');
    }

    private boolean startsWith(Location location, char c) {
        int at = start(location);
        return at < file.text().length() && file.text().charAt(at) == c;
    }
}
