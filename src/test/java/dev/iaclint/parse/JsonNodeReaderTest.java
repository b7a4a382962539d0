package dev.iaclint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonNodeReaderTest {

    private static MappingNode read(String json) {
        return (MappingNode) JsonNodeReader.read("t.json", json, TagHandler.NONE);
    }

    @Test
    void valuesAreTypedAndLocated() {
        MappingNode m = read("{\n  \"s\": \"x\",\n  \"n\": 12.5,\n  \"b\": false,\n  \"z\": null,\n  \"l\": [1]\n}");
        MappingNode.Entry s = m.entry("s").orElseThrow();
        assertEquals(new Location("t.json", 2, 3, 2, 6), s.keyLocation());
        assertEquals(new Location("t.json", 2, 8, 2, 11), s.value().location());
        assertEquals(new BigDecimal("12.5"), ((ScalarNode) m.get("n").orElseThrow()).value());
        assertEquals(Boolean.FALSE, ((ScalarNode) m.get("b").orElseThrow()).value());
        assertTrue(((ScalarNode) m.get("z").orElseThrow()).isNull());
        assertEquals(1, ((SequenceNode) m.get("l").orElseThrow()).items().size());
    }

    @Test
    void columnsCountUtf16Units() {
        MappingNode m = read("{\"a\": \"\uD83D\uDE00\", \"b\": 1}");
        // The emoji takes two UTF-16 units, so "b" opens at column 13 (code point 12).
        assertEquals(13, m.entry("b").orElseThrow().keyLocation().column());
    }

    @Test
    void duplicateKeysAreAnError() {
        InputException e = assertThrows(InputException.class, () -> read("{\n\"a\": 1,\n\"a\": 2}"));
        assertEquals(3, e.location().line());
        assertTrue(e.getMessage().contains("Duplicate field 'a'"), e.getMessage());
    }

    @Test
    void truncatedJsonNamesWhereItEnds() {
        InputException e = assertThrows(InputException.class, () -> read("{\n  \"a\": [1, 2"));
        assertTrue(e.getMessage().startsWith("invalid JSON"), e.getMessage());
        assertEquals(2, e.location().line());
    }

    @Test
    void emptyAndTrailingContentAreErrors() {
        assertThrows(InputException.class, () -> JsonNodeReader.read("t.json", "", TagHandler.NONE));
        assertThrows(InputException.class, () -> JsonNodeReader.read("t.json", "{} {}", TagHandler.NONE));
    }

    @Test
    void nestingBeyondTheLimitIsAnErrorNotACrash() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        InputException e = assertThrows(InputException.class, () -> JsonNodeReader.read("t.json", deep, TagHandler.NONE));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    /** A caller that streams keeps what it reads, with the places read() gives, and passes over the rest. */
    @Test
    void streamingReadsWhatItKeepsWithTheSamePlacesAndSkipsTheRest() {
        String text = "{\"skip\": {\"a\": [1, {\"b\": null}]},\n \"keep\": {\"s\": \"x\"}, \"list\": [true, \"y\"]}";
        MappingNode whole = read(text);
        List<String> seen = new ArrayList<>();
        Node kept = JsonNodeReader.stream("t.json", text, json -> {
            Node keep = null;
            String field;
            while ((field = json.nextField()) != null) {
                seen.add(field + "@" + json.keyLocation());
                if (field.equals("keep")) {
                    keep = json.value();
                } else if (field.equals("list")) {
                    while (json.nextItem()) {
                        seen.add(json.token() + " " + json.text());
                    }
                } else {
                    json.skip();
                }
            }
            return keep;
        });
        assertEquals(whole.get("keep").orElseThrow(), kept);
        assertEquals(List.of("skip@" + whole.entry("skip").orElseThrow().keyLocation(),
                "keep@" + whole.entry("keep").orElseThrow().keyLocation(),
                "list@" + whole.entry("list").orElseThrow().keyLocation(), "VALUE_TRUE true", "VALUE_STRING y"), seen);
    }

    @Test
    void whatAStreamPassesOverIsCheckedAsReadChecksIt() {
        for (String broken : List.of("{\"skip\": [1, 2}", "{\"skip\": {\"a\": 1, \"a\": 2}}", "{\"skip\": \"\\q\"}",
                "{\"skip\": [", "{\"skip\": 1} 2")) {
            InputException expected = assertThrows(InputException.class, () -> read(broken));
            InputException e = assertThrows(InputException.class, () -> JsonNodeReader.stream("t.json", broken, json -> {
                while (json.nextField() != null) {
                    json.skip();
                }
                return null;
            }));
            assertEquals(expected.getMessage(), e.getMessage(), broken);
            assertEquals(expected.location(), e.location(), broken);
        }
    }
}
