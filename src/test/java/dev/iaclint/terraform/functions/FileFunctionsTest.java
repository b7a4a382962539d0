package dev.iaclint.terraform.functions;

import static dev.iaclint.terraform.functions.Nodes.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<Path> asked = new HashSet<>();
        ModuleFiles files = ModuleFiles.inside(List.of(module), asked);

        assertEquals("{\"Statement\": []}", file(files, module.resolve("policy.json").toString()));
        assertEquals("unknown", file(files, outside.toString()), "outside the module folder");
        assertEquals("unknown", file(files, module.resolve("link.txt").toString()), "a link that leaves the folder");
        assertEquals("unknown", file(files, module.resolve("../secret.txt").toString()), "a path that climbs out");
        assertEquals("unknown", file(files, "policy.json"), "relative to where Terraform runs");
        assertEquals("unknown", file(files, module.resolve("missing.json").toString()));
        assertEquals("unknown", file(ModuleFiles.none(), module.resolve("policy.json").toString()));
        // What was asked for, found or not: a history scan reloads the module when one changes or appears.
        assertTrue(asked.containsAll(List.of(module.resolve("policy.json"), module.resolve("missing.json"), outside)),
                () -> "asked: " + asked);
    }

    @Test
    void templatefileRendersWithItsVariablesOnly() throws IOException {
        Path module = Files.createDirectories(dir.resolve("module"));
        Files.writeString(module.resolve("policy.tpl"),
                "{\"Principal\": {\"AWS\": \"${principal}\"}, \"Sid\": \"${upper(names[0])}-${cfg.env}\"}");
        Files.writeString(module.resolve("loop.tpl"), "%{ for n in names }${n}%{ endfor }");
        ModuleFiles files = ModuleFiles.inside(List.of(module), new HashSet<>());
        String policy = module.resolve("policy.tpl").toString();
        var vars = Nodes.map("principal", s("*"), "names", Nodes.list(s("agents")), "cfg", Nodes.map("env", s("prod")));

        assertEquals("{\"Principal\": {\"AWS\": \"*\"}, \"Sid\": \"AGENTS-prod\"}", templatefile(files, policy, vars));
        assertEquals("unknown", templatefile(files, policy, Nodes.map("principal", Nodes.unknown(),
                "names", Nodes.list(s("a")), "cfg", Nodes.map("env", s("prod")))), "an unknown variable");
        assertEquals("unknown", templatefile(files, module.resolve("loop.tpl").toString(), vars), "a directive");
        assertEquals("unknown", templatefile(ModuleFiles.none(), policy, vars), "a file it may not read");
    }

    private Object templatefile(ModuleFiles files, String path, dev.iaclint.model.Node vars) {
        return Functions.call("templatefile", List.of(s(path), vars), Nodes.AT, files).map(Nodes::plain).orElse("unknown");
    }

    @Test
    void aModuleInMemoryIsReadFromItsOwnFileSystemNeverFromTheDisk() throws IOException {
        // kpi reads each commit into an in-memory tree: file() must read that tree, and a path
        // of that tree that also exists on the disk must not reach the disk.
        Path onDisk = Files.createDirectories(dir.resolve("module"));
        Files.writeString(onDisk.resolve("policy.json"), "on the disk");
        try (java.nio.file.FileSystem memory = com.google.common.jimfs.Jimfs.newFileSystem(
                com.google.common.jimfs.Configuration.unix())) {
            Path module = Files.createDirectories(memory.getPath(onDisk.toString()));
            Files.writeString(module.resolve("policy.json"), "in memory");
            ModuleFiles files = ModuleFiles.inside(List.of(module), new HashSet<>());
            assertEquals("in memory", file(files, onDisk.resolve("policy.json").toString()));
        }
    }
}
