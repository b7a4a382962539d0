package dev.iaclint.policy;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Severity;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.TagHandler;
import dev.iaclint.parse.YamlNodeReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one policy file. Every mistake is an {@link InputException} that names the file, the
 * line and what is wrong: an unknown key, a missing one, a bad severity, an expression the
 * sandbox refuses.
 */
public final class PolicyLoader {

    private static final Set<String> KEYS = Set.of("id", "title", "severity", "kinds", "requires", "types", "formats",
            "when", "let", "assert", "unknown", "at", "message", "unknownMessage", "rationale", "remediation",
            "references", "compliance", "coverage");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private final PolicySandbox sandbox;
    private final KindTable kinds;
    private final boolean shipped;

    public PolicyLoader(PolicySandbox sandbox, KindTable kinds) {
        this(sandbox, kinds, false);
    }

    /** @param shipped the policies packaged with iac-lint: their expressions are compiled on first use */
    PolicyLoader(PolicySandbox sandbox, KindTable kinds, boolean shipped) {
        this.sandbox = sandbox;
        this.kinds = kinds;
        this.shipped = shipped;
    }

    public Policy load(String file, String text) {
        return load(YamlNodeReader.read(file, text, TagHandler.NONE)
                .orElseThrow(() -> new InputException(Location.file(file), "the policy file is empty")));
    }

    /** A policy file already read into nodes, whose locations name the file. */
    Policy load(Node root) {
        String file = root.location().file();
        if (!(root instanceof MappingNode policy)) {
            throw new InputException(root.location(), "a policy file must be a mapping of keys such as id, title, assert");
        }
        for (MappingNode.Entry entry : policy.entries()) {
            if (!KEYS.contains(entry.key())) {
                throw new InputException(entry.keyLocation(), "unknown key '" + entry.key() + "'; known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        String id = required(policy, "id");
        if (!ID.matcher(id).matches()) {
            throw new InputException(policy.entry("id").orElseThrow().value().location(),
                    "id '" + id + "' must start with a letter and hold only letters, digits, '-', '_' and '.'");
        }
        Severity severity = Severity.parse(required(policy, "severity")).orElseThrow(() -> new InputException(
                policy.get("severity").orElseThrow().location(), "severity must be one of critical, high, medium, low, info"));
        List<String> kinds = this.kinds.expand(list(policy, "kinds"), list(policy, "requires"));
        List<String> types = list(policy, "types");
        if (kinds.isEmpty() && types.isEmpty()) {
            throw new InputException(policy.location(), "a policy needs 'kinds' or 'types' to say what it checks");
        }
        Set<Format> formats = formats(policy);
        FieldNames fields = PolicyNameCheck.fieldsOf(kinds, types, this.kinds,
                policy.get("kinds").map(Node::location).orElse(policy.location()));
        Map<String, PolicyExpression> bindings = new LinkedHashMap<>();
        policy.get("let").ifPresent(let -> {
            if (!(let instanceof MappingNode named)) {
                throw new InputException(let.location(), "'let' must map names to expressions");
            }
            for (MappingNode.Entry entry : named.entries()) {
                bindings.put(entry.key(), expression(entry.value(), fields));
            }
        });
        Policy loaded = new Policy(id, required(policy, "title"), severity, kinds, types, formats,
                optionalExpression(policy, "when", fields), bindings,
                expression(policy.get("assert").orElseThrow(() -> missing(policy, "assert")), fields),
                optionalExpression(policy, "unknown", fields), at(policy, fields),
                message(policy.get("message").orElseThrow(() -> missing(policy, "message")), fields),
                policy.get("unknownMessage").map(m -> message(m, fields)),
                optionalText(policy, "rationale"), optionalText(policy, "remediation"),
                list(policy, "references"), list(policy, "compliance"), coverageFamily(policy).isPresent() || flag(policy, "coverage"),
                coverageFamily(policy), file);
        return loaded;
    }

    private PolicyExpression expression(Node node, FieldNames fields) {
        return compile(text(node), node.location(), fields);
    }

    private PolicyExpression compile(String source, Location location, FieldNames fields) {
        return shipped ? sandbox.compileOnFirstUse(source, location, fields) : sandbox.compile(source, location, fields);
    }

    private Optional<PolicyExpression> optionalExpression(MappingNode policy, String key, FieldNames fields) {
        return policy.get(key).map(node -> expression(node, fields));
    }

    /** {@code at}: an expression, or the quoted name of a canonical field, which must be one. */
    private Optional<PolicyExpression> at(MappingNode policy, FieldNames fields) {
        Optional<PolicyExpression> at = optionalExpression(policy, "at", fields);
        at.ifPresent(expression -> PolicyNameCheck.quotedField(expression.source())
                .ifPresent(name -> fields.check(name, expression.location())));
        return at;
    }

    /** Literal text with {@code ${expression}} placeholders; each placeholder is checked like any expression. */
    private MessageTemplate message(Node node, FieldNames fields) {
        String text = text(node);
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            if (open < 0) {
                parts.add(text.substring(i));
                break;
            }
            int close = closingBrace(text, open + 2);
            if (close < 0) {
                throw new InputException(node.location(), "message has '${' without its closing '}'");
            }
            if (open > i) {
                parts.add(text.substring(i, open));
            }
            parts.add(compile(text.substring(open + 2, close), node.location(), fields));
            i = close + 1;
        }
        return new MessageTemplate(parts);
    }

    private static int closingBrace(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static String required(MappingNode policy, String key) {
        return text(policy.get(key).orElseThrow(() -> missing(policy, key)));
    }

    private static String optionalText(MappingNode policy, String key) {
        return policy.get(key).map(PolicyLoader::text).orElse("");
    }

    private static Set<Format> formats(MappingNode policy) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String id : list(policy, "formats")) {
            formats.add(Arrays.stream(Format.values()).filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InputException(policy.get("formats").orElseThrow().location(),
                            "unknown format '" + id + "'; formats: " + String.join(", ",
                                    Arrays.stream(Format.values()).map(Format::id).toList()))));
        }
        return formats;
    }

    /** {@code coverage:} may name the family instead of {@code true}. */
    private static Optional<String> coverageFamily(MappingNode policy) {
        return policy.get("coverage").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(ScalarNode::isString).map(ScalarNode::text).filter(text -> !text.isBlank());
    }

    private static boolean flag(MappingNode policy, String key) {
        Optional<Node> node = policy.get(key);
        if (node.isEmpty()) {
            return false;
        }
        if (node.get() instanceof ScalarNode scalar && scalar.value() instanceof Boolean value) {
            return value;
        }

        throw new InputException(node.get().location(), "'" + key + "' must be true or false" + ("coverage".equals(key) ? ", or name a family" : ""));
    }

    private static InputException missing(MappingNode policy, String key) {
        return new InputException(policy.location(), "the policy has no '" + key + "'");
    }

    private static String text(Node node) {
        if (node instanceof ScalarNode scalar && scalar.text() != null && !scalar.text().isBlank()) {
            return scalar.text().strip();
        }
        throw new InputException(node.location(), "expected text here");
    }

    private static List<String> list(MappingNode policy, String key) {
        Optional<Node> node = policy.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode) {
            return List.of(text(node.get()));
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            throw new InputException(node.get().location(), "'" + key + "' must be a list");
        }
        return sequence.items().stream().map(PolicyLoader::text).toList();
    }
}
