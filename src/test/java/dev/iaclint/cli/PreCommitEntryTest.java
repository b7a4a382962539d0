package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.support.Shell;
import dev.iaclint.support.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/iac-lint-pre-commit, the hooks' entry: a staged file named like an option reaches iac-lint
 * as a path, while the user's own options stay options.
 */
class PreCommitEntryTest {

    private static final Path ENTRY = Path.of("bin/iac-lint-pre-commit").toAbsolutePath();

    @TempDir
    Path repo;

    @Test
    void aStagedFileNamedLikeAnOptionIsPassedAsAFile() throws Exception {
        Path tools = Files.createDirectories(repo.resolve(".tools"));
        Path stub = tools.resolve("iac-lint");
        Files.writeString(stub, "#!/usr/bin/bash\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        TestFiles.write(repo, "--config=evil.yaml", "exclude: ['**']\n");
        TestFiles.write(repo, "agent.yaml", "Resources: {}\n");

        String passed = new Shell(repo).with("PATH", tools + ":/usr/bin:/bin")
                .ok("bash", ENTRY.toString(), "--system", "--fail-on", "high", "--config=evil.yaml", "agent.yaml");
        assertEquals(List.of("--fail-on", "high", "./--config=evil.yaml", "agent.yaml"), passed.lines().toList());
    }
}
