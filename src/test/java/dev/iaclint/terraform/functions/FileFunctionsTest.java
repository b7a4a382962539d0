package dev.iaclint.terraform.functions;

import static dev.iaclint.terraform.functions.Nodes.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFunctionsTest {

    @TempDir
    Path dir;

    private Object file(ModuleFiles files, String path) {
        return Functions.call("file", List.of(s(path)), Nodes.AT, files).map(Nodes::plain).orElse("unknown");
    }

    @Test
    void aFileOfTheModuleIsReadAndNothingOutsideItEver() throws IOException {
        Path module = Files.createDirectories(dir.resolve("module"));
        Files.writeString(module.resolve("policy.json"), "{\"Statement\": []}");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(module.resolve("link.txt"), outside);
        ModuleFiles files = ModuleFiles.inside(List.of(module));

        assertEquals("{\"Statement\": []}", file(files, module.resolve("policy.json").toString()));
        assertEquals("unknown", file(files, outside.toString()), "outside the module folder");
        assertEquals("unknown", file(files, module.resolve("link.txt").toString()), "a link that leaves the folder");
        assertEquals("unknown", file(files, module.resolve("../secret.txt").toString()), "a path that climbs out");
        assertEquals("unknown", file(files, "policy.json"), "relative to where Terraform runs");
        assertEquals("unknown", file(files, module.resolve("missing.json").toString()));
        assertEquals("unknown", file(ModuleFiles.none(), module.resolve("policy.json").toString()));
    }
}
