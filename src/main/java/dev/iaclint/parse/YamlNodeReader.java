package dev.iaclint.parse;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into located {@link Node}s straight from SnakeYAML's event stream, so tags and
 * positions survive. Scalars keep their raw text; plain ones are typed by the YAML 1.2 core
 * schema. Duplicate keys are an error, and an alias is the node its anchor names, shared, so
 * alias bombs cost nothing.
 * <p>
 * Events, not SnakeYAML's composer: the composer builds a tree of its own nodes and resolves
 * every plain scalar's implicit tag by regular expressions, only for this reader to convert the
 * tree again and type the scalar itself; that doubled work was a third of reading a template.
 * The composer's limits are kept here: nesting depth, and aliases of collections.
 */
public final class YamlNodeReader {

    static final int MAX_NESTING = 500;
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    /** SnakeYAML's default limit on aliases of collections, kept as its composer applies it. */
    static final int MAX_COLLECTION_ALIASES = 50;
    /**
     * Values the document may hold once its aliases are expanded: more than any real template,
     * and few enough to expand in milliseconds, for a policy that reads a resource whole.
     */
    static final long MAX_EXPANDED_VALUES = 1_000_000;

    private final String file;
    private final TagHandler tags;
    private final LineIndex lines;
    private final Parser events;
    private final Map<String, Node> anchors = new HashMap<>();
    /** How many values each anchored node holds, its aliases expanded. */
    private final Map<String, Long> anchorSizes = new HashMap<>();
    /** How many values the document holds so far, its aliases expanded. */
    private long expanded;
    private int depth;
    private int collectionAliases;
    private Mark last;

    private YamlNodeReader(String file, String text, TagHandler tags, Parser events) {
        this.file = file;
        this.tags = tags;
        this.lines = LineIndex.of(text);
        this.events = events;
    }

    /** The first document of the text, or empty for a file with none. */
    public static Optional<Node> read(String file, String text, TagHandler tags) {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        YamlNodeReader reader = new YamlNodeReader(file, text, tags, new ParserImpl(new StreamReader(text), options));
        try {
            return reader.firstDocument();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InputException(reader.point(mark), "invalid YAML: " + Messages.firstLine(problem), e);
        } catch (YAMLException e) {
            // SnakeYAML's limits (the code points read) throw without a position: name the last event read.
            throw new InputException(reader.point(reader.last), "invalid YAML: " + Messages.firstLine(e.getMessage()), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML fails this way on some inputs (fuzzing found an IndexOutOfBoundsException in its
            // reader and an IllegalArgumentException for a tag): a clean error at the last position read.
            throw new InputException(reader.point(reader.last), "invalid YAML: " + Messages.firstLine(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private Optional<Node> firstDocument() {
        next(); // the stream's start
        if (events.checkEvent(Event.ID.StreamEnd)) {
            return Optional.empty();
        }
        next(); // the document's start
        Node root = node(next());
        next(); // the document's end: what follows the root node in the document is checked here
        return Optional.of(root);
    }

    private Event next() {
        Event event = events.getEvent();
        last = event.getStartMark();
        return event;
    }

    private Node node(Event event) {
        if (event instanceof AliasEvent alias) {
            return alias(alias);
        }
        long before = expanded++;
        Node node;
        String tag;
        if (event instanceof ScalarEvent scalar) {
            tag = scalar.getTag();
            node = scalar(scalar);
        } else if (event instanceof SequenceStartEvent start) {
            tag = start.getTag();
            node = sequence(start);
        } else if (event instanceof MappingStartEvent start) {
            tag = start.getTag();
            node = tags.mapping(mapping(start));
        } else {
            throw new InputException(point(event.getStartMark()), "invalid YAML: unexpected " + event.getEventId());
        }
        // A lone "!" is YAML's non-specific tag: a node of the default kind, never handed to the format.
        if (tag != null && isLocalTag(tag) && !tag.equals("!")) {
            node = tags.tagged(tag, node, node.location());
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, node);
            anchorSizes.put(anchor, expanded - before);
        }
        return node;
    }

    /**
     * The node an anchor named. An anchor is known once its node is complete, so an alias inside
     * the node it names (a node that contains itself) is an undefined alias, as it is to JSON.
     */
    private Node alias(AliasEvent alias) {
        Node node = anchors.get(alias.getAnchor());
        if (node == null) {
            throw new InputException(point(alias.getStartMark()), "invalid YAML: found undefined alias *"
                    + alias.getAnchor() + " (an alias must follow its anchor's node, and not be inside it)");
        }
        if (!(node instanceof ScalarNode) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
            throw new InputException(point(alias.getStartMark()), "invalid YAML: Number of aliases for non-scalar"
                    + " nodes exceeds the specified max=" + MAX_COLLECTION_ALIASES);
        }
        // Shared, the alias costs nothing here; but whoever reads the document whole expands it.
        expanded += anchorSizes.get(alias.getAnchor());
        if (expanded > MAX_EXPANDED_VALUES) {
            throw new InputException(point(alias.getStartMark()), "invalid YAML: its aliases expand the document"
                    + " to more than " + MAX_EXPANDED_VALUES + " values (aliases nested in aliases?)");
        }
        return node;
    }

    private void enter(Event start) {
        if (++depth > MAX_NESTING) {
            throw new InputException(point(start.getStartMark()), "invalid YAML: Nesting Depth exceeded max "
                    + MAX_NESTING);
        }
    }

    private static boolean isLocalTag(String tag) {
        return tag.startsWith("!") && !tag.startsWith(Tag.PREFIX);
    }

    /**
     * A plain scalar without a tag of its own is typed by the core schema; a quoted one, or one
     * tagged {@code !!str} or {@code !}, is text.
     */
    private ScalarNode scalar(ScalarEvent yaml) {
        String raw = yaml.getValue();
        String tag = yaml.getTag();
        boolean plainUntagged = yaml.isPlain() && (tag == null || !isLocalTag(tag) && !Tag.STR.getValue().equals(tag));
        Object value = plainUntagged ? ScalarTypes.typedValue(raw) : raw;
        return new ScalarNode(span(yaml.getStartMark(), yaml.getEndMark()), raw, value);
    }

    private SequenceNode sequence(SequenceStartEvent start) {
        enter(start);
        List<Node> items = new ArrayList<>();
        Event event;
        while (!((event = next()) instanceof SequenceEndEvent)) {
            items.add(node(event));
        }
        depth--;
        return new SequenceNode(span(start.getStartMark(), event.getEndMark()), items);
    }

    private MappingNode mapping(MappingStartEvent start) {
        enter(start);
        List<MappingNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        Event event;
        while (!((event = next()) instanceof MappingEndEvent)) {
            Node keyNode = node(event);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new InputException(keyNode.location(), "a mapping key must be a plain value, not a "
                        + (keyNode instanceof SequenceNode ? "sequence" : keyNode instanceof MappingNode ? "mapping"
                        : "tagged value"));
            }
            String key = keyScalar.raw();
            Location keyLocation = keyNode.location();
            Location previous = seen.putIfAbsent(key, keyLocation);
            if (previous != null) {
                throw new InputException(keyLocation, "duplicate key '" + key + "' (first defined at line "
                        + previous.line() + ")");
            }
            entries.add(new MappingNode.Entry(key, keyLocation, node(next())));
        }
        depth--;
        return new MappingNode(span(start.getStartMark(), event.getEndMark()), entries);
    }

    private Location span(Mark start, Mark end) {
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

}
