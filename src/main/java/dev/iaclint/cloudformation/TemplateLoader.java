package dev.iaclint.cloudformation;

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
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.YamlNodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a CloudFormation template, YAML or JSON, into a {@link Unit}. A file is a template when
 * its {@code Resources} mapping holds an entry whose {@code Type} is {@code AWS::...}, whatever
 * the file is called. A resource that cannot be read is reported and the rest still load.
 */
public final class TemplateLoader implements Loader {

    private final KindTable kinds;

    public TemplateLoader(KindTable kinds) {
        this.kinds = kinds;
    }

    @Override
    public String reads() {
        return "CloudFormation template";
    }

    /** Any file: a template is known by its content, whatever it is called. */
    @Override
    public boolean mayRead(InputFile file) {
        return true;
    }

    @Override
    public Optional<Loaded> load(Input input) {
        String text = input.text();
        if (!mayBeTemplate(text)) {
            return Optional.empty();
        }
        return load(input.display(), text, isJson(input.display(), text));
    }

    private static boolean isJson(String file, String text) {
        return file.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
    }

    /** A cheap look at the text, so most YAML and JSON that is not a template is never parsed. */
    public static boolean mayBeTemplate(String text) {
        return text.contains("Resources") && (text.contains("AWS::") || text.contains("AWSTemplateFormatVersion"));
    }

    /**
     * Reads {@code text} as YAML (JSON is YAML too, but Jackson reads it faster and with exact
     * columns). Returns empty when the file is not a template.
     *
     * @throws InputException when a template cannot be read at all
     */
    public Optional<Loaded> load(String file, String text, boolean json) {
        Optional<Node> root = json
                ? Optional.of(JsonNodeReader.read(file, text, Intrinsics.INSTANCE))
                : YamlNodeReader.read(file, text, Intrinsics.INSTANCE);
        if (root.isEmpty() || !isTemplate(root.get())) {
            return Optional.empty();
        }
        return Optional.of(build(file, (MappingNode) root.get(), text, json));
    }

    static boolean isTemplate(Node root) {
        if (!(root instanceof MappingNode top) || top.get("Resources").isEmpty()) {
            return false;
        }
        Node resources = top.get("Resources").get();
        boolean declared = top.get("AWSTemplateFormatVersion").isPresent();
        if (resources instanceof MappingNode body) {
            return declared || body.entries().stream().anyMatch(entry -> hasAwsType(entry.value()));
        }
        if (declared || resources instanceof SequenceNode list && list.items().stream().anyMatch(TemplateLoader::hasAwsType)) {
            throw new InputException(resources.location(), "Resources must be a mapping of logical ids to resources");
        }
        return false;
    }

    private static boolean hasAwsType(Node resource) {
        return resource instanceof MappingNode definition
                && definition.get("Type").orElse(null) instanceof ScalarNode type
                && type.isString() && (type.text().startsWith("AWS::") || type.text().startsWith("Custom::"));
    }

    private Loaded build(String file, MappingNode template, String text, boolean json) {
        List<InputException> problems = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        MappingNode body = section(template, "Resources");
        for (MappingNode.Entry entry : body.entries()) {
            try {
                resources.add(resource(entry));
            } catch (InputException problem) {
                problems.add(problem);
            }
        }
        Unit unit = new CloudFormationUnit(file, resources, section(template, "Parameters"),
                section(template, "Conditions"), section(template, "Mappings"));
        // JSON has no comments, so suppressions there live in Metadata only.
        return new Loaded(unit, List.of(new SourceFile(file, text.lines().toList(), !json)), problems);
    }

    private Resource resource(MappingNode.Entry entry) {
        String logicalId = entry.key();
        if (!(entry.value() instanceof MappingNode definition)) {
            throw new InputException(entry.keyLocation(), "resource " + logicalId + " must be a mapping with a Type");
        }
        Node typeNode = definition.get("Type").orElseThrow(() ->
                new InputException(entry.keyLocation(), "resource " + logicalId + " has no Type"));
        if (!(typeNode instanceof ScalarNode typeScalar) || !typeScalar.isString()) {
            throw new InputException(typeNode.location(), "resource " + logicalId + " has a Type that is not a string");
        }
        String type = typeScalar.text();
        // Properties may be absent, or an intrinsic (Fn::If of two mappings) resolved on access.
        Node attributes = definition.get("Properties")
                .filter(properties -> !(properties instanceof ScalarNode s && s.isNull()))
                .orElseGet(() -> new MappingNode(entry.keyLocation(), List.of()));
        String kind = kinds.forNativeType(type).map(Kind::id).orElse(null);
        Deployment deployment = Deployment.PLAIN.withProtection(protection(definition));
        Optional<Node> suppressions = definition.get("Metadata").filter(MappingNode.class::isInstance)
                .flatMap(metadata -> ((MappingNode) metadata).get("iac-lint"));
        return new Resource(logicalId, type, kind, Format.CLOUDFORMATION, entry.keyLocation(), attributes, deployment,
                suppressions);
    }

    /** Retained when deleted from the template and when replaced: both policies say Retain. */
    private static DeletionProtection protection(MappingNode definition) {
        String deletion = text(definition.get("DeletionPolicy")).orElse("Delete");
        String replace = text(definition.get("UpdateReplacePolicy")).orElse("Delete");
        boolean retained = (deletion.equals("Retain") || deletion.equals("RetainExceptOnCreate")) && replace.equals("Retain");
        return new DeletionProtection(retained, "DeletionPolicy is " + deletion + " and UpdateReplacePolicy is " + replace);
    }

    private static Optional<String> text(Optional<Node> node) {
        return node.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }

    private static MappingNode section(MappingNode template, String name) {
        Node section = template.get(name).orElse(null);
        if (section instanceof MappingNode mapping) {
            return mapping;
        }
        if (section != null && !(section instanceof ScalarNode s && s.isNull())) {
            throw new InputException(section.location(), name + " must be a mapping");
        }
        return new MappingNode(Location.file(template.location().file()), List.of());
    }
}
