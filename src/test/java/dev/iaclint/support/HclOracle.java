package dev.iaclint.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HashiCorp's own HCL parser (hashicorp/hcl compiled to WebAssembly, the npm package
 * {@code @cdktf/hcl2json}), run by {@code src/test/npm/hcl2json.mjs}: for each file, {@code ok}
 * with the parsed body or {@code error} with HashiCorp's message.
 */
public final class HclOracle {

    private HclOracle() {
    }

    public static Map<String, Object> parse(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "src/test/npm/hcl2json.mjs"));
        files.forEach(f -> command.add(f.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("node is needed for the HCL oracle (Node.js 18 or later)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "the oracle failed; is src/test/npm installed (mvn -B test does it)?");
        return Json.parse(output);
    }
}
