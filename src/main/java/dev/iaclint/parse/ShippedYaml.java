package dev.iaclint.parse;

import dev.iaclint.model.Node;
import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The YAML files shipped inside the jar (the kinds table, the policies), parsed when the jar is
 * built into one {@link NodeArchive}, so that a run reads their nodes instead of parsing them:
 * parsing them was half the work of the thread that loads the policies, which a pre-commit run
 * waits for.
 *
 * <p>Only a jar's archive is read. From a class directory (the tests, an IDE) the YAML files are
 * parsed as before, so a file edited since the last build is never shadowed by an older archive.
 */
public final class ShippedYaml {

    /** Where the build writes the archive, as a class-path resource. */
    static final String ARCHIVE = "dev/iaclint/parse/shipped-yaml.bin";

    private ShippedYaml() {
    }

    private static final class Holder {
        /** Null when there is no archive to read. */
        static final Map<String, Node> DOCUMENTS = load();
    }

    /** The archived nodes of a class-path resource (its locations name the resource), if the jar has them. */
    public static Optional<Node> document(String resource) {
        return Holder.DOCUMENTS == null ? Optional.empty() : Optional.ofNullable(Holder.DOCUMENTS.get(resource));
    }

    /** The archived documents of the resources under a folder, by name in name order, if the jar has them. */
    public static Optional<Map<String, Node>> documents(String folder) {
        if (Holder.DOCUMENTS == null) {
            return Optional.empty();
        }
        Map<String, Node> under = new LinkedHashMap<>();
        Holder.DOCUMENTS.forEach((name, root) -> {
            if (name.startsWith(folder)) {
                under.put(name, root);
            }
        });
        return Optional.of(under);
    }

    private static Map<String, Node> load() {
        try {
            Optional<byte[]> archive = OwnJar.read(ARCHIVE);
            if (archive.isEmpty()) {
                return null;
            }
            return NodeArchive.read(new DataInputStream(new ByteArrayInputStream(archive.get())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped policies and kinds (" + ARCHIVE + ")", e);
        }
    }

    /**
     * At build time (pom.xml, process-classes): archives resources of a class directory.
     *
     * @param args the class directory, then the resources to archive: a YAML file, or a folder for
     *             every {@code *.yaml} under it
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Map<String, Node> documents = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            for (String resource : yamlFiles(classes, args[i])) {
                String text = Files.readString(classes.resolve(resource), StandardCharsets.UTF_8);
                documents.put(resource, YamlNodeReader.read(resource, text, TagHandler.NONE)
                        .orElseThrow(() -> new IllegalArgumentException(resource + " holds no YAML document")));
            }
        }
        Path archive = classes.resolve(ARCHIVE);
        Files.createDirectories(archive.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(archive)))) {
            NodeArchive.write(documents, out);
        }
    }

    /** The resource names of a file, or of the {@code *.yaml} files under a folder in name order. */
    static List<String> yamlFiles(Path classes, String resource) throws IOException {
        Path path = classes.resolve(resource);
        if (!Files.isDirectory(path)) {
            return List.of(resource);
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".yaml"))
                    .forEach(file -> names.add(classes.relativize(file).toString().replace('\\', '/')));
        }
        names.sort(null);
        return names;
    }
}
