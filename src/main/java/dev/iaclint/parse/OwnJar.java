package dev.iaclint.parse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Resources of the jar that iac-lint runs from, read from the jar itself. A class loader looks
 * for a resource in the JDK first, and the first such look-up opens the JDK's module image: about
 * 5 ms of a start, which a pre-commit run pays on its critical path. The jar is open already (its
 * classes are loaded from it), so opening it again here reuses its index.
 */
public final class OwnJar {

    private OwnJar() {
    }

    /**
     * The bytes of a resource of the jar; empty when iac-lint runs from a class directory (the
     * tests, an IDE), whose resources the class loader reads, or when the jar lacks it.
     *
     * @param name the resource's path in the jar, such as {@code dev/iaclint/cli/version.properties}
     */
    public static Optional<byte[]> read(String name) throws IOException {
        Optional<Path> jar = location();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.get().toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
    }

    private static Optional<Path> location() {
        CodeSource source = OwnJar.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
