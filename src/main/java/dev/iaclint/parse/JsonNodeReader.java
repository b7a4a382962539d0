package dev.iaclint.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON into located {@link Node}s with Jackson's streaming parser. It reads characters
 * (never bytes), so Jackson's columns are UTF-16 units as SARIF wants. Duplicate keys are an error.
 *
 * <p>{@link #read} builds the whole document. {@link #stream} hands the reader to a caller that
 * walks the document itself ({@link #nextField}, {@link #nextItem}), builds nodes only for what it
 * keeps ({@link #value}) and skips the rest ({@link #skip}): a large file need not exist as a tree.
 * The parser checks what is skipped all the same, so both report the same errors at the same places.
 */
public final class JsonNodeReader {

    static final int MAX_NESTING = 500;


    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    /** How a caller of {@link #stream} walks the document's one top-level value, from its first token. */
    @FunctionalInterface
    public interface Walk<T> {

        /** @param json on the value's first token; on its last when this returns */
        T walk(JsonNodeReader json) throws IOException;
    }

    private final String file;
    private final TagHandler handler;
    private final JsonParser parser;
    /**
     * {@link #nextField} stopped on a field's name and the value is not read yet: so that where
     * the name is written is worked out only when asked ({@link #keyLocation}), which for the
     * fields a caller passes over it never is.
     */
    private boolean onName;
    private String name;
    /** Strings {@link #value} read, to give equal ones one object; null unless {@link #shareStrings}. */
    private SharedValues<String> strings;

    private JsonNodeReader(String file, TagHandler handler, JsonParser parser) {
        this.file = file;
        this.handler = handler;
        this.parser = parser;
    }

    public static Node read(String file, String text, TagHandler handler) {
        return read(file, new StringReader(text), handler);
    }

    public static Node read(String file, Reader reader, TagHandler handler) {
        return stream(file, reader, handler, JsonNodeReader::value);
    }

    /** Streams the text to {@code walk}, which keeps what it reads of it; plain JSON, no tags. */
    public static <T> T stream(String file, String text, Walk<T> walk) {
        return stream(file, new StringReader(text), TagHandler.NONE, walk);
    }

    private static <T> T stream(String file, Reader reader, TagHandler handler, Walk<T> walk) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonNodeReader json = new JsonNodeReader(file, handler, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(Location.file(file), "invalid JSON: the file is empty");
            }
            T read = walk.walk(json);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new InputException(json.tokenStart(), "invalid JSON: unexpected content after the top-level value");
            }
            return read;
        } catch (StreamConstraintsException e) {
            throw new InputException(Location.file(file), "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? Location.file(file)
                    : Location.point(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new InputException(location, "invalid JSON: " + Messages.firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(Location.file(file), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * From now on, {@link #value} gives equal short strings one object: a large document (a plan)
     * repeats the same few values (a region, a tag, a model id) thousands of times.
     */
    public void shareStrings() {
        strings = new SharedValues<>(64, 16_384, text -> text);
    }

    /** The file, as locations name it. */
    public String file() {
        return file;
    }

    /** The token the reader is on. */
    public JsonToken token() throws IOException {
        toValue();
        return parser.currentToken();
    }

    /**
     * Moves to the next field of the object the reader is in: returns its name, the reader then on
     * its value; null at the end of the object. A value the caller did not read is passed over.
     */
    public String nextField() throws IOException {
        if (onName) {
            toValue();
            parser.skipChildren();
        }
        JsonToken token = parser.nextToken();
        if (token != JsonToken.FIELD_NAME) {
            expectEnd(token, JsonToken.END_OBJECT);
            return null;
        }
        onName = true;
        name = parser.currentName();
        return name;
    }

    /** Where the name {@link #nextField} returned last is written, quotes included; asked before its value is read. */
    public Location keyLocation() {
        if (!onName) {
            throw new IllegalStateException("the field's value is read already");
        }
        return tokenSpan(name.length() + 2);
    }

    /** Reads the value's first token, when {@link #nextField} stopped on its name. */
    private void toValue() throws IOException {
        if (onName) {
            onName = false;
            parser.nextToken();
        }
    }

    /** Moves to the next item of the array the reader is in; false at the end of the array. */
    public boolean nextItem() throws IOException {
        toValue();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            expectEnd(token, JsonToken.END_ARRAY);
            return false;
        }
        return true;
    }

    /** The value the reader is on, read whole; the reader is left on its last token. */
    public Node value() throws IOException {
        JsonToken token = token();
        return switch (token) {
            case START_OBJECT -> handler.mapping(object());
            case START_ARRAY -> array();
            case VALUE_STRING -> {
                String text = shared(parser.getText());
                yield scalar(text, text);
            }
            default -> scalar(parser.getText(), scalarValue());
        };
    }

    private String shared(String text) {
        return strings == null ? text : strings.of(text);
    }

    /** Passes over the value the reader is on; the parser still checks it. */
    public void skip() throws IOException {
        toValue();
        parser.skipChildren();
    }

    /** The text of the scalar the reader is on: a string's content, a number as written, true, false, null. */
    public String text() throws IOException {
        toValue();
        return parser.getText();
    }

    /** The typed value of the scalar the reader is on, as {@link ScalarNode#value()} holds it. */
    public Object scalarValue() throws IOException {
        return switch (token()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new InputException(tokenStart(), "invalid JSON: unexpected " + parser.currentToken());
        };
    }

    private BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException outOfRange) {
            throw new InputException(tokenStart(), "invalid JSON: the number " + text + " is out of range");
        }
    }

    private ScalarNode scalar(String raw, Object value) {
        return new ScalarNode(tokenSpan(parser.currentToken() == JsonToken.VALUE_STRING ? raw.length() + 2 : raw.length()),
                raw, value);
    }

    private MappingNode object() throws IOException {
        Location start = start();
        List<MappingNode.Entry> entries = new ArrayList<>();
        String key;
        while ((key = nextField()) != null) {
            Location keyLocation = keyLocation();
            entries.add(new MappingNode.Entry(key, keyLocation, value()));
        }
        return new MappingNode(spanTo(start), entries);
    }

    private SequenceNode array() throws IOException {
        Location start = start();
        List<Node> items = new ArrayList<>();
        while (nextItem()) {
            items.add(value());
        }
        return new SequenceNode(spanTo(start), items);
    }

    private void expectEnd(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new InputException(tokenStart(), "invalid JSON: the document ends early");
        }
    }

    /** Where the token the reader is on starts. */
    public Location start() throws IOException {
        toValue();
        return tokenStart();
    }

    private Location tokenStart() {
        return tokenSpan(0);
    }

    /** From where the token the reader is on starts, {@code width} columns along its line. */
    private Location tokenSpan(int width) {
        JsonLocation at = parser.currentTokenLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        return new Location(file, line, column, line, column + width);
    }

    /** From {@code start} to the end of the token the reader is on. */
    public Location spanTo(Location start) {
        JsonLocation end = parser.currentLocation();
        return new Location(file, start.line(), start.column(), end.getLineNr(), end.getColumnNr());
    }

}
