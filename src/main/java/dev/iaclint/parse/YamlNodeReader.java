package dev.iaclint.parse;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into located {@link Node}s through SnakeYAML's composer, so tags and positions
 * survive. Scalars keep their raw text; plain ones are typed by the YAML 1.2 core schema.
 * Duplicate keys are an error, and an alias is converted once and shared, so alias bombs cost
 * nothing.
 */
public final class YamlNodeReader {

    static final int MAX_NESTING = 500;
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private final String file;
    private final TagHandler tags;
    private final LineIndex lines;
    private final Map<org.yaml.snakeyaml.nodes.Node, Node> converted = new IdentityHashMap<>();

    private YamlNodeReader(String file, String text, TagHandler tags) {
        this.file = file;
        this.tags = tags;
        this.lines = LineIndex.of(text);
    }

    /** The first document of the text, or empty for a file with none. */
    public static Optional<Node> read(String file, String text, TagHandler tags) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        MarkingParser parser = new MarkingParser(new ParserImpl(new StreamReader(text), options));
        Composer composer = new Composer(parser, new Resolver(), options);
        YamlNodeReader reader = new YamlNodeReader(file, text, tags);
        try {
            if (!composer.checkNode()) {
                return Optional.empty();
            }
            org.yaml.snakeyaml.nodes.Node root = composer.getNode();
            return root == null ? Optional.empty() : Optional.of(reader.convert(root));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InputException(reader.point(mark), "invalid YAML: " + Messages.firstLine(problem), e);
        } catch (YAMLException e) {
            // SnakeYAML's limits (nesting, aliases) throw without a position: name the last event read.
            throw new InputException(reader.point(parser.lastMark()), "invalid YAML: " + Messages.firstLine(e.getMessage()), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML fails this way on some inputs (fuzzing found an IndexOutOfBoundsException in its
            // reader and an IllegalArgumentException for a tag): a clean error at the last position read.
            throw new InputException(reader.point(parser.lastMark()), "invalid YAML: " + Messages.firstLine(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private Node convert(org.yaml.snakeyaml.nodes.Node yaml) {
        Node done = converted.get(yaml);
        if (done != null) {
            return done;
        }
        Node node = switch (yaml.getNodeId()) {
            case scalar -> scalar((org.yaml.snakeyaml.nodes.ScalarNode) yaml);
            case sequence -> sequence((org.yaml.snakeyaml.nodes.SequenceNode) yaml);
            case mapping -> tags.mapping(mapping((org.yaml.snakeyaml.nodes.MappingNode) yaml));
            case anchor -> throw new InputException(span(yaml), "unsupported YAML anchor node");
        };
        String tag = yaml.getTag().getValue();
        if (isLocalTag(tag)) {
            node = tags.tagged(tag, node, span(yaml));
        }
        converted.put(yaml, node);
        return node;
    }

    private static boolean isLocalTag(String tag) {
        return tag.startsWith("!") && !tag.startsWith(Tag.PREFIX);
    }

    private ScalarNode scalar(org.yaml.snakeyaml.nodes.ScalarNode yaml) {
        String raw = yaml.getValue();
        boolean plainUntagged = yaml.isPlain() && !isLocalTag(yaml.getTag().getValue())
                && !Tag.STR.equals(yaml.getTag());
        Object value = plainUntagged ? ScalarTypes.typedValue(raw) : raw;
        return new ScalarNode(span(yaml), raw, value);
    }

    private SequenceNode sequence(org.yaml.snakeyaml.nodes.SequenceNode yaml) {
        List<Node> items = new ArrayList<>(yaml.getValue().size());
        for (org.yaml.snakeyaml.nodes.Node item : yaml.getValue()) {
            items.add(convert(item));
        }
        return new SequenceNode(span(yaml), items);
    }

    private MappingNode mapping(org.yaml.snakeyaml.nodes.MappingNode yaml) {
        List<MappingNode.Entry> entries = new ArrayList<>(yaml.getValue().size());
        Map<String, Location> seen = new HashMap<>();
        for (NodeTuple tuple : yaml.getValue()) {
            org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode keyScalar)) {
                throw new InputException(span(keyNode), "a mapping key must be a plain value, not a "
                        + keyNode.getNodeId() + "");
            }
            String key = keyScalar.getValue();
            Location keyLocation = span(keyNode);
            Location previous = seen.putIfAbsent(key, keyLocation);
            if (previous != null) {
                throw new InputException(keyLocation, "duplicate key '" + key + "' (first defined at line "
                        + previous.line() + ")");
            }
            entries.add(new MappingNode.Entry(key, keyLocation, convert(tuple.getValueNode())));
        }
        return new MappingNode(span(yaml), entries);
    }

    private Location span(org.yaml.snakeyaml.nodes.Node yaml) {
        Mark start = yaml.getStartMark();
        Mark end = yaml.getEndMark();
        int startLine = start.getLine() + 1;
        int endLine = end.getLine() + 1;
        return new Location(file, startLine, lines.utf16Column(startLine, start.getColumn() + 1),
                endLine, lines.utf16Column(endLine, end.getColumn() + 1));
    }

    private Location point(Mark mark) {
        if (mark == null) {
            return Location.file(file);
        }
        int line = mark.getLine() + 1;
        return Location.point(file, line, lines.utf16Column(line, mark.getColumn() + 1));
    }

    /** Remembers where the last event started, so an error without a position can still name one. */
    private static final class MarkingParser implements Parser {

        private final Parser parser;
        private Mark last;

        MarkingParser(Parser parser) {
            this.parser = parser;
        }

        Mark lastMark() {
            return last;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            if (event != null) {
                last = event.getStartMark();
            }
            return event;
        }
    }
}
