package dev.iaclint.fix;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonQuoting;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import dev.iaclint.terraform.syntax.HclParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a fix into a Terraform file at the spans of our HCL parser: a value replaced where it
 * is written, a missing argument or nested block added before its block's closing brace, a new
 * key after the block it protects. The data sources a new key's policy names (account,
 * partition) are added at the end of the file when the module has none.
 */
final class HclEditor implements SourceEditor {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final String STEP = "  ";

    private final FileText file;
    private final Body body;
    /** The text of every .tf file of the module, this one included, to see which names and data sources exist. */
    private final String module;
    /** Names given to new keys in this run, which the text does not show yet. */
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    HclEditor(FileText file, String moduleText) throws CannotFix {
        this.file = file;
        this.module = moduleText;
        try {
            this.body = HclParser.parse(file.display(), file.text());
        } catch (InputException e) {
            throw new CannotFix(file.display() + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    public boolean hasComments() {
        return true;
    }

    @Override
    public List<TextEdit> set(Anchor anchor, String path, Value value) throws CannotFix {
        Body.Block current = block(anchor);
        boolean objects = anchor.labels().get(0).startsWith("awscc_");
        String[] steps = path.split("\\.");
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            Optional<Body.Attribute> attribute = current.body().attributes().stream()
                    .filter(a -> a.name().equals(step)).findFirst();
            if (attribute.isPresent()) {
                if (!last) {
                    throw new CannotFix(anchor.display() + "." + step + " is an expression ("
                            + file.excerpt(attribute.get().value().span()) + "), not a block to add to");
                }
                Expr written = attribute.get().value();
                if (!(written instanceof Expr.Literal || written instanceof Expr.Template)) {
                    // A reference or a computation is fixed where its value comes from, by a person.
                    throw new CannotFix(anchor.display() + "." + step + " is computed (" + file.excerpt(written.span())
                            + "); set it where that is defined");
                }
                edits.add(new TextEdit(start(attribute.get().value().span()), end(attribute.get().value().span()),
                        inline(value, file.indent(attribute.get().span().line()))));
                return withDataSources(edits, value);
            }
            List<Body.Block> nested = current.body().blocks(step);
            if (!nested.isEmpty() && !last) {
                current = nested.get(0);
                continue;
            }
            Value missing = value;
            for (int j = steps.length - 1; j > i; j--) {
                missing = new Value.Mapping(Map.of(steps[j], missing));
            }
            boolean asBlock = !last && !(objects && !step.equals("lifecycle"));
            edits.add(asBlock ? insertInto(current, blockText(step, missing))
                    : insertAttribute(current, attributeText(step, missing)));
            return withDataSources(edits, value);
        }
        throw new IllegalStateException("empty path");
    }

    /** Adds items to an object constructor ({@code tags = {...}}): on lines of their own, or after a comma on one line. */
    @Override
    public List<TextEdit> addTo(dev.iaclint.model.MappingNode mapping, Map<String, Value> entries) throws CannotFix {
        if (mapping.entries().isEmpty()) {
            throw new CannotFix("the object at line " + mapping.location().line() + " is empty; add to it by hand");
        }
        dev.iaclint.model.MappingNode.Entry last = mapping.entries().get(mapping.entries().size() - 1);
        Location lastValue = last.value().location();
        boolean ownLines = mapping.location().endLine() > lastValue.endLine();
        StringBuilder text = new StringBuilder();
        String indent = file.indent(last.keyLocation().line());
        for (Map.Entry<String, Value> e : entries.entrySet()) {
            String item = key(e.getKey()) + " = " + inline(e.getValue(), indent);
            text.append(ownLines ? indent + item + file.newline() : ", " + item);
        }
        return List.of(TextEdit.insert(ownLines ? file.nextLineStart(lastValue.endLine()) : end(lastValue), text.toString()));
    }

    @Override
    public List<TextEdit> append(dev.iaclint.model.SequenceNode sequence, Value item) throws CannotFix {
        throw new CannotFix("a Terraform key policy is an expression; iac-lint fix adds statements to key policies "
                + "written in CloudFormation templates");
    }

    @Override
    public List<TextEdit> protectFromDeletion(Anchor anchor) throws CannotFix {
        return set(anchor, "lifecycle.prevent_destroy", new Value.Bool(true));
    }

    @Override
    public List<TextEdit> addKey(Anchor nextTo, NewKey key) throws CannotFix {
        Body.Block after = block(nextTo);
        String nl = file.newline();
        StringBuilder text = new StringBuilder(nl).append(nl);
        key.note().lines().forEach(line -> text.append("# ").append(line).append(nl));
        text.append("resource \"aws_kms_key\" \"").append(key.name()).append("\" {").append(nl);
        text.append(STEP).append("description             = ").append(inline(Value.text(key.description()), STEP)).append(nl);
        text.append(STEP).append("enable_key_rotation     = true").append(nl);
        text.append(STEP).append("deletion_window_in_days = 30").append(nl);
        text.append(nl).append(STEP).append("policy = ").append(inline(new Value.Document(key.policy()), STEP)).append(nl);
        if (!key.tags().isEmpty()) {
            Map<String, Value> tags = new LinkedHashMap<>();
            key.tags().forEach((k, v) -> tags.put(k, Value.text(v)));
            text.append(nl).append(STEP).append("tags = ").append(inline(new Value.Mapping(tags), STEP)).append(nl);
        }
        text.append(nl).append(STEP).append("lifecycle {").append(nl)
                .append(STEP).append(STEP).append("prevent_destroy = true").append(nl)
                .append(STEP).append('}').append(nl).append('}');
        List<TextEdit> edits = new ArrayList<>();
        edits.add(TextEdit.insert(end(after.span()), text.toString()));
        return withDataSources(edits, key.policy());
    }

    @Override
    public Anchor keyAnchor(String name) {
        return new Anchor("resource", List.of("aws_kms_key", name));
    }

    @Override
    public String freeName(String wanted) {
        String name = wanted;
        for (int n = 2; declares("resource", "aws_kms_key", name) || taken.contains(name); n++) {
            name = wanted + "_" + n;
        }
        taken.add(name);
        return name;
    }

    @Override
    public List<TextEdit> comment(Anchor anchor, String text) throws CannotFix {
        Body.Block block = block(anchor);
        String indent = file.indent(block.span().line());
        StringBuilder lines = new StringBuilder();
        text.lines().forEach(line -> lines.append(indent).append("# ").append(line).append(file.newline()));
        return List.of(TextEdit.insert(file.lineStart(block.span().line()), lines.toString()));
    }

    @Override
    public boolean declares(Anchor anchor) {
        return body.blocks(anchor.blockType()).stream().anyMatch(b -> b.labels().equals(anchor.labels()));
    }

    // ---- blocks and text ----------------------------------------------------------------------

    private Body.Block block(Anchor anchor) throws CannotFix {
        return body.blocks(anchor.blockType()).stream().filter(b -> b.labels().equals(anchor.labels())).findFirst()
                .orElseThrow(() -> new CannotFix(anchor.display() + " is not declared in " + file.display()));
    }

    /** Lines added before the block's closing brace, at the indentation of what it holds. */
    private TextEdit insertInto(Body.Block block, String lines) {
        int brace = end(block.span()) - 1;
        int braceLine = file.lineOf(brace);
        String blockIndent = file.indent(block.span().line());
        String indent = block.body().items().isEmpty() ? blockIndent + STEP
                : file.indent(itemSpan(block.body().items().get(0)).line());
        String nl = file.newline();
        StringBuilder text = new StringBuilder();
        lines.lines().forEach(line -> text.append(indent).append(line).append(nl));
        boolean braceAlone = file.text().substring(file.lineStart(braceLine), brace).isBlank()
                && braceLine != block.span().line();
        if (braceAlone) {
            return TextEdit.insert(file.lineStart(braceLine), text.toString());
        }
        // A block written on one line ({}): open it up.
        return new TextEdit(brace, brace, nl + text + blockIndent);
    }

    /** An argument goes after the block's last argument, before its nested blocks, as Terraform style has it. */
    private TextEdit insertAttribute(Body.Block block, String lines) {
        List<Body.Attribute> attributes = block.body().attributes();
        if (attributes.isEmpty() || block.body().blocks().isEmpty()) {
            return insertInto(block, lines);
        }
        Body.Attribute last = attributes.get(attributes.size() - 1);
        String indent = file.indent(last.span().line());
        StringBuilder text = new StringBuilder();
        lines.lines().forEach(line -> text.append(indent).append(line).append(file.newline()));
        return TextEdit.insert(file.nextLineStart(last.span().endLine()), text.toString());
    }

    private static Location itemSpan(Body.Item item) {
        return item instanceof Body.Attribute a ? a.span() : ((Body.Block) item).span();
    }

    private String attributeText(String name, Value value) throws CannotFix {
        return name + " = " + inline(value, "");
    }

    private String blockText(String name, Value value) throws CannotFix {
        StringBuilder text = new StringBuilder(name).append(" {\n");
        for (Map.Entry<String, Value> e : ((Value.Mapping) value).entries().entrySet()) {
            String inner = e.getValue() instanceof Value.Mapping ? blockText(e.getKey(), e.getValue())
                    : attributeText(e.getKey(), e.getValue());
            inner.lines().forEach(line -> text.append(STEP).append(line).append('\n'));
        }
        return text.append('}').toString();
    }

    private String inline(Value value, String indent) throws CannotFix {
        String nl = file.newline();
        if (value instanceof Value.Text text) {
            return quote(text.value());
        }
        if (value instanceof Value.KeyArn key) {
            return "aws_kms_key." + key.keyName() + ".arn";
        }
        if (value instanceof Value.Pseudo pseudo) {
            return pseudo.equals(Value.Pseudo.ACCOUNT) ? "data.aws_caller_identity.current.account_id"
                    : quote(pseudo.template()).replace("{partition}", "${data.aws_partition.current.partition}")
                            .replace("{account}", "${data.aws_caller_identity.current.account_id}")
                            .replace("{region}", "${data.aws_region.current.name}");
        }
        if (value instanceof Value.Source source) {
            return source.text();
        }
        if (value instanceof Value.Ref ref) {
            throw new CannotFix("a CloudFormation reference (" + ref.target() + ") has no Terraform form");
        }
        if (value instanceof Value.Document document) {
            return "jsonencode(" + inline(document.content(), indent) + ")";
        }
        if (value instanceof Value.Mapping mapping) {
            StringBuilder text = new StringBuilder("{").append(nl);
            // Keys aligned on their equals signs, as terraform fmt writes them.
            int width = mapping.entries().keySet().stream().mapToInt(k -> key(k).length()).max().orElse(0);
            for (Map.Entry<String, Value> e : mapping.entries().entrySet()) {
                String key = key(e.getKey());
                text.append(indent).append(STEP).append(key).append(" ".repeat(width - key.length())).append(" = ")
                        .append(inline(e.getValue(), indent + STEP)).append(nl);
            }
            return text.append(indent).append('}').toString();
        }
        if (value instanceof Value.Sequence sequence) {
            List<String> items = new ArrayList<>();
            boolean flat = true;
            for (Value item : sequence.items()) {
                flat &= !(item instanceof Value.Mapping || item instanceof Value.Sequence);
                items.add(inline(item, indent + STEP));
            }
            return flat ? "[" + String.join(", ", items) + "]"
                    : "[" + nl + indent + STEP + String.join("," + nl + indent + STEP, items) + "," + nl + indent + "]";
        }
        return Value.literal(value);
    }

    private static String key(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : quote(name);
    }

    /**
     * An HCL string: JSON's escapes are HCL's too; {@code ${} and {@code %{} are doubled so they
     * stay literal text, not interpolation.
     */
    private static String quote(String text) {
        return JsonQuoting.quote(text).replace("${", "$${").replace("%{", "%%{");
    }

    /** The data sources a value's account, Region or partition need, added at the end of the file when the module lacks them. */
    private List<TextEdit> withDataSources(List<TextEdit> edits, Value value) {
        String nl = file.newline();
        for (String[] data : List.of(new String[] {"{account}", "aws_caller_identity"},
                new String[] {"{partition}", "aws_partition"}, new String[] {"{region}", "aws_region"})) {
            if (value.mentions(data[0]) && !declares("data", data[1], "current")) {
                // One edit per data source: two fixes that both need one add the same edit, applied once.
                edits.add(TextEdit.insert(file.text().length(), (file.endsWithNewline() ? "" : nl) + nl + "data \""
                        + data[1] + "\" \"current\" {}" + nl));
            }
        }
        return edits;
    }

    private boolean declares(String blockType, String type, String name) {
        return Pattern.compile("(?m)^\\s*" + blockType + "\\s+\"" + Pattern.quote(type) + "\"\\s+\"" + Pattern.quote(name)
                + "\"").matcher(module).find();
    }

    private int start(Location location) {
        return file.offset(location.line(), location.column());
    }

    private int end(Location location) {
        return file.offset(location.endLine(), location.endColumn());
    }
}
