package dev.iaclint.kinds;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.ShippedYaml;
import dev.iaclint.parse.TagHandler;
import dev.iaclint.parse.YamlNodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The declarative table of canonical kinds, read from {@code kinds.yaml}. */
public final class KindTable {

    /** A class-path resource, which the build also archives (pom.xml, {@link ShippedYaml}). */
    private static final String RESOURCE = "dev/iaclint/kinds/kinds.yaml";

    /** What a policy's {@code kinds} may end with to name every kind that starts with the rest. */
    private static final String GROUP = ".*";

    private final Map<String, Kind> byId;
    private final Map<String, Kind> byNativeType = new HashMap<>();

    private KindTable(Map<String, Kind> byId) {
        this.byId = byId;
        for (Kind kind : byId.values()) {
            for (String type : kind.fieldPaths().keySet()) {
                Kind previous = byNativeType.put(type, kind);
                if (previous != null) {
                    throw new IllegalStateException(type + " is mapped to both " + previous.id() + " and " + kind.id());
                }
            }
        }
    }

    private static final class Holder {
        static final KindTable BUILT_IN = load();
    }

    /** The table shipped in the jar; read once, on first use. */
    public static KindTable builtIn() {
        return Holder.BUILT_IN;
    }

    private static KindTable load() {
        return new KindTable(parse(ShippedYaml.document(RESOURCE).orElseGet(KindTable::read)));
    }

    private static Node read() {
        try (InputStream in = KindTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return YamlNodeReader.read(RESOURCE, text, TagHandler.NONE)
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + " is empty"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Kind> parse(Node root) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (MappingNode.Entry kindEntry : mapping(root).entries()) {
            MappingNode body = mapping(kindEntry.value());
            Map<String, Map<String, String>> paths = new LinkedHashMap<>();
            Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
            Map<String, String> schemas = new LinkedHashMap<>();
            for (MappingNode.Entry schemaEntry : mapping(body.get("types").orElseThrow()).entries()) {
                for (MappingNode.Entry typeEntry : mapping(schemaEntry.value()).entries()) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    Map<String, Object> fixed = new LinkedHashMap<>();
                    for (MappingNode.Entry field : mapping(typeEntry.value()).entries()) {
                        if (field.value() instanceof MappingNode always) {
                            fixed.put(field.key(), always(always));
                        } else {
                            fields.put(field.key(), text(field.value()));
                        }
                    }
                    paths.put(typeEntry.key(), fields);
                    if (!fixed.isEmpty()) {
                        facts.put(typeEntry.key(), fixed);
                    }
                    schemas.put(typeEntry.key(), schemaEntry.key());
                }
            }
            List<String> keyActions = body.get("keyActions").map(KindTable::texts).orElse(List.of());
            kinds.put(kindEntry.key(), new Kind(kindEntry.key(), text(body.get("title").orElseThrow()),
                    text(body.get("family").orElseThrow()), paths, schemas, keyActions, facts));
        }
        return kinds;
    }

    /** The typed value of {@code {always: value}}. */
    private static Object always(MappingNode body) {
        Node value = body.get("always").orElseThrow(() -> new InputException(body.location(), "expected always: a value"));
        if (value instanceof ScalarNode scalar && scalar.value() != null) {
            return scalar.value();
        }
        throw new InputException(value.location(), "expected a value");
    }

    private static List<String> texts(Node node) {
        if (node instanceof SequenceNode list) {
            return list.items().stream().map(KindTable::text).toList();
        }
        throw new InputException(node.location(), "expected a list");
    }

    private static MappingNode mapping(Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new InputException(node.location(), "expected a mapping");
    }

    private static String text(Node node) {
        if (node instanceof ScalarNode scalar && scalar.text() != null) {
            return scalar.text();
        }
        throw new InputException(node.location(), "expected a value");
    }

    /**
     * A policy's kinds with groups expanded: {@code bedrock.*} is every kind whose id starts
     * with {@code bedrock.}, in table order, that has every field in {@code requiredFields}
     * (a tag policy names {@code tags}, so kinds that cannot be tagged are left out). Names that
     * are not groups are kept as written, and checked later.
     */
    public List<String> expand(List<String> kindsOrGroups, List<String> requiredFields) {
        List<String> expanded = new ArrayList<>();
        for (String name : kindsOrGroups) {
            if (name.endsWith(GROUP)) {
                String prefix = name.substring(0, name.length() - 1);
                byId.values().stream().filter(kind -> kind.id().startsWith(prefix))
                        .filter(kind -> kind.fields().containsAll(requiredFields))
                        .forEach(kind -> expanded.add(kind.id()));
            } else {
                expanded.add(name);
            }
        }
        return expanded;
    }

    /** The schema a native type belongs to ({@code cloudformation}, {@code terraform}), when the table knows the type. */
    public Optional<String> schemaOf(String nativeType) {
        return forNativeType(nativeType).map(kind -> kind.schemas().get(nativeType));
    }

    public Optional<Kind> forNativeType(String nativeType) {
        return Optional.ofNullable(byNativeType.get(nativeType));
    }

    public Optional<Kind> kind(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Kind> kinds() {
        return byId.values();
    }
}
