package dev.iaclint.policy;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.ShippedYaml;
import dev.iaclint.parse.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The policies of a run: the ones shipped in the jar under {@code policies/}, then those of each
 * {@code --policy-dir}. Files that cannot be loaded are reported and the others still run.
 */
public final class PolicySet {

    private static final String BUILT_IN_ROOT = "policies/";
    /** The folder of a policy directory that holds its fixtures. */
    public static final String FIXTURES = "testdata";

    private final Map<String, Policy> byId = new LinkedHashMap<>();
    private final List<InputException> problems = new ArrayList<>();

    /** By id, so listings and reports read in a stable order. */
    public List<Policy> policies() {
        return byId.values().stream().sorted(Comparator.comparing(Policy::id)).toList();
    }

    public List<InputException> problems() {
        return List.copyOf(problems);
    }

    /** The shipped policies, loaded once per process: they never change while it runs. */
    private static final Ahead<PolicySet> SHIPPED = new Ahead<>("the built-in policies", PolicySet::readBuiltIns);

    /** Starts reading the shipped policies on a thread of their own, ahead of the command that needs them. */
    public static void preloadShipped() {
        SHIPPED.start("iac-lint-policies");
    }

    private static PolicySet readBuiltIns() {
        PolicySet set = new PolicySet();
        PolicyLoader loader = new PolicyLoader(PolicySandbox.buildingAhead(), KindTable.builtIn(), true);
        Optional<Map<String, Node>> archived = ShippedYaml.documents(BUILT_IN_ROOT);
        if (archived.isPresent()) {
            archived.get().forEach((name, root) -> set.add(name, () -> loader.load(root)));
        } else {
            BuiltIn.read((name, text) -> set.add(name, () -> loader.load(name, text)));
        }
        return set;
    }

    public static PolicySet load(boolean builtIn, List<Path> directories) {
        PolicySet set = new PolicySet();
        PolicyLoader loader = new PolicyLoader(new PolicySandbox(), KindTable.builtIn());
        if (builtIn) {
            PolicySet shipped = SHIPPED.get();
            set.byId.putAll(shipped.byId);
            set.problems.addAll(shipped.problems);
        }
        for (Path directory : directories) {
            set.addDirectory(loader, directory);
        }
        return set;
    }

    private void addDirectory(PolicyLoader loader, Path directory) {
        if (!Files.isDirectory(directory)) {
            problems.add(new InputException(Location.file(directory.toString()), "policy directory not found"));
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(PolicySet::isPolicyFile).filter(file -> !inFixtures(directory, file))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                try {
                    add(loader, file.toString(), SourceText.read(file, file.toString()));
                } catch (InputException unreadable) {
                    problems.add(unreadable);
                }
            }
        } catch (IOException e) {
            problems.add(new InputException(Location.file(directory.toString()), "cannot list: " + e.getMessage()));
        }
    }

    /** A policy directory keeps its fixtures in {@value #FIXTURES}/, which holds templates, not policies. */
    private static boolean inFixtures(Path directory, Path file) {
        for (Path part : directory.relativize(file)) {
            if (part.toString().equals(FIXTURES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPolicyFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private void add(PolicyLoader loader, String name, String text) {
        add(name, () -> loader.load(name, text));
    }

    private void add(String name, Supplier<Policy> load) {
        try {
            Policy policy = load.get();
            Policy previous = byId.putIfAbsent(policy.id(), policy);
            if (previous != null) {
                problems.add(new InputException(Location.file(name),
                        "policy id " + policy.id() + " is already used by " + previous.source()));
            }
        } catch (InputException problem) {
            problems.add(problem);
        }
    }

    /** The policies packaged with iac-lint, read from the jar or, in a build tree, from the class path directory. */
    private static final class BuiltIn {

        interface Sink {
            void accept(String name, String text);
        }

        static void read(Sink sink) {
            URL root = PolicySet.class.getClassLoader().getResource(BUILT_IN_ROOT);
            if (root == null) {
                throw new IllegalStateException("the built-in policies are missing from the class path");
            }
            try {
                if ("jar".equals(root.getProtocol())) {
                    readJar(root, sink);
                } else {
                    readDirectory(Path.of(root.toURI()), sink);
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("cannot read the built-in policies: " + e.getMessage(), e);
            }
        }

        private static void readJar(URL root, Sink sink) throws IOException {
            String spec = root.getPath();
            String jarPath = spec.substring("file:".length(), spec.indexOf("!/"));
            try (JarFile jar = new JarFile(java.net.URLDecoder.decode(jarPath, StandardCharsets.UTF_8))) {
                List<JarEntry> entries = new ArrayList<>();
                for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
                    JarEntry entry = all.nextElement();
                    if (entry.getName().startsWith(BUILT_IN_ROOT) && entry.getName().endsWith(".yaml")) {
                        entries.add(entry);
                    }
                }
                entries.sort(Comparator.comparing(JarEntry::getName));
                for (JarEntry entry : entries) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        sink.accept(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }

        private static void readDirectory(Path root, Sink sink) throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(PolicySet::isPolicyFile).sorted().toList()) {
                    sink.accept(BUILT_IN_ROOT + root.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }
}
