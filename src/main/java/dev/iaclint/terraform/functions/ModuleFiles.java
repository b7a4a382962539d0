package dev.iaclint.terraform.functions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files {@code file()} may read: regular files inside the folders of the scanned modules,
 * where they are after every link is followed. A file outside them, or reached through a link
 * that leaves them, is never opened: its content is unknown, as Terraform alone would read it.
 */
public final class ModuleFiles {

    /** Larger than any policy document or key list; a larger file is left unknown rather than read. */
    private static final long MAX_BYTES = 1 << 20;

    private static final ModuleFiles NONE = new ModuleFiles(List.of(), null);

    private final List<Path> folders;
    private final Set<Path> asked;

    private ModuleFiles(List<Path> folders, Set<Path> asked) {
        this.folders = folders;
        this.asked = asked;
    }

    public static ModuleFiles none() {
        return NONE;
    }

    /**
     * @param folders the module folders, as written; those that do not exist are left out
     * @param asked   told every path a read asks for, found or not (a thread-safe set): what the
     *                unit made with these files changes when one of them changes or appears
     */
    public static ModuleFiles inside(Collection<Path> folders, Set<Path> asked) {
        List<Path> real = new ArrayList<>();
        for (Path folder : folders) {
            try {
                real.add(folder.toRealPath());
            } catch (IOException e) {
                // a folder that cannot be resolved holds nothing to read
            }
        }
        return new ModuleFiles(List.copyOf(real), asked);
    }

    /** The UTF-8 text of the file, or empty when it is outside the module folders, missing, too large or not UTF-8. */
    Optional<String> read(String path) {
        try {
            if (folders.isEmpty()) {
                return Optional.empty();
            }
            // The modules' own file system: a commit kpi reads lives in memory, not on the disk.
            Path written = folders.get(0).getFileSystem().getPath(path);
            asked.add(written.toAbsolutePath().normalize());
            Path real = written.toRealPath();
            if (folders.stream().noneMatch(real::startsWith) || !Files.isRegularFile(real)
                    || Files.size(real) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(real))).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
