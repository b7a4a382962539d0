package dev.iaclint.terraform;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.SourceText;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import dev.iaclint.terraform.syntax.HclParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads a Terraform root module, a folder of {@code .tf} files, with the local modules it calls,
 * into one {@link TerraformUnit}. Remote module sources are never fetched: their outputs are
 * unknown. A file that cannot be parsed is reported and the others still load.
 */
public final class TerraformLoader {

    static final int MAX_MODULE_DEPTH = 16;
    private static final Set<String> RESOURCE_META = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "connection", "provisioner");
    private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");

    private final KindTable kinds;
    private final Function<Path, String> display;
    private final List<Path> varFiles;
    private final Map<Path, ParsedModule> parsed = new ConcurrentHashMap<>();

    /** One file of a module folder: its name as reported, its syntax (null when unreadable) and lines. */
    public record ParsedFile(String display, Body body, List<String> lines) {
    }

    private record ParsedModule(List<ParsedFile> files, List<InputException> problems) {
    }

    /** What a root module yields: its unit, the files it read, and what could not be read. */
    public record Loaded(TerraformUnit unit, List<ParsedFile> files, List<InputException> problems) {
    }

    /**
     * @param display  how reports name a file
     * @param varFiles {@code --var-file}s, applied to every root after terraform.tfvars and *.auto.tfvars
     */
    public TerraformLoader(KindTable kinds, Function<Path, String> display, List<Path> varFiles) {
        this.kinds = kinds;
        this.display = display;
        this.varFiles = List.copyOf(varFiles);
    }

    /** The folders of the local modules a folder calls, so callers can tell roots from children. */
    public List<Path> localModuleFolders(Path dir) {
        List<Path> folders = new ArrayList<>();
        for (ParsedFile file : parse(dir).files()) {
            if (file.body() == null) {
                continue;
            }
            for (Body.Block call : file.body().blocks("module")) {
                localSource(call).ifPresent(source -> folders.add(dir.resolve(source).normalize()));
            }
        }
        return folders;
    }

    public Loaded load(Path root) {
        Builder builder = new Builder();
        Map<String, Node> inputs = rootInputs(root, builder);
        builder.add(root.normalize(), "", inputs, new ArrayDeque<>());
        TerraformUnit unit = new TerraformUnit(display.apply(root), builder.withProviderSettings(), builder.values,
                builder.remote);
        return new Loaded(unit, builder.files, builder.problems);
    }

    // ---- reading --------------------------------------------------------------------------

    private ParsedModule parse(Path dir) {
        return parsed.computeIfAbsent(dir.normalize(), this::read);
    }

    private ParsedModule read(Path dir) {
        List<ParsedFile> files = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        List<Path> tf;
        try (Stream<Path> list = Files.list(dir)) {
            tf = list.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            problems.add(new InputException(Location.file(display.apply(dir)), "cannot list the module folder: " + e));
            return new ParsedModule(files, problems);
        }
        for (Path path : tf) {
            String name = display.apply(path);
            try {
                String text = SourceText.read(path, name);
                files.add(new ParsedFile(name, HclParser.parse(name, text), text.lines().toList()));
            } catch (InputException problem) {
                problems.add(problem);
                files.add(new ParsedFile(name, null, List.of()));
            }
        }
        return new ParsedModule(files, problems);
    }

    private static Optional<String> localSource(Body.Block call) {
        return call.body().attributes().stream().filter(a -> a.name().equals("source"))
                .map(Body.Attribute::value)
                .filter(v -> v instanceof Expr.Literal l && l.value() instanceof String)
                .map(v -> (String) ((Expr.Literal) v).value())
                .filter(s -> s.startsWith("./") || s.startsWith("../"))
                .findFirst();
    }

    /** terraform.tfvars, then *.auto.tfvars in name order, then --var-file: the later wins. */
    private Map<String, Node> rootInputs(Path root, Builder builder) {
        List<Path> files = new ArrayList<>();
        Path tfvars = root.resolve("terraform.tfvars");
        if (Files.isRegularFile(tfvars)) {
            files.add(tfvars);
        }
        try (Stream<Path> list = Files.list(root)) {
            list.filter(p -> p.getFileName().toString().endsWith(".auto.tfvars")).sorted().forEach(files::add);
        } catch (IOException e) {
            // the folder itself is reported when its .tf files are listed
        }
        files.addAll(varFiles);
        Map<String, Node> inputs = new LinkedHashMap<>();
        ExpressionConverter converter = new ExpressionConverter("");
        for (Path file : files) {
            String name = display.apply(file);
            try {
                Body body = HclParser.parse(name, SourceText.read(file, name));
                body.attributes().forEach(a -> inputs.put(a.name(), converter.convert(a.value())));
            } catch (InputException problem) {
                builder.problems.add(problem);
            }
        }
        return inputs;
    }

    // ---- building -----------------------------------------------------------------------------

    private final class Builder {
        final List<Resource> resources = new ArrayList<>();
        final Map<String, Node> values = new LinkedHashMap<>();
        final Map<String, String> remote = new LinkedHashMap<>();
        final List<ParsedFile> files = new ArrayList<>();
        final List<InputException> problems = new ArrayList<>();
        /**
         * What the root module's default {@code provider "aws"} and {@code provider "awscc"} give
         * their resources: {@code default_tags} (aws) and {@code provider_region}, by provider.
         */
        final Map<String, List<MappingNode.Entry>> providerSettings = new LinkedHashMap<>();

        /**
         * @param qualifier the module's address and a dot ("" for the root)
         * @param inputs    the values the caller gives this module's variables
         * @param chain     the folders of the modules above, to stop a module calling itself
         */
        void add(Path dir, String qualifier, Map<String, Node> inputs, Deque<Path> chain) {
            ParsedModule module = parse(dir);
            files.addAll(module.files());
            problems.addAll(module.problems());
            chain.push(dir);
            ExpressionConverter converter = new ExpressionConverter(qualifier);
            for (ParsedFile file : module.files()) {
                if (file.body() == null) {
                    continue;
                }
                for (Body.Block block : file.body().blocks()) {
                    switch (block.type()) {
                        case "resource" -> resource(block, qualifier, converter);
                        case "variable" -> variable(block, qualifier, converter, inputs);
                        case "locals" -> block.body().attributes().forEach(a ->
                                values.put(qualifier + "local." + a.name(), converter.convert(a.value())));
                        case "output" -> output(block, qualifier, converter);
                        case "module" -> module(block, dir, qualifier, converter, chain);
                        case "data" -> data(block, qualifier, converter);
                        case "provider" -> provider(block, qualifier, converter);
                        default -> {
                            // terraform, moved, import...: not resources to check
                        }
                    }
                }
            }
            chain.pop();
        }

        private void resource(Body.Block block, String qualifier, ExpressionConverter converter) {
            if (block.labels().size() != 2) {
                problems.add(new InputException(block.span(), "a resource block takes a type and a name"));
                return;
            }
            String type = block.labels().get(0);
            Body attributes = new Body(block.body().items().stream().filter(i -> !isMeta(i, RESOURCE_META)).toList());
            Body meta = new Body(block.body().items().stream().filter(i -> isMeta(i, RESOURCE_META)).toList());
            Location header = ExpressionConverter.headerOf(block);
            String kind = kinds.forNativeType(type).map(Kind::id).orElse(null);
            resources.add(new Resource(qualifier + type + "." + block.labels().get(1), type, kind, Format.TERRAFORM,
                    header, converter.body(attributes, block.span()), converter.body(meta, block.span())));
        }

        /**
         * The root module's provider without an alias configures every resource of its provider,
         * local modules included: the aws provider's {@code default_tags}, and the region.
         */
        private void provider(Body.Block block, String qualifier, ExpressionConverter converter) {
            boolean aliased = block.body().attributes().stream().anyMatch(a -> a.name().equals("alias"));
            if (!qualifier.isEmpty() || aliased || block.labels().size() != 1) {
                return;
            }
            List<MappingNode.Entry> settings = new ArrayList<>();
            block.body().attributes().stream().filter(a -> a.name().equals("region")).findFirst().ifPresent(region ->
                    settings.add(new MappingNode.Entry("provider_region", region.nameSpan(), converter.convert(region.value()))));
            for (Body.Block defaults : block.body().blocks("default_tags")) {
                defaults.body().attributes().stream().filter(a -> a.name().equals("tags")).findFirst().ifPresent(tags ->
                        settings.add(new MappingNode.Entry("default_tags", tags.nameSpan(), converter.convert(tags.value()))));
            }
            providerSettings.put(block.labels().get(0), settings);
        }

        /** The resources, each with what its provider gives it in its definition. */
        List<Resource> withProviderSettings() {
            List<Resource> configured = new ArrayList<>();
            for (Resource r : resources) {
                List<MappingNode.Entry> settings = providerSettings.getOrDefault(Resource.providerOf(r.type()), List.of());
                if (settings.isEmpty()) {
                    configured.add(r);
                    continue;
                }
                List<MappingNode.Entry> definition = new ArrayList<>(r.definition().entries());
                definition.addAll(settings);
                configured.add(new Resource(r.address(), r.type(), r.kind(), r.format(), r.location(), r.attributes(),
                        new MappingNode(r.definition().location(), definition)));
            }
            return configured;
        }

        private void variable(Body.Block block, String qualifier, ExpressionConverter converter,
                              Map<String, Node> inputs) {
            if (block.labels().size() != 1) {
                problems.add(new InputException(block.span(), "a variable block takes one name"));
                return;
            }
            String name = block.labels().get(0);
            Node value = inputs.get(name);
            if (value == null) {
                value = block.body().attributes().stream().filter(a -> a.name().equals("default")).findFirst()
                        .map(a -> converter.convert(a.value()))
                        .orElseGet(() -> new UnknownNode(block.span(), "variable " + name + ", which has no default"
                                + (qualifier.isEmpty() ? "" : " and no value from the caller")));
            }
            values.put(qualifier + "var." + name, value);
        }

        /** Data sources are read at plan time, but a policy document is written out in full here. */
        private void data(Body.Block block, String qualifier, ExpressionConverter converter) {
            if (block.labels().size() == 2 && block.labels().get(0).equals("aws_iam_policy_document")) {
                values.put(qualifier + "data.aws_iam_policy_document." + block.labels().get(1) + ".json",
                        PolicyDocuments.render(block, converter));
            }
        }

        private void output(Body.Block block, String qualifier, ExpressionConverter converter) {
            if (block.labels().size() == 1) {
                block.body().attributes().stream().filter(a -> a.name().equals("value")).findFirst().ifPresent(a ->
                        values.put(qualifier + "output." + block.labels().get(0), converter.convert(a.value())));
            }
        }

        private void module(Body.Block block, Path dir, String qualifier, ExpressionConverter converter,
                            Deque<Path> chain) {
            if (block.labels().size() != 1) {
                problems.add(new InputException(block.span(), "a module block takes one name"));
                return;
            }
            String address = qualifier + "module." + block.labels().get(0);
            Optional<String> source = localSource(block);
            if (source.isEmpty()) {
                String written = block.body().attributes().stream().filter(a -> a.name().equals("source"))
                        .map(a -> a.value() instanceof Expr.Literal l ? String.valueOf(l.value()) : "(computed)")
                        .findFirst().orElse("(none)");
                remote.put(address, written);
                return;
            }
            Path child = dir.resolve(source.get()).normalize();
            if (chain.contains(child)) {
                problems.add(new InputException(block.span(), "module " + address + " calls " + source.get()
                        + ", which is already being loaded above it: a module cycle"));
                return;
            }
            if (chain.size() >= MAX_MODULE_DEPTH) {
                problems.add(new InputException(block.span(), "module " + address + " calls " + source.get()
                        + ", deeper than the " + MAX_MODULE_DEPTH + " levels of nested modules iac-lint follows:"
                        + " its resources are not checked"));
                return;
            }
            if (!Files.isDirectory(child)) {
                problems.add(new InputException(block.span(), "module " + address + ": no folder " + source.get()));
                return;
            }
            Map<String, Node> arguments = new LinkedHashMap<>();
            block.body().attributes().stream().filter(a -> !MODULE_META.contains(a.name()))
                    .forEach(a -> arguments.put(a.name(), converter.convert(a.value())));
            add(child, address + ".", arguments, chain);
        }

        private boolean isMeta(Body.Item item, Set<String> meta) {
            String name = item instanceof Body.Attribute a ? a.name() : ((Body.Block) item).type();
            return meta.contains(name);
        }
    }
}
