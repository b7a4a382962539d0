package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.load.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {

    @TempDir
    Path dir;

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void walksRecursivelyInSortedOrderSkippingToolFolders() throws IOException {
        for (String name : List.of("b/stack.yaml", "a.json", "c.template", "d.yml", "notes.md", ".git/config.yaml",
                "node_modules/x/package.json", ".terraform/modules/m.json", "sub/.terraform/x.yaml")) {
            touch(name);
        }
        FileDiscovery.Found found = new FileDiscovery(dir).discover(List.of(dir));
        assertEquals(List.of("a.json", "b/stack.yaml", "c.template", "d.yml"),
                found.files().stream().map(InputFile::display).toList());
        assertEquals(List.of(), found.missing());
    }

    @Test
    void aFileNamedOnTheCommandLineIsTakenWhateverItsExtensionAndOnlyOnce() throws IOException {
        touch("template.txt");
        touch("a.yaml");
        FileDiscovery.Found found = new FileDiscovery(dir)
                .discover(List.of(dir.resolve("template.txt"), dir.resolve("a.yaml"), dir));
        assertEquals(List.of("a.yaml", "template.txt"), found.files().stream().map(InputFile::display).toList());
    }

    @Test
    void missingPathsAreReported() {
        FileDiscovery.Found found = new FileDiscovery(dir).discover(List.of(dir.resolve("absent")));
        assertEquals(1, found.missing().size());
    }

    @Test
    void aSymlinkLoopDoesNotTrapTheWalk() throws IOException {
        touch("real/a.yaml");
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        FileDiscovery.Found found = new FileDiscovery(dir).discover(List.of(dir));
        assertEquals(List.of("real/a.yaml"), found.files().stream().map(InputFile::display).toList());
    }
}
