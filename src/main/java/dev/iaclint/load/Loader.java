package dev.iaclint.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One input format: which files it may read, how they group into units, and how a unit loads.
 * Every format iac-lint reads implements this and is registered once, in
 * {@code scan.Loaders}; nothing else in the scan knows the formats apart.
 *
 * <p>A file that several loaders may read (a {@code .json} file may be a plan or a template)
 * is offered to them in registration order, and the first whose {@link #load} recognises its
 * content takes it.
 */
public interface Loader {

    /** What this loader reads, for "not a ... or ..." when nothing recognises a file: "CloudFormation template". */
    String reads();

    /** Whether a file of this name may be this format; its content decides in {@link #load}. */
    boolean mayRead(InputFile file);

    /**
     * The inputs the files make: by default one per file. A format whose unit spans several files
     * (a Terraform module folder and the modules it calls) groups them here.
     *
     * @param files    the scan's files that this loader may read, in path order
     * @param parallel runs the grouping's own work (parsing folders to find roots) on the scan's threads
     */
    default List<Input> inputs(List<InputFile> files, Parallel parallel) {
        return files.stream().map(Input::of).toList();
    }

    /**
     * Loads one input.
     *
     * @return empty when the content is not this format, so the next loader may try it
     * @throws dev.iaclint.parse.InputException when the input is this format but cannot be read at all
     */
    Optional<Loaded> load(Input input);

    /**
     * These files changed since the last scan (a history scan moving to the next commit): forget
     * what was cached about them and their folders. A loader is otherwise made fresh for each
     * scan; one that caches nothing keeps the default.
     */
    default void forget(Set<Path> changed) {
    }
}
