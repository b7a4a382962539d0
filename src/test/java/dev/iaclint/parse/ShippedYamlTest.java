package dev.iaclint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import dev.iaclint.model.UnknownNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The archive the build makes of the shipped YAML reads back into the nodes that parsing the
 * sources gives today, so the jar loads the same kinds and policies as a class directory does.
 */
class ShippedYamlTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theBuildsArchiveHoldsTheKindsAndEveryPolicyAsTheirSourcesReadNow() throws IOException {
        Map<String, Node> expected = new LinkedHashMap<>();
        expected.put("dev/iaclint/kinds/kinds.yaml", parse("dev/iaclint/kinds/kinds.yaml",
                Path.of("src/main/resources/dev/iaclint/kinds/kinds.yaml")));
        for (String policy : ShippedYaml.yamlFiles(Path.of("."), "policies")) {
            expected.put(policy, parse(policy, Path.of(policy)));
        }
        assertTrue(expected.size() > 20, expected.keySet().toString());

        Map<String, Node> archived;
        try (InputStream in = Files.newInputStream(CLASSES.resolve(ShippedYaml.ARCHIVE))) {
            archived = NodeArchive.read(new DataInputStream(in));
        }
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(archived.keySet()));
        assertEquals(expected, archived, "mvn process-classes remakes the archive");
    }

    @Test
    void everyKindOfScalarReadsBackEqual() throws IOException {
        String yaml = """
                plain: text
                quoted: "true"
                single: '0755'
                yes: true
                no: False
                none: ~
                empty:
                number: 1.50
                exponent: 1e3
                huge: 1e999999999999
                folded: >
                  two
                  lines
                list: [a, {b: 1}, [c]]
                """;
        Map<String, Node> documents = Map.of("f.yaml", parse("f.yaml", yaml));
        assertEquals(documents, roundTrip(documents));
    }

    @Test
    void onlyPlainYamlIsArchived() {
        Map<String, Node> documents = Map.of("f.yaml", new UnknownNode(Location.file("f.yaml"), "why"));
        assertThrows(IllegalArgumentException.class, () -> roundTrip(documents));
    }

    private static Map<String, Node> roundTrip(Map<String, Node> documents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NodeArchive.write(documents, new DataOutputStream(bytes));
        return NodeArchive.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static Node parse(String name, Path file) throws IOException {
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Node parse(String name, String text) {
        return YamlNodeReader.read(name, text, TagHandler.NONE).orElseThrow();
    }
}
