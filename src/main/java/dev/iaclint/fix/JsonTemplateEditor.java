package dev.iaclint.fix;

import dev.iaclint.model.MappingNode;
import dev.iaclint.parse.JsonQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a fix into a JSON template: new members after the one they follow, intrinsics as {@code Fn::} objects. */
final class JsonTemplateEditor extends TemplateEditor {

    private final String step;

    JsonTemplateEditor(FileText file) throws CannotFix {
        super(file, true);
        this.step = " ".repeat(file.indentStep());
    }

    @Override
    public boolean hasComments() {
        return false;
    }

    @Override
    protected String inline(Value value) throws CannotFix {
        return json(value, "");
    }

    @Override
    protected List<TextEdit> insertAfter(MappingNode mapping, MappingNode.Entry after, Map<String, Value> entries)
            throws CannotFix {
        String indent = file.indent(after.keyLocation().line());
        // An object written on one line stays on one line.
        boolean oneLine = mapping.location().line() == mapping.location().endLine();
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Value> e : entries.entrySet()) {
            text.append(oneLine ? ", " : "," + file.newline() + indent).append(JsonQuoting.quote(e.getKey()))
                    .append(": ").append(oneLine ? compact(e.getValue()) : json(e.getValue(), indent));
        }
        return List.of(TextEdit.insert(end(after.value().location()), text.toString()));
    }

    @Override
    protected List<TextEdit> addResource(MappingNode.Entry after, String name, Value.Mapping body, String note)
            throws CannotFix {
        String indent = file.indent(after.keyLocation().line());
        String text = "," + file.newline() + indent + JsonQuoting.quote(name) + ": " + json(body, indent);
        return List.of(TextEdit.insert(end(after.value().location()), text));
    }

    @Override
    public List<TextEdit> append(dev.iaclint.model.SequenceNode sequence, Value item) throws CannotFix {
        if (sequence.items().isEmpty()) {
            throw new CannotFix("the list at line " + sequence.location().line() + " is empty; add to it by hand");
        }
        dev.iaclint.model.Node last = sequence.items().get(sequence.items().size() - 1);
        String indent = file.indent(sequence.items().get(0).location().line());
        // Items written one a line are followed by one written the same way.
        boolean oneLine = last.location().line() == last.location().endLine();
        return List.of(TextEdit.insert(end(last.location()), "," + file.newline() + indent
                + (oneLine ? compact(item) : json(item, indent))));
    }

    /** The value on one line: {@code {"Key": "a", "Value": "b"}}. */
    private String compact(Value value) throws CannotFix {
        if (value instanceof Value.Mapping mapping) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, Value> e : mapping.entries().entrySet()) {
                entries.add(JsonQuoting.quote(e.getKey()) + ": " + compact(e.getValue()));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof Value.Sequence sequence) {
            List<String> items = new ArrayList<>();
            for (Value item : sequence.items()) {
                items.add(compact(item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return json(value, "");
    }

    private String json(Value value, String indent) throws CannotFix {
        String nl = file.newline();
        if (value instanceof Value.Text text) {
            return JsonQuoting.quote(text.value());
        }
        if (value instanceof Value.KeyArn key) {
            return "{\"Fn::GetAtt\": [" + JsonQuoting.quote(key.keyName()) + ", \"Arn\"]}";
        }
        if (value instanceof Value.Ref ref) {
            return ref.attribute() == null ? "{\"Ref\": " + JsonQuoting.quote(ref.target()) + "}"
                    : "{\"Fn::GetAtt\": [" + JsonQuoting.quote(ref.target()) + ", " + JsonQuoting.quote(ref.attribute()) + "]}";
        }
        if (value instanceof Value.Pseudo pseudo) {
            return pseudo.equals(Value.Pseudo.ACCOUNT) ? "{\"Ref\": \"AWS::AccountId\"}"
                    : "{\"Fn::Sub\": " + JsonQuoting.quote(Intrinsic.sub(pseudo)) + "}";
        }
        if (value instanceof Value.Source source) {
            return source.text();
        }
        if (value instanceof Value.Document document) {
            return json(document.content(), indent);
        }
        if (value instanceof Value.Mapping mapping) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, Value> e : mapping.entries().entrySet()) {
                entries.add(indent + step + JsonQuoting.quote(e.getKey()) + ": " + json(e.getValue(), indent + step));
            }
            return entries.isEmpty() ? "{}" : "{" + nl + String.join("," + nl, entries) + nl + indent + "}";
        }
        if (value instanceof Value.Sequence sequence) {
            List<String> items = new ArrayList<>();
            for (Value item : sequence.items()) {
                items.add(indent + step + json(item, indent + step));
            }
            return items.isEmpty() ? "[]" : "[" + nl + String.join("," + nl, items) + nl + indent + "]";
        }
        return Value.literal(value);
    }
}
