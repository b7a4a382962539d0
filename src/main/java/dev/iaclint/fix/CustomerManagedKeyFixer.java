package dev.iaclint.fix;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Format;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Tags;
import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * BEDROCK-0xx "encrypted with a customer-managed KMS key": names the workload's existing key
 * when the template or module has exactly one (see {@link WorkloadKeys}), or the key this run
 * already added for the same workload and grantee, else adds a key next to the resource
 * (rotation on, deletion protected, a least-privilege key policy, the resource's tags) and names
 * it. A key Terraform passes into a module through a variable is named in the module call
 * ({@link ModuleInput}).
 */
final class CustomerManagedKeyFixer implements Fixer {

    /** Kinds whose key is set only when they are created: a new key replaces them. */
    private static final Set<String> CREATE_ONLY = Set.of("bedrock.custom-model", "bedrock.knowledge-base",
            "bedrock.studio-domain", "bedrock.agentcore-memory");
    /** The value of a required tag the resource has none to copy of: clearly not a real one, and a valid tag value. */
    static final String PLACEHOLDER = "TODO-fill-in";
    private static final List<String> DEFAULT_ACTIONS = List.of("kms:GenerateDataKey", "kms:Decrypt");

    /**
     * Where the key is named and a new one would go.
     *
     * @param anchor      the block that names the key (the resource, or the module call)
     * @param path        the setting that names it
     * @param inScope     the existing keys that can be named there
     * @param literalRole whether only a literal role ARN means the same there (in another module)
     * @param newName     the name a new key would take
     * @param setting     how the output says where the key is named
     */
    record Place(String file, Anchor anchor, String path, Predicate<Resource> inScope, boolean literalRole,
                 String newName, String setting) {
    }

    /** Who the key policy lets use the key: the resource's role, or the service when it has none. */
    record Grantee(Optional<Value> role, String service, List<String> actions) {
    }

    @Override
    public boolean fixes(Finding finding) {
        // A policy about the resource's own key counts toward the resource's family; one about the
        // data path (the bucket it reads, its vector store) counts toward the store's, and is fixed
        // at the store, which this fixer does not edit.
        return finding.ruleId().startsWith("BEDROCK-") && finding.rule().title().contains("customer-managed KMS key")
                && KindTable.builtIn().forNativeType(finding.resourceType()).map(Kind::family)
                        .filter(family -> family.equals(finding.rule().coverage())).isPresent();
    }

    @Override
    public Fix fix(Finding finding, Target target) throws CannotFix {
        Resource resource = target.resource();
        Kind kind = target.fields().kind(resource).orElseThrow(() -> new CannotFix(resource.type() + " has no kind"));
        Optional<Node> written = target.written("encryptionKey");
        if (written.isPresent() && written.get() instanceof ReferenceNode reference) {
            if (resource.format() == Format.TERRAFORM && ModuleCall.isVariable(reference)) {
                ModuleCall call = ModuleCall.of(target, finding, reference, "key");
                List<String> rootFiles = target.sources().terraformFilesIn(target.unit().name());
                Place place = new Place(call.file(), call.anchor(), call.variable(),
                        key -> !key.address().startsWith("module.") && rootFiles.contains(key.location().file()), true,
                        call.module() + "_key", "; passed as " + call.variable() + " in module \"" + call.module() + "\"");
                return wire(finding, target, kind, target.sources().editor(call.file()), place);
            }
            throw new CannotFix(resource.address() + "'s key comes from " + reference.display()
                    + "; give it the ARN of a customer-managed key where that is defined");
        }
        if (written.isPresent() && written.get() instanceof ExpressionNode expression
                && (expression.function().equals(ExpressionNode.CONDITIONAL) || expression.function().equals("Fn::If"))) {
            throw new CannotFix(resource.address() + " chooses its key with a condition; set the branch that "
                    + "falls short by hand");
        }
        String file = resource.location().file();
        SourceEditor editor = target.editor();
        Place place = new Place(file, target.anchor(), target.path("encryptionKey"), sameScope(resource), false,
                newName(resource, kind), "");
        return wire(finding, target, kind, editor, place);
    }

    /** Names the workload's key at the place, adding it first when there is none. */
    static Fix wire(Finding finding, Target target, Kind kind, SourceEditor editor, Place place) throws CannotFix {
        Resource resource = target.resource();
        WorkloadKeys workloadKeys = new WorkloadKeys(target.unit(), target.fields(), target.keyUsers());
        Optional<Resource> existing = workloadKeys.shared(resource, place.inScope());
        Map<String, String> workload = new LinkedHashMap<>(workloadKeys.tags(resource).values());
        Grantee grantee = granteeOf(target, kind, resource, place.literalRole());
        Optional<String> added = existing.isPresent() ? Optional.empty()
                : target.newKeys().find(place.file(), workload, grantee.role(), grantee.service(), grantee.actions());
        List<TextEdit> edits = new ArrayList<>();
        boolean replaces = CREATE_ONLY.contains(kind.id());
        if (replaces) {
            edits.addAll(editor.comment(place.anchor(), replacementNote(kind, resource)));
        }
        String keyName = existing.map(k -> Anchor.of(k).name()).or(() -> added)
                .orElseGet(() -> editor.freeName(place.newName()));
        edits.addAll(editor.set(place.anchor(), place.path(), new Value.KeyArn(keyName)));
        String explanation;
        if (existing.isPresent()) {
            explanation = "uses " + existing.get().address() + ", the key of the same workload";
        } else if (added.isPresent()) {
            explanation = "uses " + keyName + ", the key this fix adds for the same workload";
        } else {
            NewKey key = newKey(target, kind, keyName, grantee);
            edits.addAll(editor.addKey(place.anchor(), key));
            target.newKeys().add(finding, place.file(), workload, grantee.role(), grantee.service(), grantee.actions(),
                    keyName);
            explanation = "adds key " + keyName + " (rotation on, deletion protected, key policy for "
                    + kind.title().toLowerCase(Locale.ROOT) + " " + resource.address() + ")"
                    + (key.tags().containsValue(PLACEHOLDER) ? "; its tags valued " + PLACEHOLDER
                    + " are placeholders to fill" : "");
        }
        return new Fix(finding, place.file(), edits, explanation + place.setting()
                + (replaces ? "; applying it replaces " + resource.address() : ""), replaces);
    }

    /** Where a key may be named from: the resource's own template, or its own module. */
    private static Predicate<Resource> sameScope(Resource resource) {
        String module = modulePath(resource);
        return key -> key.location().file().equals(resource.location().file())
                || resource.format() == Format.TERRAFORM && modulePath(key).equals(module)
                && folder(key.location().file()).equals(folder(resource.location().file()));
    }

    private static String modulePath(Resource resource) {
        int at = resource.address().lastIndexOf(resource.type() + ".");
        return at <= 0 ? "" : resource.address().substring(0, at);
    }

    private static String folder(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String replacementNote(Kind kind, Resource resource) {
        return "iac-lint fix: a " + kind.title() + " takes its key only when it is created: applying this replaces "
                + resource.address() + " (a new one, without the data of the old).";
    }

    /** {@code SupportAgentKey}, {@code support_agent_key}: the resource's name and what it is. */
    private static String newName(Resource resource, Kind kind) {
        String name = Anchor.of(resource).name();
        if (resource.format() != Format.TERRAFORM) {
            return name + "Key";
        }
        String what = kind.id().substring(kind.id().indexOf('.') + 1).replace('-', '_');
        boolean generic = name.equals("this") || name.equals("main") || name.equals("default");
        return (generic || name.contains(what) ? what : name + "_" + what) + "_key";
    }

    private static NewKey newKey(Target target, Kind kind, String name, Grantee grantee) {
        Resource resource = target.resource();
        String sid = KeyPolicyWriter.sid(kind.title());
        Value.Mapping policy = KeyPolicyWriter.policy(grantee.role(), grantee.service(), sid + "Use", grantee.actions());
        Map<String, String> tags = ownTags(target);
        Tags workload = new WorkloadKeys(target.unit(), target.fields(), target.keyUsers()).tags(resource);
        boolean placeholders = false;
        for (String required : target.requiredTags()) {
            if (!workload.has(required) && workload.complete()) {
                tags.put(required, PLACEHOLDER);
                placeholders = true;
            }
        }
        return new NewKey(name, "Encrypts the data of " + kind.title() + " " + resource.address(), policy, tags,
                "Added by iac-lint fix: the customer-managed key of " + resource.address() + "."
                        + (placeholders ? "\nTags valued " + PLACEHOLDER + " are placeholders: set them before applying."
                        : ""));
    }

    /** The workload's tags to copy onto a new key, leaving out the provider's default tags (the key gets those anyway). */
    private static Map<String, String> ownTags(Target target) {
        Tags all = new WorkloadKeys(target.unit(), target.fields(), target.keyUsers()).tags(target.resource());
        Tags defaults = Tags.of(target.unit(), target.resource(), Optional.empty());
        Map<String, String> own = new LinkedHashMap<>();
        all.values().forEach((key, value) -> {
            if (value != null && !value.equals(defaults.values().get(key))) {
                own.put(key, value);
            }
        });
        return own;
    }

    /**
     * Who a key policy lets use the key for a Bedrock resource: its role, or its service when it has none.
     *
     * @param literalRole whether only a literal role ARN means the same where the policy is written (in another module)
     */
    static Grantee granteeOf(Target target, Kind kind, Resource user, boolean literalRole) throws CannotFix {
        List<String> actions = kind.keyActions().isEmpty() ? DEFAULT_ACTIONS : kind.keyActions();
        String service = kind.id().startsWith("bedrock.agentcore") ? "bedrock-agentcore.amazonaws.com"
                : "bedrock.amazonaws.com";
        return new Grantee(roleOf(target, user, literalRole), service, actions);
    }

    /**
     * The role that uses the key, as written beside the resource (a data source's is its
     * knowledge base's), to copy into the key policy; empty when the resource has none.
     *
     * @param literalOnly when the key is written in another module, where only a literal ARN means the same
     */
    private static Optional<Value> roleOf(Target target, Resource resource, boolean literalOnly) throws CannotFix {
        Resource holder = target.fields().referencedResource(target.unit(), resource, "knowledgeBase").orElse(resource);
        Optional<Node> role = target.fields().find(target.unit(), holder, "role").map(Field::value);
        if (role.isEmpty() || literalOnly && !(role.get() instanceof ScalarNode)) {
            return Optional.empty();
        }
        if (role.get() instanceof ScalarNode scalar && (scalar.text() == null || scalar.text().isBlank())) {
            return Optional.empty();
        }
        if (role.get() instanceof ReferenceNode reference && resource.format() == Format.CLOUDFORMATION) {
            return Optional.of(new Value.Ref(reference.target(),
                    reference.attributePath().isEmpty() ? null : String.join(".", reference.attributePath())));
        }
        return Optional.of(new Value.Source(target.sources().textOf(role.get().location())));
    }
}
