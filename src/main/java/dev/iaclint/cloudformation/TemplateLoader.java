package dev.iaclint.cloudformation;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.SourceFile;
import dev.iaclint.model.Construct;
import dev.iaclint.model.DeletionProtection;
import dev.iaclint.model.Deployment;
import dev.iaclint.model.Existence;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.EscapedText;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.YamlNodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a CloudFormation template, YAML or JSON, into a {@link Unit}. A file is a template when
 * its {@code Resources} mapping holds an entry whose {@code Type} is {@code AWS::...}, whatever
 * the file is called. A resource that cannot be read is reported and the rest still load.
 */
public final class TemplateLoader implements Loader {

    /** The metadata key where {@code cdk synth} records the construct that made a resource. */
    private static final String CDK_PATH = "aws:cdk:path";

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
        return load(input, List.of());
    }

    /**
     * Loads a template {@code cdk synth} wrote.
     *
     * @param stacks the stacks of the cloud assembly's manifest that the template may belong to,
     *               which tell the stack part of each construct path apart
     */
    public Optional<Loaded> load(Input input, List<String> stacks) {
        String text = input.text();
        if (!mayBeTemplate(text)) {
            return Optional.empty();
        }
        return load(input.display(), text, input.isJson(), stacks);
    }

    /** A cheap look at the text, so most YAML and JSON that is not a template is never parsed. */
    public static boolean mayBeTemplate(String text) {
        return text.contains("Resources") && (text.contains("AWS::") || text.contains("AWSTemplateFormatVersion"))
                || EscapedText.mayHide(text);
    }

    /**
     * Reads {@code text} as YAML (JSON is YAML too, but Jackson reads it faster and with exact
     * columns). Returns empty when the file is not a template.
     *
     * @throws InputException when a template cannot be read at all
     */
    public Optional<Loaded> load(String file, String text, boolean json) {
        return load(file, text, json, List.of());
    }

    /**
     * The template's text as located nodes, intrinsic functions read as the loader reads them,
     * for callers that need the parts of a resource outside its properties ({@code DeletionPolicy}).
     */
    public static Optional<Node> parse(String file, String text, boolean json) {
        return json
                ? Optional.of(JsonNodeReader.read(file, text, Intrinsics.INSTANCE))
                : YamlNodeReader.read(file, text, Intrinsics.INSTANCE);
    }

    private Optional<Loaded> load(String file, String text, boolean json, List<String> stacks) {
        Optional<Node> root = parse(file, text, json);
        if (root.isEmpty() || !isTemplate(root.get())) {
            return Optional.empty();
        }
        return Optional.of(build(file, (MappingNode) root.get(), text, json, stacks));
    }

    static boolean isTemplate(Node root) {
        if (!(root instanceof MappingNode top) || top.get("Resources").isEmpty()) {
            return false;
        }
        Node resources = top.get("Resources").get();
        boolean declared = top.get("AWSTemplateFormatVersion").isPresent();
        if (resources instanceof MappingNode body) {
            return declared || body.entries().stream()
                    .anyMatch(entry -> hasAwsType(entry.value()) || ForEach.isLoop(entry.key()));
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

    private Loaded build(String file, MappingNode template, String text, boolean json, List<String> stacks) {
        List<InputException> problems = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        MappingNode parameters = section(template, "Parameters");
        MappingNode conditions = section(template, "Conditions");
        MappingNode mappings = section(template, "Mappings");
        // What a resource's deployment depends on (conditions, loop collections, deletion policies)
        // is decided over parameters, conditions and mappings alone, before the resources exist.
        CloudFormationUnit inputs = new CloudFormationUnit(file, List.of(), parameters, conditions, mappings);
        ForEach loops = new ForEach(inputs::resolve);
        for (MappingNode.Entry entry : section(template, "Resources").entries()) {
            try {
                if (ForEach.isLoop(entry.key())) {
                    for (ForEach.Generated generated : loops.expand(entry)) {
                        resources.add(resource(generated.entry(), generated.existence(), inputs, stacks));
                    }
                } else {
                    resources.add(resource(entry, Existence.DEPLOYED, inputs, stacks));
                }
            } catch (InputException problem) {
                problems.add(problem);
            }
        }
        Unit unit = new CloudFormationUnit(file, resources, parameters, conditions, mappings);
        // JSON has no comments, so suppressions there live in Metadata only.
        return new Loaded(unit, List.of(new SourceFile(file, text.lines().toList(), !json)), problems);
    }

    private Resource resource(MappingNode.Entry entry, Existence generated, CloudFormationUnit inputs,
                              List<String> stacks) {
        String logicalId = entry.key();
        if (!(entry.value() instanceof MappingNode definition)) {
            throw new InputException(entry.keyLocation(), "resource " + logicalId + " must be a mapping with a Type");
        }
        Node typeNode = definition.get("Type").orElseThrow(() ->
                new InputException(entry.keyLocation(), "resource " + logicalId + " has no Type"));
        if (typeNode instanceof MappingNode directive && directive.entries().size() == 1
                && directive.entries().get(0).key().startsWith(Intrinsics.RAIN)) {
            throw Intrinsics.rainDirective(directive.entries().get(0).key(), typeNode.location());
        }
        if (!(typeNode instanceof ScalarNode typeScalar) || !typeScalar.isString()) {
            throw new InputException(typeNode.location(), "resource " + logicalId + " has a Type that is not a string");
        }
        String type = typeScalar.text();
        // Properties may be absent, or an intrinsic (Fn::If of two mappings) resolved on access.
        Node attributes = new ForEach(inputs::resolve).expandWithin(definition.get("Properties")
                .filter(properties -> !(properties instanceof ScalarNode s && s.isNull()))
                .orElseGet(() -> new MappingNode(entry.keyLocation(), List.of())));
        String kind = kinds.forNativeType(type).map(Kind::id).orElse(null);
        Deployment deployment = Deployment.PLAIN.withProtection(protection(definition, inputs))
                .withExistence(existence(definition, generated, inputs));
        Optional<MappingNode> metadata = definition.get("Metadata").filter(MappingNode.class::isInstance)
                .map(MappingNode.class::cast);
        Optional<Node> suppressions = metadata.flatMap(m -> m.get("iac-lint"));
        Optional<Construct> construct = metadata.flatMap(m -> text(m.get(CDK_PATH)))
                .flatMap(path -> Construct.fromCdkPath(path, stacks));
        return new Resource(logicalId, type, kind, Format.CLOUDFORMATION, entry.keyLocation(), attributes, deployment,
                suppressions, construct);
    }

    /**
     * A false {@code Condition} means CloudFormation does not create the resource; one that cannot
     * be decided here leaves the resource evaluated, its existence unknown.
     */
    private static Existence existence(MappingNode definition, Existence generated, CloudFormationUnit inputs) {
        Optional<String> condition = text(definition.get("Condition"));
        if (condition.isEmpty() || generated.state() == Existence.State.NOT_DEPLOYED) {
            return generated;
        }
        Optional<Boolean> decided = inputs.decide(condition.get());
        if (decided.isEmpty()) {
            return Existence.unknown("the condition " + condition.get() + " is true");
        }
        return decided.get() ? generated : Existence.NOT_DEPLOYED;
    }

    /**
     * Retained when deleted from the template and when replaced: both policies say Retain. The
     * language extensions allow intrinsics here ({@code !If [IsProd, Retain, Delete]}); one that
     * cannot be decided leaves the protection unknown.
     */
    private static DeletionProtection protection(MappingNode definition, CloudFormationUnit inputs) {
        Optional<String> deletion = policy(definition, "DeletionPolicy", inputs);
        Optional<String> replace = policy(definition, "UpdateReplacePolicy", inputs);
        if (deletion.isEmpty() || replace.isEmpty()) {
            return DeletionProtection.unknown("DeletionPolicy is " + deletion.orElse("decided at deployment")
                    + " and UpdateReplacePolicy is " + replace.orElse("decided at deployment"));
        }
        boolean retained = (deletion.get().equals("Retain") || deletion.get().equals("RetainExceptOnCreate"))
                && replace.get().equals("Retain");
        return new DeletionProtection(retained, "DeletionPolicy is " + deletion.get() + " and UpdateReplacePolicy is "
                + replace.get());
    }

    /** The policy's value (Delete when absent), or empty when it depends on what is known only at deployment. */
    private static Optional<String> policy(MappingNode definition, String attribute, CloudFormationUnit inputs) {
        Optional<Node> written = definition.get(attribute);
        return written.isEmpty() ? Optional.of("Delete") : text(written.map(inputs::resolve));
    }

    private static Optional<String> text(Optional<Node> node) {
        return node.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).filter(t -> t != null);
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
