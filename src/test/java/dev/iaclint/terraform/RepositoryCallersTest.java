package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Told which files changed, the callers index looks at their folders again and answers as an
 * index made afresh: a caller added or removed, a caller's folder emptied, a call in a folder no
 * walk looks in.
 */
class RepositoryCallersTest {

    @TempDir
    Path repository;

    /** What a folder calls, parsed afresh at every call. */
    private final Function<Path, List<Path>> calls =
            dir -> new ModuleFolders(Path::toString).localModuleFolders(dir);

    private Path write(String file, String text) throws IOException {
        Path path = repository.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private static String calling(String source) {
        return "module \"m\" {\n  source = \"" + source + "\"\n}\n";
    }

    @Test
    void toldWhatChangedItAnswersAsAnIndexMadeAfresh() throws IOException {
        Files.createDirectories(repository.resolve(".git"));
        Path module = write("modules/m/main.tf", "variable \"x\" {}\n").getParent();
        write("envs/b/main.tf", calling("../../modules/m"));
        write("envs/c/main.tf", "resource \"aws_kms_key\" \"k\" {}\n");
        RepositoryCallers kept = new RepositoryCallers(calls);
        assertEquals(List.of(repository.resolve("envs/b")), kept.rootsOf(module));

        long version = kept.version();
        kept.forget(Set.of(write("envs/c/main.tf", "resource \"aws_kms_key\" \"k\" {}\n# a comment\n")));
        assertEquals(version, kept.version(), "no call changed");

        kept.forget(Set.of(write("envs/a/main.tf", calling("../../modules/m")),
                write("envs/c/main.tf", calling("../../modules/m"))));
        assertEquals(fresh(module), kept.rootsOf(module));
        assertEquals(List.of(repository.resolve("envs/a"), repository.resolve("envs/b"), repository.resolve("envs/c")),
                kept.rootsOf(module), "in the order a walk meets them");
        assertNotEquals(version, kept.version());

        Path gone = repository.resolve("envs/b/main.tf");
        Files.delete(gone);
        kept.forget(Set.of(gone, write("node_modules/x/main.tf", calling("../../modules/m"))));
        assertEquals(fresh(module), kept.rootsOf(module));
        assertEquals(List.of(repository.resolve("envs/a"), repository.resolve("envs/c")), kept.rootsOf(module));
    }

    private List<Path> fresh(Path folder) {
        return new RepositoryCallers(calls).rootsOf(folder);
    }
}
