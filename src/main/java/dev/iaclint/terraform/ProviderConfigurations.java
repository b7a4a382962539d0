package dev.iaclint.terraform;

import dev.iaclint.model.Deployment;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.TerraformProvider;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider configurations of one root and which one each resource uses: the root's provider
 * blocks, a resource's {@code provider} meta-argument and each module call's {@code providers}
 * map, so that every resource gets the region and default tags of the configuration Terraform
 * gives it.
 */
final class ProviderConfigurations {

    /**
     * What the root module's default {@code provider "aws"} and {@code provider "awscc"} give
     * their resources, by provider.
     */
    private final Map<String, ProviderSettings> providerSettings = new LinkedHashMap<>();
    /** The provider meta-argument of resources that name one ({@code aws.us}), by address. */
    private final Map<String, String> resourceProviders = new LinkedHashMap<>();
    /** Each module call's {@code providers} map: the module's name for a configuration to the caller's. */
    private final Map<String, Map<String, String>> moduleProviders = new LinkedHashMap<>();

    /** What a provider block gives the resources of its provider. */
    private record ProviderSettings(Optional<Node> region, Optional<Node> defaultTags) {
    }

    /**
     * The root module's provider without an alias configures every resource of its provider,
     * local modules included: the aws provider's {@code default_tags}, and the region.
     */
    void provider(Body.Block block, String qualifier, ExpressionConverter converter) {
        if (!qualifier.isEmpty() || block.labels().size() != 1) {
            return; // a module's own provider blocks are legacy; its caller's configurations apply
        }
        Optional<String> alias = block.body().attributes().stream().filter(a -> a.name().equals("alias"))
                .findFirst().map(a -> a.value() instanceof Expr.Literal l ? String.valueOf(l.value()) : null);
        Optional<Node> region = block.body().attributes().stream().filter(a -> a.name().equals("region"))
                .findFirst().map(a -> converter.convert(a.value()));
        Optional<Node> defaultTags = Optional.empty();
        for (Body.Block defaults : block.body().blocks("default_tags")) {
            if (defaultTags.isEmpty()) {
                defaultTags = defaults.body().attributes().stream().filter(a -> a.name().equals("tags"))
                        .findFirst().map(a -> converter.convert(a.value()));
            }
        }
        String name = block.labels().get(0) + alias.map(a -> "." + a).orElse("");
        providerSettings.put(name, new ProviderSettings(region, defaultTags));
    }

    /** A resource block's {@code provider} meta-argument, naming the configuration it uses. */
    void resource(Body.Block block, String address) {
        block.body().attributes().stream().filter(a -> a.name().equals("provider")).findFirst()
                .flatMap(a -> providerName(a.value())).ifPresent(name -> resourceProviders.put(address, name));
    }

    /** A module call's {@code providers} map, passing the caller's configurations to the module. */
    void moduleCall(Body.Block block, String address) {
        block.body().attributes().stream().filter(a -> a.name().equals("providers")).findFirst()
                .filter(a -> a.value() instanceof Expr.ObjectCons).ifPresent(a -> {
                    Map<String, String> passed = new LinkedHashMap<>();
                    for (Expr.ObjectCons.Item item : ((Expr.ObjectCons) a.value()).items()) {
                        Optional<String> local = providerName(item.key());
                        Optional<String> given = providerName(item.value());
                        if (local.isPresent() && given.isPresent()) {
                            passed.put(local.get(), given.get());
                        }
                    }
                    moduleProviders.put(address, passed);
                });
    }

    /** The resources, each with what its provider gives it. */
    List<Resource> withProviderSettings(List<Resource> resources) {
        List<Resource> configured = new ArrayList<>();
        for (Resource r : resources) {
            ProviderSettings settings = providerSettings.get(providerConfiguration(r));
            // The aws provider (v6) lets a resource name its own Region.
            Optional<Node> ownRegion = TerraformProvider.implied(r.type()).equals("aws")
                    && r.attributes() instanceof MappingNode attributes ? attributes.get("region") : Optional.empty();
            Deployment deployment = r.deployment().withRegion(ownRegion.or(() -> Optional.ofNullable(settings)
                    .flatMap(ProviderSettings::region))
                    .orElseGet(() -> new UnknownNode(r.location(), "the region of the resource's provider")));
            if (settings != null && settings.defaultTags().isPresent()) {
                deployment = deployment.withDefaultTags(settings.defaultTags().get());
            }
            configured.add(r.withDeployment(deployment));
        }
        return configured;
    }

    /**
     * The provider configuration of the root that a resource uses, as {@code aws} or
     * {@code aws.us}: its own {@code provider} meta-argument or the one its type implies,
     * passed up through each module call's {@code providers} map; a module inherits its
     * caller's default configurations.
     */
    private String providerConfiguration(Resource resource) {
        String configuration = resourceProviders.getOrDefault(resource.address(),
                TerraformProvider.implied(resource.type()));
        List<String> callers = resource.deployment().callers();
        for (int i = callers.size() - 1; i >= 0; i--) {
            Map<String, String> passed = moduleProviders.getOrDefault(callers.get(i), Map.of());
            configuration = passed.getOrDefault(configuration, configuration);
        }
        return configuration;
    }

    /** {@code aws} or {@code aws.us}, as a provider reference is written (a name, a traversal or, in JSON, a string). */
    private static Optional<String> providerName(Expr expr) {
        if (expr instanceof Expr.Variable variable) {
            return Optional.of(variable.name());
        }
        if (expr instanceof Expr.Traversal traversal && traversal.source() instanceof Expr.Variable root
                && traversal.steps().size() == 1 && traversal.steps().get(0) instanceof Expr.Step.Attribute alias) {
            return Optional.of(root.name() + "." + alias.name());
        }
        if (expr instanceof Expr.Literal literal && literal.value() instanceof String name) {
            return Optional.of(name);
        }
        return Optional.empty();
    }
}
