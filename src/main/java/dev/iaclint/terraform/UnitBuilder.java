package dev.iaclint.terraform;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.SourceTree;
import dev.iaclint.model.DeletionProtection;
import dev.iaclint.model.Deployment;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.terraform.ModuleFolders.ParsedModule;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the unit of one root module: the root's variable values, then every block of the root
 * and of the local and downloaded modules it calls, with references qualified by module address;
 * then what the providers give each resource, the instances of count and for_each, and dynamic
 * blocks. The module folders come parsed from {@link ModuleFolders}, shared with every other root.
 */
final class UnitBuilder {

    static final int MAX_MODULE_DEPTH = 16;
    /** Module instances loaded for one root: a module calling the next four times, 16 levels deep, is 4^16. */
    static final int MAX_MODULE_INSTANCES = 1000;
    /** The native type kinds.yaml gives the call of a module from outside the repository. */
    static final String MODULE_CALL = "module";
    private static final Set<String> RESOURCE_META = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "connection", "provisioner");
    private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");

    private final KindTable kinds;
    private final Function<Path, String> display;
    private final ModuleFolders folders;

    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, String> remote = new LinkedHashMap<>();
    private final List<ParsedFile> files = new ArrayList<>();
    private final List<InputException> problems = new ArrayList<>();
    private int moduleInstances;
    /** The count or for_each of resource blocks (by address) and of module calls (by module address). */
    private final Map<String, Repetition> repetitions = new LinkedHashMap<>();
    /** Root variables whose value is their default: a reusable module's guess about its callers. */
    private final Set<String> defaulted = new HashSet<>();
    /** Whether the root configures providers, a backend or variable values: a configuration to apply. */
    private boolean configuration;
    /** The root's provider configurations, and which one each resource uses. */
    private final ProviderConfigurations providers = new ProviderConfigurations();
    /** Each module call's {@code module} block header, by the call's address. */
    private final Map<String, Location> callSites = new LinkedHashMap<>();
    /** The remote modules terraform init downloaded for the root. */
    private DownloadedModules downloaded = DownloadedModules.none();
    /**
     * The module folders looked in, found or not, and the download manifest: a folder that
     * holds no .tf file yet, or does not exist, is no file of the unit, yet adding one changes it.
     */
    private final Set<Path> alsoRead = ConcurrentHashMap.newKeySet();

    /** What a root module yields: its unit, the files it read, and what could not be read. */
    record Module(TerraformUnit unit, List<ParsedFile> files, List<InputException> problems) {
    }

    /**
     * @param display how reports name a file
     * @param folders the loader's parsed module folders
     */
    UnitBuilder(KindTable kinds, Function<Path, String> display, ModuleFolders folders) {
        this.kinds = kinds;
        this.display = display;
        this.folders = folders;
    }

    /**
     * The unit of the root module in this folder, with the modules it calls. Called once: a
     * builder gathers one root.
     *
     * @param varFiles {@code --var-file}s, applied after terraform.tfvars and *.auto.tfvars
     */
    Module build(Path root, List<Path> varFiles) {
        Map<String, Node> inputs = rootInputs(root, varFiles);
        alsoRead.add(root.resolve(DownloadedModules.MANIFEST).toAbsolutePath().normalize());
        try {
            downloaded = DownloadedModules.of(root.normalize(), display.apply(root.resolve(DownloadedModules.MANIFEST)));
        } catch (InputException unreadable) {
            problems.add(unreadable);
        }
        add(root.normalize(), "", inputs, new ArrayDeque<>(), Optional.empty());
        configuration |= !inputs.isEmpty();
        String name = display.apply(root);
        List<Resource> configured = providers.withProviderSettings(resources);
        TerraformUnit resolving = new TerraformUnit(name, configured, values, remote, root.getFileSystem(), alsoRead);
        List<Resource> instances = Instances.of(configured, repetitions, resolving, existence(configured, resolving))
                .stream().map(r -> withDynamicBlocks(r, resolving)).toList();
        TerraformUnit unit = new TerraformUnit(name, instances, values, remote, root.getFileSystem(), alsoRead);
        return new Module(unit, files, problems);
    }

    /** A resource whose dynamic blocks are made into the nested blocks they stand for (see {@link DynamicBlocks}). */
    private static Resource withDynamicBlocks(Resource resource, TerraformUnit unit) {
        Node attributes = DynamicBlocks.expand(resource.attributes(), unit);
        return attributes == resource.attributes() ? resource : new Resource(resource.address(), resource.type(),
                resource.kind(), resource.format(), resource.location(), attributes, resource.deployment(),
                resource.suppressions());
    }

    /**
     * terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and *.auto.tfvars.json in name
     * order, then --var-file: the later wins, as in Terraform.
     */
    private Map<String, Node> rootInputs(Path root, List<Path> varFiles) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("terraform.tfvars", "terraform.tfvars" + TerraformLoader.JSON)) {
            if (Files.isRegularFile(root.resolve(name))) {
                files.add(root.resolve(name));
            }
        }
        try (Stream<Path> list = Files.list(root)) {
            list.filter(p -> p.getFileName().toString().endsWith(".auto.tfvars")
                    || p.getFileName().toString().endsWith(".auto.tfvars" + TerraformLoader.JSON)).sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            // the folder itself is reported when its .tf files are listed
        }
        files.addAll(varFiles);
        Map<String, Node> inputs = new LinkedHashMap<>();
        ExpressionConverter converter = new ExpressionConverter("");
        for (Path file : files) {
            String name = display.apply(file);
            try {
                ParsedFile variables = ParsedFile.read(file, name, true);
                this.files.add(variables);
                variables.body().attributes().forEach(a -> inputs.put(a.name(), converter.convert(a.value())));
            } catch (InputException problem) {
                problems.add(problem);
            }
        }
        return inputs;
    }

    /** A folder as reports name it; "." for the scan's own folder. */
    private String folderName(Path folder) {
        String name = display.apply(folder);
        return name.isEmpty() ? "." : name;
    }

    /**
     * @param qualifier the module's address and a dot ("" for the root)
     * @param inputs    the values the caller gives this module's variables
     * @param chain     the folders of the modules above, to stop a module calling itself
     * @param reportedAt for a downloaded module, the call in the user's file where its findings are reported
     */
    private void add(Path dir, String qualifier, Map<String, Node> inputs, Deque<Path> chain,
                     Optional<Location> reportedAt) {
        if (++moduleInstances > MAX_MODULE_INSTANCES) {
            if (moduleInstances == MAX_MODULE_INSTANCES + 1) {
                problems.add(new InputException(Location.file(folderName(dir)), "module " + qualifier.replaceAll("\\.$", "")
                        + " is beyond the " + MAX_MODULE_INSTANCES + " module instances one root may load;"
                        + " the modules past it are not loaded"));
            }
            return;
        }
        alsoRead.add(dir.toAbsolutePath().normalize());
        ParsedModule module = folders.parse(dir);
        files.addAll(module.files());
        problems.addAll(module.problems());
        chain.push(dir);
        // path.module, so that file("${path.module}/policy.json") reads the module's own file.
        values.put(qualifier + TerraformUnit.PATH_MODULE, ScalarNode.ofString(Location.file(dir.toString()),
                dir.toAbsolutePath().normalize().toString()));
        ExpressionConverter converter = new ExpressionConverter(qualifier);
        for (ParsedFile file : module.files()) {
            if (file.body() == null) {
                continue;
            }
            for (Body.Block block : file.body().blocks()) {
                switch (block.type()) {
                    case "resource" -> resource(block, qualifier, converter, file, reportedAt);
                    case "variable" -> variable(block, qualifier, converter, inputs);
                    case "locals" -> block.body().attributes().forEach(a ->
                            values.put(qualifier + "local." + a.name(), converter.convert(a.value())));
                    case "output" -> output(block, qualifier, converter);
                    case "module" -> module(block, dir, qualifier, converter, chain, file, reportedAt);
                    case "data" -> data(block, qualifier, converter);
                    case "provider" -> {
                        configuration |= qualifier.isEmpty();
                        providers.provider(block, qualifier, converter);
                    }
                    case "terraform" -> configuration |= qualifier.isEmpty()
                            && (!block.body().blocks("backend").isEmpty() || !block.body().blocks("cloud").isEmpty());
                    default -> {
                        // terraform, moved, import...: not resources to check
                    }
                }
            }
        }
        chain.pop();
    }

    private void resource(Body.Block block, String qualifier, ExpressionConverter converter, ParsedFile file,
                          Optional<Location> reportedAt) {
        if (block.labels().size() != 2) {
            problems.add(new InputException(block.span(), "a resource block takes a type and a name"));
            return;
        }
        String type = block.labels().get(0);
        Body attributes = new Body(block.body().items().stream().filter(i -> !isMeta(i, RESOURCE_META)).toList());
        Body meta = new Body(block.body().items().stream().filter(i -> isMeta(i, RESOURCE_META)).toList());
        Location header = ExpressionConverter.headerOf(block);
        String kind = kinds.forNativeType(type).map(Kind::id).orElse(null);
        Deployment deployment = Deployment.PLAIN.withProtection(protection(converter.body(meta, block.span())))
                .withCallers(callers(qualifier), callSites(qualifier));
        if (reportedAt.isPresent()) {
            deployment = deployment.withReportedAt(reportedAt.get());
        }
        String address = qualifier + type + "." + block.labels().get(1);
        repetition(block, converter, file, "").ifPresent(r -> repetitions.put(address, r));
        providers.resource(block, address);
        resources.add(new Resource(address, type, kind, Format.TERRAFORM,
                header, converter.body(attributes, block.span()), deployment, Optional.empty()));
    }

    /**
     * A call of a registry, git or other remote module, as a resource of its own, so that a
     * module that was not downloaded (and so not inspected) is reported, never passed silently.
     */
    private void moduleCall(Body.Block block, String qualifier, ExpressionConverter converter, boolean inspected,
                            Optional<Location> reportedAt) {
        Location header = ExpressionConverter.headerOf(block);
        List<MappingNode.Entry> attributes = new ArrayList<>();
        block.body().attributes().stream().filter(a -> a.name().equals("source") || a.name().equals("version"))
                .forEach(a -> attributes.add(new MappingNode.Entry(a.name(), a.nameSpan(), converter.convert(a.value()))));
        attributes.add(new MappingNode.Entry("inspected", header,
                new ScalarNode(header, String.valueOf(inspected), inspected)));
        Deployment deployment = Deployment.PLAIN.withCallers(callers(qualifier), callSites(qualifier));
        if (reportedAt.isPresent()) {
            deployment = deployment.withReportedAt(reportedAt.get());
        }
        String type = MODULE_CALL;
        resources.add(new Resource(qualifier + "module." + block.labels().get(0), type,
                kinds.forNativeType(type).map(Kind::id).orElse(null), Format.TERRAFORM, header,
                new MappingNode(block.span(), attributes), deployment, Optional.empty()));
    }

    /** A block's count or for_each, with its text as written. */
    private Optional<Repetition> repetition(Body.Block block, ExpressionConverter converter, ParsedFile file,
                                            String owner) {
        return block.body().attributes().stream()
                .filter(a -> a.name().equals("count") || a.name().equals("for_each")).findFirst()
                .map(a -> new Repetition(a.name(), converter.convert(a.value()), SourceSpans.text(file.lines(),
                        a.value().span()), a.value().span(), owner));
    }

    /** {@code lifecycle { prevent_destroy = true }}, written as a literal as Terraform requires. */
    private static DeletionProtection protection(MappingNode meta) {
        Optional<Node> lifecycle = meta.get("lifecycle")
                .map(n -> n instanceof SequenceNode blocks && blocks.items().size() == 1 ? blocks.items().get(0) : n);
        boolean prevented = lifecycle.filter(MappingNode.class::isInstance)
                .flatMap(l -> ((MappingNode) l).get("prevent_destroy"))
                .map(n -> n instanceof ScalarNode s && Boolean.TRUE.equals(s.value())).orElse(false);
        return new DeletionProtection(prevented, prevented ? "lifecycle { prevent_destroy = true }"
                : "no lifecycle { prevent_destroy = true }");
    }

    /**
     * The unit that decides whether each resource exists. A root that configures nothing (no
     * provider, backend or variable values) is a reusable module: its variables' defaults are
     * guesses about callers, so whether a resource exists may not be decided from them (its
     * author still learns what is wrong with a resource when it is created).
     */
    private TerraformUnit existence(List<Resource> configured, TerraformUnit resolving) {
        return configuration ? resolving
                : new TerraformUnit(resolving.name(), configured, guessedDefaults(), remote, resolving.fileSystem(),
                alsoRead);
    }

    /** The values with the root's defaulted variables unknown, for deciding existence in a reusable module. */
    private Map<String, Node> guessedDefaults() {
        Map<String, Node> guessed = new LinkedHashMap<>(values);
        for (String name : defaulted) {
            Node value = guessed.get("var." + name);
            guessed.put("var." + name, new UnknownNode(value == null ? Location.file("") : value.location(),
                    "var." + name + ", whose default is a guess: this folder is a module, and its callers decide"));
        }
        return guessed;
    }

    private void variable(Body.Block block, String qualifier, ExpressionConverter converter,
                          Map<String, Node> inputs) {
        if (block.labels().size() != 1) {
            problems.add(new InputException(block.span(), "a variable block takes one name"));
            return;
        }
        String name = block.labels().get(0);
        Node value = inputs.get(name);
        if (value == null && qualifier.isEmpty()) {
            defaulted.add(name);
        }
        if (value == null) {
            value = block.body().attributes().stream().filter(a -> a.name().equals("default")).findFirst()
                    .map(a -> converter.convert(a.value()))
                    .orElseGet(() -> new UnknownNode(block.span(), "variable " + name + ", which has no default"
                            + (qualifier.isEmpty() ? "" : " and no value from the caller")));
        }
        values.put(qualifier + "var." + name, value);
    }

    /**
     * Data sources are read at plan time, but a policy document is written out in full here,
     * and a KMS key or alias data source is the key its {@code key_id} or {@code name} names.
     */
    private void data(Body.Block block, String qualifier, ExpressionConverter converter) {
        if (block.labels().size() == 2 && block.labels().get(0).equals("aws_iam_policy_document")) {
            values.put(qualifier + "data.aws_iam_policy_document." + block.labels().get(1) + ".json",
                    PolicyDocuments.render(block, converter));
        }
        if (block.labels().size() == 2) {
            KeyDataSources.namingAttribute(block.labels().get(0)).flatMap(name -> block.body().attributes().stream()
                    .filter(a -> a.name().equals(name)).findFirst()).ifPresent(a ->
                    values.put(qualifier + "data." + block.labels().get(0) + "." + block.labels().get(1)
                            + KeyDataSources.KEY, converter.convert(a.value())));
        }
    }

    private void output(Body.Block block, String qualifier, ExpressionConverter converter) {
        if (block.labels().size() == 1) {
            block.body().attributes().stream().filter(a -> a.name().equals("value")).findFirst().ifPresent(a ->
                    values.put(qualifier + "output." + block.labels().get(0), converter.convert(a.value())));
        }
    }

    private void module(Body.Block block, Path dir, String qualifier, ExpressionConverter converter,
                        Deque<Path> chain, ParsedFile file, Optional<Location> reportedAt) {
        if (block.labels().size() != 1) {
            problems.add(new InputException(block.span(), "a module block takes one name"));
            return;
        }
        String address = qualifier + "module." + block.labels().get(0);
        callSites.put(address, ExpressionConverter.headerOf(block));
        repetition(block, converter, file, address).ifPresent(r -> repetitions.put(address, r));
        providers.moduleCall(block, address);
        Map<String, Node> arguments = new LinkedHashMap<>();
        block.body().attributes().stream().filter(a -> !MODULE_META.contains(a.name()))
                .forEach(a -> arguments.put(a.name(), converter.convert(a.value())));
        Optional<String> source = ModuleFolders.localSource(block);
        if (source.isEmpty()) {
            Optional<Path> folder = downloaded.folder(address);
            moduleCall(block, qualifier, converter, folder.isPresent(), reportedAt);
            if (folder.isEmpty()) {
                String written = block.body().attributes().stream().filter(a -> a.name().equals("source"))
                        .map(a -> a.value() instanceof Expr.Literal l ? String.valueOf(l.value()) : "(computed)")
                        .findFirst().orElse("(none)");
                remote.put(address, written);
            } else if (!chain.contains(folder.get()) && chain.size() < MAX_MODULE_DEPTH) {
                // Its files are not in the repository: findings are reported at the outermost call.
                add(folder.get(), address + ".", arguments, chain,
                        reportedAt.or(() -> Optional.of(ExpressionConverter.headerOf(block))));
            }
            return;
        }
        Path child = dir.resolve(source.get()).normalize();
        alsoRead.add(child.toAbsolutePath());
        SourceTree readable = folders.readable(chain.getLast());
        if (Files.isDirectory(child) && !readable.contains(child)) {
            // Another checkout on the runner is not the pull request's to read: the module is unknown.
            moduleCall(block, qualifier, converter, false, reportedAt);
            remote.put(address, source.get() + " (outside the repository, not loaded)");
            return;
        }
        if (chain.contains(child)) {
            problems.add(new InputException(block.span(), "module " + address + " in " + folderName(dir)
                    + " calls " + source.get() + " (" + folderName(child)
                    + "), which is already being loaded above it: a module cycle"));
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
        add(child, address + ".", arguments, chain, reportedAt);
    }

    /** {@code module.a.module.b.} for the resources of module {@code module.a.module.b}: the module calls above it. */
    private static List<String> callers(String qualifier) {
        List<String> callers = new ArrayList<>();
        String[] names = qualifier.split("\\.");
        for (int i = 0; i + 1 < names.length; i += 2) {
            callers.add(String.join(".", Arrays.copyOfRange(names, 0, i + 2)));
        }
        return callers;
    }

    /** Where each call of {@link #callers} is written. */
    private List<Location> callSites(String qualifier) {
        return callers(qualifier).stream().map(call -> callSites.getOrDefault(call, Location.file(""))).toList();
    }

    private boolean isMeta(Body.Item item, Set<String> meta) {
        String name = item instanceof Body.Attribute a ? a.name() : ((Body.Block) item).type();
        return meta.contains(name);
    }
}
