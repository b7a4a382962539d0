package dev.iaclint.terraform;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.Parallel;
import dev.iaclint.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a Terraform root module, a folder of {@code .tf} files, with the local modules it calls,
 * into one {@link TerraformUnit}. Remote module sources are never fetched: their outputs are
 * unknown. A file that cannot be parsed is reported and the others still load.
 *
 * <p>A folder that another scanned folder calls as a local module is loaded through its caller,
 * not as a root of its own. When only some files of a folder were named (as pre-commit does),
 * the whole folder is loaded for context and only those files are reported.
 */
public final class TerraformLoader implements Loader {

    static final String JSON = ".json";

    /** A file of a module: native syntax ({@code .tf}) or JSON syntax ({@code .tf.json}). */
    static boolean isConfiguration(String name) {
        return name.endsWith(".tf") || name.endsWith(".tf" + JSON);
    }

    static boolean isVariables(String name) {
        return name.endsWith(".tfvars") || name.endsWith(".tfvars" + JSON);
    }

    private final KindTable kinds;
    private final Function<Path, String> display;
    private final List<Path> varFiles;
    private final ModuleFolders folders;
    private final RootGrouping grouping;

    /**
     * @param display  how reports name a file
     * @param varFiles {@code --var-file}s, applied to every root after terraform.tfvars and *.auto.tfvars
     */
    public TerraformLoader(KindTable kinds, Function<Path, String> display, List<Path> varFiles) {
        this.kinds = kinds;
        this.display = display;
        this.varFiles = List.copyOf(varFiles);
        this.folders = new ModuleFolders(display);
        this.grouping = new RootGrouping(display, folders);
    }

    @Override
    public String reads() {
        return "Terraform module";
    }

    @Override
    public boolean mayRead(InputFile file) {
        // Variable files belong to their folder's configuration: named alone (pre-commit staging
        // only terraform.tfvars), they ask for that configuration.
        return isConfiguration(file.display()) || isVariables(file.display());
    }

    /**
     * One input per root module: a folder of .tf files that no other scanned folder calls (see
     * {@link RootGrouping}).
     */
    @Override
    public List<Input> inputs(List<InputFile> files, Parallel parallel) {
        return grouping.inputs(files, parallel);
    }

    @Override
    public Optional<Loaded> load(Input input) {
        UnitBuilder.Module module = new UnitBuilder(kinds, display, folders).build(input.path(), varFiles);
        List<SourceFile> files = module.files().stream()
                .map(file -> new SourceFile(file.display(), file.lines(), !file.display().endsWith(JSON))).toList();
        return Optional.of(new Loaded(module.unit(), files, module.problems()));
    }

    /** A changed file changes its folder's module; a changed module file may change which folders call which. */
    @Override
    public void forget(Set<Path> changed) {
        grouping.forget(changed, folders.forget(changed));
    }
}
