package dev.iaclint.fix;

import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits a CloudFormation template at the places its own loader located: what YAML and JSON
 * templates share (finding a resource, walking to a property, deciding what to replace or add);
 * the syntax of the added text is the subclass's.
 */
abstract class TemplateEditor implements SourceEditor {

    protected final FileText file;
    private final MappingNode resources;
    /** Names given to new resources in this run, which the text does not show yet. */
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    protected TemplateEditor(FileText file, boolean json) throws CannotFix {
        this.file = file;
        Optional<Node> root;
        try {
            root = TemplateLoader.parse(file.display(), file.text(), json);
        } catch (InputException e) {
            throw new CannotFix(file.display() + " cannot be read: " + e.getMessage());
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode template)
                || !(template.get("Resources").orElse(null) instanceof MappingNode found)) {
            throw new CannotFix(file.display() + " has no Resources section written as a mapping");
        }
        this.resources = found;
    }

    static TemplateEditor of(FileText file) throws CannotFix {
        return file.display().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? new JsonTemplateEditor(file) : new YamlTemplateEditor(file);
    }

    // ---- what the formats write differently -------------------------------------------------

    /** The value as written inline in this syntax. */
    protected abstract String inline(Value value) throws CannotFix;

    /** Adds entries to a mapping right after one of its entries. */
    protected abstract List<TextEdit> insertAfter(MappingNode mapping, MappingNode.Entry after, Map<String, Value> entries)
            throws CannotFix;

    /** Adds a resource to the Resources section right after another. */
    protected abstract List<TextEdit> addResource(MappingNode.Entry after, String name, Value.Mapping body, String note)
            throws CannotFix;

    // ---- what they share ------------------------------------------------------------------

    @Override
    public List<TextEdit> set(Anchor anchor, String path, Value value) throws CannotFix {
        List<String> steps = new ArrayList<>();
        steps.add("Properties");
        steps.addAll(List.of(path.split("\\.")));
        return set(body(anchor), steps, value, anchor.name());
    }

    private List<TextEdit> set(MappingNode mapping, List<String> steps, Value value, String where) throws CannotFix {
        MappingNode current = mapping;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            Optional<MappingNode.Entry> entry = current.entry(step);
            if (entry.isEmpty()) {
                Value nested = value;
                for (int j = steps.size() - 1; j > i; j--) {
                    nested = new Value.Mapping(Map.of(steps.get(j), nested));
                }
                return insertAfter(current, last(current), Map.of(step, nested));
            }
            Node found = entry.get().value();
            if (i == steps.size() - 1) {
                if (found instanceof MappingNode || found instanceof SequenceNode) {
                    throw new CannotFix(where + "." + String.join(".", steps) + " is written as a "
                            + (found instanceof MappingNode ? "mapping" : "list") + ", not a value to replace");
                }
                return List.of(replace(found.location(), inline(value)));
            }
            if (!(found instanceof MappingNode next)) {
                throw new CannotFix(where + "." + String.join(".", steps.subList(0, i + 1))
                        + " is computed (" + file.excerpt(found.location()) + "), not written as a mapping");
            }
            current = next;
        }
        throw new IllegalStateException("empty path");
    }

    @Override
    public List<TextEdit> addTo(MappingNode mapping, Map<String, Value> entries) throws CannotFix {
        return insertAfter(mapping, last(mapping), entries);
    }

    @Override
    public List<TextEdit> protectFromDeletion(Anchor anchor) throws CannotFix {
        MappingNode body = body(anchor);
        List<TextEdit> edits = new ArrayList<>();
        Map<String, Value> missing = new LinkedHashMap<>();
        for (String policy : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
            Optional<MappingNode.Entry> entry = body.entry(policy);
            if (entry.isEmpty()) {
                missing.put(policy, Value.text("Retain"));
            } else if (entry.get().value() instanceof dev.iaclint.model.ScalarNode scalar) {
                if (!"Retain".equals(scalar.text())) {
                    edits.add(replace(scalar.location(), inline(Value.text("Retain"))));
                }
            } else {
                throw new CannotFix(anchor.name() + "'s " + policy + " is computed (" + file.excerpt(entry.get().value().location())
                        + "); set it to Retain by hand");
            }
        }
        if (!missing.isEmpty()) {
            MappingNode.Entry after = body.entry("Type").orElse(last(body));
            edits.addAll(insertAfter(body, after, missing));
        }
        return edits;
    }

    @Override
    public List<TextEdit> addKey(Anchor nextTo, NewKey key) throws CannotFix {
        Map<String, Value> properties = new LinkedHashMap<>();
        properties.put("Description", Value.text(key.description()));
        properties.put("EnableKeyRotation", new Value.Bool(true));
        properties.put("PendingWindowInDays", new Value.Number(30));
        properties.put("KeyPolicy", new Value.Document(key.policy()));
        if (!key.tags().isEmpty()) {
            List<Value> tags = new ArrayList<>();
            key.tags().forEach((k, v) -> {
                Map<String, Value> tag = new LinkedHashMap<>();
                tag.put("Key", Value.text(k));
                tag.put("Value", Value.text(v));
                tags.add(new Value.Mapping(tag));
            });
            properties.put("Tags", new Value.Sequence(tags));
        }
        Map<String, Value> body = new LinkedHashMap<>();
        body.put("Type", Value.text("AWS::KMS::Key"));
        body.put("DeletionPolicy", Value.text("Retain"));
        body.put("UpdateReplacePolicy", Value.text("Retain"));
        body.put("Properties", new Value.Mapping(properties));
        return addResource(entry(nextTo), key.name(), new Value.Mapping(body), key.note());
    }

    @Override
    public Anchor keyAnchor(String name) {
        return new Anchor("resource", List.of(name));
    }

    @Override
    public String freeName(String wanted) {
        String name = wanted;
        for (int n = 2; resources.entry(name).isPresent() || taken.contains(name); n++) {
            name = wanted + n;
        }
        taken.add(name);
        return name;
    }

    @Override
    public List<TextEdit> comment(Anchor anchor, String text) throws CannotFix {
        if (!hasComments()) {
            return List.of();
        }
        Location at = entry(anchor).keyLocation();
        String indent = file.indent(at.line());
        StringBuilder lines = new StringBuilder();
        text.lines().forEach(line -> lines.append(indent).append("# ").append(line).append(file.newline()));
        return List.of(TextEdit.insert(file.lineStart(at.line()), lines.toString()));
    }

    @Override
    public boolean declares(Anchor anchor) {
        return resources.entry(anchor.name()).isPresent();
    }

    protected String textOf(Location location) {
        return file.text().substring(start(location), end(location));
    }

    protected MappingNode body(Anchor anchor) throws CannotFix {
        if (!(entry(anchor).value() instanceof MappingNode body)) {
            throw new CannotFix(anchor.name() + " is not written as a mapping");
        }
        return body;
    }

    protected MappingNode.Entry entry(Anchor anchor) throws CannotFix {
        return resources.entry(anchor.name())
                .orElseThrow(() -> new CannotFix(anchor.name() + " is not a resource written in " + file.display()
                        + " (it comes from a transform or Fn::ForEach)"));
    }

    protected static MappingNode.Entry last(MappingNode mapping) throws CannotFix {
        if (mapping.entries().isEmpty()) {
            throw new CannotFix("an empty mapping at line " + mapping.location().line() + " has no place to add to");
        }
        return mapping.entries().get(mapping.entries().size() - 1);
    }

    protected TextEdit replace(Location location, String text) {
        return new TextEdit(start(location), end(location), text);
    }

    protected int start(Location location) {
        return file.offset(location.line(), location.column());
    }

    protected int end(Location location) {
        return file.offset(location.endLine(), location.endColumn());
    }
}
