package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void rediscoveringWithTheChangedFilesFindsWhatAWalkFindsAndKeepsTheFilesThatStayed() throws IOException {
        for (String name : List.of("a/one.yaml", "a/two.json", "b/three.tf", "node_modules/x/dep.yaml")) {
            touch(name);
        }
        FileDiscovery discovery = new FileDiscovery(dir);
        FileDiscovery.Found before = discovery.discover(List.of(dir));
        touch("a/one.yaml");                                 // changed
        Files.delete(dir.resolve("a/two.json"));             // deleted
        touch("c/four.template");                            // added
        touch("node_modules/x/other.yaml");                  // added where a walk never looks
        touch("a/notes.md");                                 // added, not scanned
        List<Path> changed = List.of(dir.resolve("a/one.yaml"), dir.resolve("a/two.json"),
                dir.resolve("c/four.template"), dir.resolve("node_modules/x/other.yaml"), dir.resolve("a/notes.md"));

        FileDiscovery.Found after = discovery.rediscover(before, List.of(dir), changed).orElseThrow();

        assertEquals(discovery.discover(List.of(dir)), after);
        assertSame(before.files().get(0), after.files().get(0), "a/one.yaml is the same file to scan");
    }

    @Test
    void aChangedCdkManifestOrAFileRootIsDiscoveredAfresh() throws IOException {
        touch("cdk.out/Stack.template.json");
        touch("t.yaml");
        FileDiscovery discovery = new FileDiscovery(dir);
        FileDiscovery.Found before = discovery.discover(List.of(dir));
        touch("cdk.out/manifest.json");
        assertTrue(discovery.rediscover(before, List.of(dir), List.of(dir.resolve("cdk.out/manifest.json"))).isEmpty(),
                "a manifest makes cdk.out a folder to walk");
        assertTrue(discovery.rediscover(discovery.discover(List.of(dir.resolve("t.yaml"))), List.of(dir.resolve("t.yaml")),
                List.of()).isEmpty(), "a file named is not a folder walked");
    }
}
