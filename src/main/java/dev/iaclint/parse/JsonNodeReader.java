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
 */
public final class JsonNodeReader {

    static final int MAX_NESTING = 500;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    private final String file;
    private final TagHandler handler;
    private final JsonParser parser;

    private JsonNodeReader(String file, TagHandler handler, JsonParser parser) {
        this.file = file;
        this.handler = handler;
        this.parser = parser;
    }

    public static Node read(String file, String text, TagHandler handler) {
        return read(file, new StringReader(text), handler);
    }

    public static Node read(String file, Reader reader, TagHandler handler) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonNodeReader json = new JsonNodeReader(file, handler, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(Location.file(file), "invalid JSON: the file is empty");
            }
            Node root = json.value(first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new InputException(json.start(), "invalid JSON: unexpected content after the top-level value");
            }
            return root;
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

    private Node value(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> handler.mapping(object());
            case START_ARRAY -> array();
            case VALUE_STRING -> scalar(parser.getText(), parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(parser.getText(), number(parser.getText()));
            case VALUE_TRUE -> scalar("true", Boolean.TRUE);
            case VALUE_FALSE -> scalar("false", Boolean.FALSE);
            case VALUE_NULL -> scalar("null", null);
            default -> throw new InputException(start(), "invalid JSON: unexpected " + token);
        };
    }

    private BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException outOfRange) {
            throw new InputException(start(), "invalid JSON: the number " + text + " is out of range");
        }
    }

    private ScalarNode scalar(String raw, Object value) {
        Location start = start();
        int width = parser.currentToken() == JsonToken.VALUE_STRING ? raw.length() + 2 : raw.length();
        return new ScalarNode(new Location(file, start.line(), start.column(), start.line(), start.column() + width),
                raw, value);
    }

    private MappingNode object() throws IOException {
        Location start = start();
        List<MappingNode.Entry> entries = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyStart = start();
            Location keyLocation = new Location(file, keyStart.line(), keyStart.column(), keyStart.line(),
                    keyStart.column() + key.length() + 2);
            entries.add(new MappingNode.Entry(key, keyLocation, value(parser.nextToken())));
        }
        expectEnd(token, JsonToken.END_OBJECT);
        return new MappingNode(spanTo(start), entries);
    }

    private SequenceNode array() throws IOException {
        Location start = start();
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(value(token));
        }
        expectEnd(token, JsonToken.END_ARRAY);
        return new SequenceNode(spanTo(start), items);
    }

    private void expectEnd(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new InputException(start(), "invalid JSON: the document ends early");
        }
    }

    private Location start() {
        JsonLocation at = parser.currentTokenLocation();
        return Location.point(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private Location spanTo(Location start) {
        JsonLocation end = parser.currentLocation();
        return new Location(file, start.line(), start.column(), end.getLineNr(), end.getColumnNr());
    }

}
