package dev.iaclint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's resources are read from the jar iac-lint runs from, and nothing else is. */
class OwnJarTest {

    @TempDir
    Path work;

    @Test
    void fromAJarItReadsThatJarsResources() throws Exception {
        String self = OwnJar.class.getName().replace('.', '/') + ".class";
        Path jar = work.resolve("iac-lint.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, self, Files.readAllBytes(Path.of("target/classes").resolve(self)));
            add(out, "dev/iaclint/cli/version.properties", "version=9.9.9\n".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Method read = loader.loadClass(OwnJar.class.getName()).getMethod("read", String.class);
            Optional<?> version = (Optional<?>) read.invoke(null, "dev/iaclint/cli/version.properties");
            assertArrayEquals("version=9.9.9\n".getBytes(StandardCharsets.UTF_8), (byte[]) version.orElseThrow());
            assertEquals(Optional.empty(), read.invoke(null, "dev/iaclint/parse/absent.bin"));
        }
    }

    @Test
    void fromAClassDirectoryItLeavesResourcesToTheClassLoader() throws Exception {
        assertEquals(Optional.empty(), OwnJar.read("dev/iaclint/kinds/kinds.yaml"),
                "the tests run from target/classes, whose resources the class loader reads");
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
