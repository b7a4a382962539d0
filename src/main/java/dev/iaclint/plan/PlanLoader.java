package dev.iaclint.plan;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.SourceFile;
import dev.iaclint.model.DeletionProtection;
import dev.iaclint.model.Deployment;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.PlannedChange;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.TerraformProvider;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.EscapedText;
import dev.iaclint.parse.InputException;
import dev.iaclint.plan.PlanDocument.PlannedModule;
import dev.iaclint.plan.PlanDocument.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code terraform show -json} output. Resources come from {@code planned_values}, root and
 * child modules, with their full addresses; what the plan knows only after apply
 * ({@code after_unknown}) is traced through {@code configuration} to the resource that
 * produces it, so a key created in the same plan counts as customer-managed. Each resource keeps
 * its change ({@code actions}, {@code replace_paths}, {@code action_reason}, before and after).
 * A plan is recognised by its content, whatever the file is called.
 */
public final class PlanLoader implements Loader {

    private static final DeletionProtection NOT_IN_PLAN =
            DeletionProtection.unknown("a plan does not show lifecycle { prevent_destroy }");

    private final KindTable kinds;

    public PlanLoader(KindTable kinds) {
        this.kinds = kinds;
    }

    @Override
    public String reads() {
        return "Terraform plan";
    }

    @Override
    public boolean mayRead(InputFile file) {
        return true;
    }

    @Override
    public Optional<Loaded> load(Input input) {
        String text = input.text();
        if (!input.isJson() || !mayBePlan(text)) {
            return Optional.empty();
        }
        return load(input.display(), text).map(unit ->
                new Loaded(unit, List.of(new SourceFile(input.display(), text.lines().toList(), false)), List.of()));
    }

    /** A cheap look at the text before parsing. */
    public static boolean mayBePlan(String text) {
        return text.contains("\"format_version\"")
                && (text.contains("\"planned_values\"") || text.contains("\"resource_changes\""))
                || EscapedText.mayHide(text);
    }

    /** Empty when the JSON is not a plan. */
    public Optional<Unit> load(String file, String text) {
        Optional<PlanDocument> read = PlanDocument.read(file, text);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        PlanDocument plan = read.get();
        PlanConfiguration configuration = new PlanConfiguration(plan.configuration(), plan.variables());
        List<Resource> resources = new ArrayList<>();
        plan.root().ifPresent(module -> module(module, "", plan.changes(), configuration, resources));
        return Optional.of(new PlanUnit(file, resources));
    }

    private void module(PlannedModule module, String moduleAddress, Map<String, PlannedChange> changes,
                        PlanConfiguration configuration, List<Resource> resources) {
        if (module.malformed() != null) {
            throw new InputException(module.malformed(), "a plan module must be an object");
        }
        for (PlannedResource entry : module.resources()) {
            resource(entry, moduleAddress, changes, configuration).ifPresent(resources::add);
        }
        for (PlannedModule child : module.children()) {
            module(child, child.address() != null ? child.address() : moduleAddress, changes, configuration, resources);
        }
    }

    private Optional<Resource> resource(PlannedResource entry, String moduleAddress, Map<String, PlannedChange> changes,
                                        PlanConfiguration configuration) {
        if (entry.malformed() != null) {
            throw new InputException(entry.malformed(), "a planned resource must be an object");
        }
        String mode = entry.mode() != null ? entry.mode() : "managed";
        String address = entry.address();
        String type = entry.type();
        if (!mode.equals("managed") || address == null || type == null) {
            return Optional.empty();
        }
        Location location = entry.addressAt();
        MappingNode values = entry.values();
        PlannedChange change = changes.get(address);
        Optional<Node> mask = Optional.ofNullable(change).flatMap(PlannedChange::change)
                .filter(MappingNode.class::isInstance).flatMap(c -> ((MappingNode) c).get("after_unknown"));
        String inModule = configAddress(address, moduleAddress);
        MappingNode withOrigins = mask.map(m -> withUnknowns(values, m, new ArrayList<>(), moduleAddress, inModule,
                configuration, location)).orElse(values);
        MappingNode attributes = withAwsManagedKey(withOrigins, type, moduleAddress, inModule, configuration);
        Deployment deployment = Deployment.PLAIN.withProtection(NOT_IN_PLAN);
        if (change != null) {
            deployment = deployment.withChange(change);
        }
        deployment = deployment.withRegion(configuration.providerRegion(TerraformProvider.implied(type))
                .orElseGet(() -> new UnknownNode(location, "the region of the resource's provider")));
        // What the provider computed, default tags included, replaces both when the plan knows it.
        Optional<Node> tagsAll = attributes.get("tags_all");
        if (tagsAll.isPresent()) {
            deployment = deployment.withAppliedTags(tagsAll.get());
        }
        String kind = kinds.forNativeType(type).map(Kind::id).orElse(null);
        return Optional.of(new Resource(address, type, kind, Format.TERRAFORM_PLAN, location, attributes,
                deployment, Optional.empty()));
    }

    /**
     * The resource's encryption key as the alias it was looked up by, when that is an AWS-managed
     * alias (see {@link PlanConfiguration#awsManagedAlias}); the plan only shows its ARN.
     */
    private MappingNode withAwsManagedKey(MappingNode attributes, String type, String moduleAddress, String resource,
                                          PlanConfiguration configuration) {
        Optional<String> path = kinds.forNativeType(type).flatMap(kind -> kind.path(type, "encryptionKey"));
        if (path.isEmpty()) {
            return attributes;
        }
        List<String> steps = List.of(path.get().split("\\."));
        return configuration.awsManagedAlias(moduleAddress, resource, steps)
                .map(alias -> (MappingNode) replace(attributes, steps, alias)).orElse(attributes);
    }

    /** The node with the scalar at the path (stepping into the first of a list of blocks) written as {@code text}. */
    private static Node replace(Node node, List<String> path, String text) {
        if (path.isEmpty()) {
            return ScalarNode.ofString(node.location(), text);
        }
        if (node instanceof SequenceNode blocks && !blocks.items().isEmpty()) {
            List<Node> items = new ArrayList<>(blocks.items());
            items.set(0, replace(items.get(0), path, text));
            return new SequenceNode(blocks.location(), items);
        }
        if (node instanceof MappingNode mapping && mapping.get(path.get(0)).isPresent()) {
            List<MappingNode.Entry> entries = new ArrayList<>();
            for (MappingNode.Entry entry : mapping.entries()) {
                entries.add(entry.key().equals(path.get(0)) ? new MappingNode.Entry(entry.key(), entry.keyLocation(),
                        replace(entry.value(), path.subList(1, path.size()), text)) : entry);
            }
            return new MappingNode(mapping.location(), entries);
        }
        return node;
    }

    /** {@code module.kb.aws_x.a["k"]} in module {@code module.kb} is {@code aws_x.a} in that module's configuration. */
    private static String configAddress(String address, String moduleAddress) {
        // A plan written by hand (or by a fuzzer) may put a resource in a module it does not name.
        String local = !moduleAddress.isEmpty() && address.startsWith(moduleAddress + ".")
                ? address.substring(moduleAddress.length() + 1) : address;
        int bracket = local.indexOf('[');
        return bracket < 0 ? local : local.substring(0, bracket);
    }

    /**
     * Puts, where {@code after_unknown} says true, where the value comes from (or an unknown
     * node); an attribute the configuration does not write is left out, as it is in a .tf file.
     */
    private static MappingNode withUnknowns(MappingNode values, Node mask, List<String> path, String moduleAddress,
                                            String resource, PlanConfiguration configuration, Location at) {
        if (!(mask instanceof MappingNode unknowns)) {
            return values;
        }
        Map<String, MappingNode.Entry> entries = new LinkedHashMap<>();
        values.entries().forEach(e -> entries.put(e.key(), e));
        for (MappingNode.Entry unknown : unknowns.entries()) {
            List<String> here = new ArrayList<>(path);
            here.add(unknown.key());
            if (unknown.value() instanceof ScalarNode flag && Boolean.TRUE.equals(flag.value())) {
                if (configuration.writes(moduleAddress, resource, here).equals(Optional.of(false))) {
                    entries.remove(unknown.key());
                    continue;
                }
                entries.put(unknown.key(), new MappingNode.Entry(unknown.key(), at,
                        configuration.origin(moduleAddress, resource, here, at)));
            } else if (unknown.value() instanceof SequenceNode blocks && !blocks.items().isEmpty()
                    && entries.get(unknown.key()) != null && entries.get(unknown.key()).value() instanceof SequenceNode known
                    && !known.items().isEmpty() && known.items().get(0) instanceof MappingNode first) {
                MappingNode merged = withUnknowns(first, blocks.items().get(0), here, moduleAddress, resource, configuration, at);
                List<Node> items = new ArrayList<>(known.items());
                items.set(0, merged);
                MappingNode.Entry old = entries.get(unknown.key());
                entries.put(unknown.key(), new MappingNode.Entry(old.key(), old.keyLocation(),
                        new SequenceNode(known.location(), items)));
            }
        }
        return new MappingNode(values.location(), new ArrayList<>(entries.values()));
    }

}
