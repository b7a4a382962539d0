package dev.iaclint.cdk;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.SourceText;
import dev.iaclint.parse.TagHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder {@code cdk synth} wrote ({@code cdk.out}, or a stage's {@code assembly-Prod}): its
 * {@code manifest.json} names the stack templates and the stacks they deploy. Nested assemblies
 * have manifests of their own; nested stacks are the {@code *.nested.template.json} files beside
 * their parent's template.
 *
 * @param templates the stack templates, by file name, with their stack's display name
 */
public record CloudAssembly(Path folder, Map<String, String> templates) {

    public static final String MANIFEST = "manifest.json";
    private static final String NESTED_TEMPLATE = ".nested.template.json";

    /** The assembly in {@code folder}; empty when it has no manifest, or one that is not a cloud assembly's. */
    public static Optional<CloudAssembly> in(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        Node root;
        try {
            root = JsonNodeReader.read(manifest.toString(), SourceText.read(manifest, manifest.toString()), TagHandler.NONE);
        } catch (InputException notJson) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode top) || top.get("version").isEmpty()
                || !(top.get("artifacts").orElse(null) instanceof MappingNode artifacts)) {
            return Optional.empty();
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (MappingNode.Entry artifact : artifacts.entries()) {
            if (artifact.value() instanceof MappingNode body && "aws:cloudformation:stack".equals(text(body.get("type")))
                    && body.get("properties").orElse(null) instanceof MappingNode properties
                    && text(properties.get("templateFile")) != null) {
                String display = text(body.get("displayName"));
                templates.put(text(properties.get("templateFile")), display != null ? display : artifact.key());
            }
        }
        return Optional.of(new CloudAssembly(folder, templates));
    }

    private static String text(Optional<Node> node) {
        return node.orElse(null) instanceof ScalarNode scalar && scalar.isString() ? scalar.text() : null;
    }

    /** Whether the file (a name in this folder) is one of the assembly's stack templates, nested ones included. */
    public boolean isTemplate(String fileName) {
        return templates.containsKey(fileName) || fileName.endsWith(NESTED_TEMPLATE);
    }

    /**
     * The stacks a template may belong to: its own, or for a nested stack (which the manifest does
     * not list) every stack of the assembly, of which its construct paths tell the parent.
     */
    public List<String> stacks(String fileName) {
        String own = templates.get(fileName);
        return own != null ? List.of(own) : List.copyOf(templates.values());
    }
}
