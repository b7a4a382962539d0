package dev.iaclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML files others load from this repository (GitHub loads action.yml, pre-commit its hooks)
 * parse as YAML, with the keys their loaders need: a broken one fails every user, not us.
 */
class RepositoryYamlTest {

    private static Map<?, ?> load(String file) throws IOException {
        return assertInstanceOf(Map.class, new Yaml().load(Files.readString(Path.of(file), StandardCharsets.UTF_8)), file);
    }

    @Test
    void theActionParsesWithItsInputsAndSteps() throws IOException {
        Map<?, ?> action = load("action.yml");
        assertEquals("iac-lint", action.get("name"));
        Map<?, ?> inputs = assertInstanceOf(Map.class, action.get("inputs"));
        inputs.forEach((name, input) -> assertTrue(((Map<?, ?>) input).get("description") instanceof String,
                "input " + name + " has a description"));
        Map<?, ?> runs = assertInstanceOf(Map.class, action.get("runs"));
        assertEquals("composite", runs.get("using"));
    }

    @Test
    void thePreCommitHooksParse() throws IOException {
        Object hooks = new Yaml().load(Files.readString(Path.of(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8));
        assertInstanceOf(List.class, hooks);
    }
}
