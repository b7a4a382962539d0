package dev.iaclint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YamlNodeReaderTest {

    private static MappingNode read(String yaml) {
        return (MappingNode) YamlNodeReader.read("t.yaml", yaml, TagHandler.NONE).orElseThrow();
    }

    private static ScalarNode scalar(MappingNode mapping, String key) {
        return (ScalarNode) mapping.get(key).orElseThrow();
    }

    @Test
    void yaml11WordsAndOctalLookingNumbersKeepTheirText() {
        MappingNode m = read("a: on\nb: yes\nc: 0755\nd: 2024-01-01\ne: 'true'\nf: true\ng: ~\nh: 1.5e3\n");
        assertEquals("on", scalar(m, "a").value());
        assertEquals("yes", scalar(m, "b").value());
        assertEquals("0755", scalar(m, "c").raw());
        assertEquals("2024-01-01", scalar(m, "d").value());
        assertEquals("true", scalar(m, "e").value(), "a quoted scalar is a string");
        assertEquals(Boolean.TRUE, scalar(m, "f").value());
        assertNull(scalar(m, "g").value());
        assertEquals(new BigDecimal("1.5e3"), scalar(m, "h").value());
    }

    @Test
    void keysAndValuesCarryLinesAndColumns() {
        MappingNode m = read("top:\n  key: value\n");
        MappingNode inner = (MappingNode) m.get("top").orElseThrow();
        MappingNode.Entry entry = inner.entry("key").orElseThrow();
        assertEquals(new Location("t.yaml", 2, 3, 2, 6), entry.keyLocation());
        assertEquals(new Location("t.yaml", 2, 8, 2, 13), entry.value().location());
    }

    @Test
    void columnsCountUtf16UnitsAfterCharactersBeyondTheBasicPlane() {
        MappingNode m = read("a: \"\uD83D\uDE00\" \nb: [\"\uD83D\uDE00\", x]\n");
        SequenceNode list = (SequenceNode) m.get("b").orElseThrow();
        // The emoji is one code point but two UTF-16 units: x stands at UTF-16 column 11 (code point 10).
        assertEquals(11, list.items().get(1).location().column());
    }

    @Test
    void duplicateKeysAreAnErrorThatNamesBothLines() {
        InputException e = assertThrows(InputException.class, () -> read("a: 1\nb: 2\na: 3\n"));
        assertEquals(3, e.location().line());
        assertTrue(e.getMessage().contains("duplicate key 'a'") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read("a: [1, 2\nb: 3\n"));
        assertTrue(e.getMessage().startsWith("invalid YAML"), e.getMessage());
        assertTrue(e.location().line() >= 2, "points past the unclosed list: " + e.location());
    }

    @Test
    void anAliasIsConvertedOnceAndShared() {
        MappingNode m = read("base: &b {x: 1}\none: *b\ntwo: *b\n");
        assertSame(m.get("one").orElseThrow(), m.get("two").orElseThrow());
    }

    @Test
    void localTagsGoToTheHandler() {
        TagHandler handler = new TagHandler() {
            @Override
            public Node tagged(String tag, Node value, Location location) {
                return ScalarNode.ofString(location, tag + "=" + ((ScalarNode) value).raw());
            }

            @Override
            public Node mapping(MappingNode mapping) {
                return mapping;
            }
        };
        MappingNode m = (MappingNode) YamlNodeReader.read("t.yaml", "a: !Ref x\n", handler).orElseThrow();
        assertEquals("!Ref=x", ((ScalarNode) m.get("a").orElseThrow()).value());
        InputException e = assertThrows(InputException.class, () -> read("a: !Ref x\n"));
        assertTrue(e.getMessage().contains("!Ref"));
    }

    @Test
    void anEmptyDocumentHasNoRoot() {
        assertTrue(YamlNodeReader.read("t.yaml", "", TagHandler.NONE).isEmpty());
        assertTrue(YamlNodeReader.read("t.yaml", "# only a comment\n", TagHandler.NONE).isEmpty());
    }

    @Test
    void nonScalarKeysAreRefused() {
        InputException e = assertThrows(InputException.class, () -> read("? [a, b]\n: 1\n"));
        assertInstanceOf(InputException.class, e);
        assertEquals(1, e.location().line());
    }

    @Test
    void theNonSpecificTagMakesText() {
        MappingNode m = read("a: ! 5\nb: ! [1]\n");
        assertEquals("5", scalar(m, "a").value());
        assertInstanceOf(SequenceNode.class, m.get("b").orElseThrow());
    }

    @Test
    void anAliasInsideTheNodeItNamesIsAnError() {
        InputException e = assertThrows(InputException.class, () -> read("a: &x [1, *x]\n"));
        assertEquals(1, e.location().line());
        assertTrue(e.getMessage().contains("undefined alias *x"), e.getMessage());
    }

    @Test
    void whatFollowsTheRootNodeIsStillChecked() {
        InputException e = assertThrows(InputException.class, () -> read("a: 1\n- b\n"));
        assertEquals(2, e.location().line());
        assertTrue(e.getMessage().startsWith("invalid YAML"), e.getMessage());
    }

    @Test
    void aliasesThatExpandPastAMillionValuesAreAnErrorAtTheAliasThatDoesIt() {
        StringBuilder yaml = new StringBuilder("b0: &b0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            yaml.append("b").append(i).append(": &b").append(i).append(" [*b").append(i - 1).append(", *b")
                    .append(i - 1).append("]\n");
        }
        InputException e = assertThrows(InputException.class, () -> read(yaml.toString()));
        assertEquals(18, e.location().line(), "b17: the first level past a million values");
        assertTrue(e.getMessage().contains("more than 1000000 values"), e.getMessage());
        assertEquals(8, read(yaml.substring(0, yaml.indexOf("b8:"))).entries().size(), "a few levels are fine");
    }

    @Test
    void moreThanFiftyAliasesOfCollectionsAreAnErrorAsInSnakeYaml() {
        String yaml = "a: &a [1]\nb: [" + "*a, ".repeat(50) + "*a]\n";
        InputException e = assertThrows(InputException.class, () -> read(yaml));
        assertEquals(2, e.location().line());
        assertTrue(e.getMessage().contains("Number of aliases for non-scalar nodes exceeds the specified max=50"),
                e.getMessage());
        assertEquals(50, ((SequenceNode) read("a: &a [1]\nb: [" + "*a, ".repeat(49) + "*a]\n").get("b").orElseThrow())
                .items().size());
    }
}
