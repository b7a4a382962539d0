package dev.iaclint.cdk;

import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.Parallel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CDK cloud assemblies: the files of a folder that holds a cloud assembly's {@code manifest.json}.
 * Each stack template the manifest names (and each nested stack template) loads as a
 * CloudFormation template whose resources know their stack and construct; the assembly's other
 * files (the manifest, {@code tree.json}, asset manifests) are the CDK's bookkeeping, not code,
 * and are left out.
 */
public final class CdkLoader implements Loader {

    private final TemplateLoader templates;
    /** One look at each folder's manifest per scan, from whichever thread asks first. */
    private final Map<Path, Optional<CloudAssembly>> assemblies = new ConcurrentHashMap<>();
    /**
     * The same, by the folder's name as reports give it: asked for every file of every scan, and
     * a name is cheaper to look up than a path to make absolute and normal (a history scan asks
     * again at each commit).
     */
    private final Map<String, Optional<CloudAssembly>> byFolderName = new ConcurrentHashMap<>();

    public CdkLoader(TemplateLoader templates) {
        this.templates = templates;
    }

    @Override
    public String reads() {
        return "CDK cloud assembly";
    }

    @Override
    public boolean mayRead(InputFile file) {
        int slash = file.display().lastIndexOf('/');
        String folder = slash < 0 ? "" : file.display().substring(0, slash);
        return byFolderName.computeIfAbsent(folder, name -> assemblyOf(file)).isPresent();
    }

    /** The assembly's stack templates, one input each; its other files are not inputs at all. */
    @Override
    public List<Input> inputs(List<InputFile> files, Parallel parallel) {
        List<Input> inputs = new ArrayList<>();
        for (InputFile file : files) {
            Optional<CloudAssembly> assembly = assemblyOf(file);
            if (assembly.isPresent() && assembly.get().isTemplate(file.path().getFileName().toString())) {
                inputs.add(Input.of(file));
            }
        }
        return inputs;
    }

    @Override
    public Optional<Loaded> load(Input input) {
        List<String> stacks = assemblyOf(input.path())
                .map(assembly -> assembly.stacks(input.path().getFileName().toString())).orElse(List.of());
        return templates.load(input, stacks);
    }

    @Override
    public void forget(Set<Path> changed) {
        changed.forEach(file -> assemblies.remove(file.toAbsolutePath().normalize().getParent()));
        // An assembly is what its manifest says: only a changed manifest changes one.
        if (changed.stream().anyMatch(file -> file.getFileName().toString().equals(CloudAssembly.MANIFEST))) {
            byFolderName.clear();
        }
    }

    private Optional<CloudAssembly> assemblyOf(InputFile file) {
        return assemblyOf(file.path());
    }

    private Optional<CloudAssembly> assemblyOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? Optional.empty() : assemblies.computeIfAbsent(folder, CloudAssembly::in);
    }
}
