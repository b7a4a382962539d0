package dev.iaclint.terraform;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.SourceText;
import dev.iaclint.parse.TagHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry, git and other remote modules that {@code terraform init} downloaded for a root
 * module, from its {@code .terraform/modules/modules.json}: each module call's key
 * ({@code bedrock}, {@code bedrock.kb} for a call inside it) to the folder it was downloaded to.
 * Nothing is fetched: a module that is not there is not inspected, and says so.
 */
final class DownloadedModules {

    static final String MANIFEST = ".terraform/modules/modules.json";

    private final Map<String, Path> folders;

    private DownloadedModules(Map<String, Path> folders) {
        this.folders = folders;
    }

    static DownloadedModules none() {
        return new DownloadedModules(Map.of());
    }

    /**
     * @param display how reports name the manifest, should it be unreadable
     * @throws InputException when the manifest is there but cannot be read
     */
    static DownloadedModules of(Path root, String display) {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return none();
        }
        Node json = JsonNodeReader.read(display, SourceText.read(manifest, display), TagHandler.NONE);
        Map<String, Path> folders = new HashMap<>();
        if (json instanceof MappingNode top && top.get("Modules").orElse(null) instanceof SequenceNode modules) {
            for (Node module : modules.items()) {
                if (module instanceof MappingNode entry && text(entry, "Key").isPresent() && text(entry, "Dir").isPresent()) {
                    Path folder = root.resolve(text(entry, "Dir").get()).normalize();
                    // A manifest names folders under the root; one that points elsewhere is not followed.
                    if (folder.startsWith(root.normalize()) && Files.isDirectory(folder)) {
                        folders.put(text(entry, "Key").get(), folder);
                    }
                }
            }
        }
        return new DownloadedModules(folders);
    }

    /** The folder of the module call at this address ({@code module.bedrock.module.kb}), when downloaded. */
    Optional<Path> folder(String moduleAddress) {
        return Optional.ofNullable(folders.get(moduleAddress.replace("module.", "")));
    }

    private static Optional<String> text(MappingNode entry, String key) {
        return entry.get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }
}
