package dev.iaclint.scan;

import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.Parallel;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads the inputs in parallel, one task per input a loader makes (a template, a plan, a
 * Terraform root module), and hands each loaded unit to the next stage on the thread that loaded
 * it. Results come back in input order, whatever order the tasks ran in, so reports do not
 * depend on scheduling. An input that cannot be read is a result of its own; the others are
 * still loaded. The scanner knows no format: {@link Loaders} does.
 */
public final class Scanner {

    private final List<Loader> loaders;
    private final int threads;
    private final Progress progress;

    public Scanner(List<Loader> loaders, int threads) {
        this(loaders, threads, Progress.NONE);
    }

    /** @param progress told the files done after each input */
    public Scanner(List<Loader> loaders, int threads, Progress progress) {
        this.loaders = List.copyOf(loaders);
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /**
     * What becomes of each input; the scanner asks {@link #reused} on its own thread, then calls
     * one other method per input that was not reused, on a worker thread.
     */
    public interface Stage<R> {

        R loaded(Input input, Loaded loaded);

        /**
         * What an earlier scan made of this input, when nothing it read has changed since (a
         * history scan reuses the units a commit did not touch); empty loads it. Asked before
         * any input loads, so that reusing an input costs no task.
         */
        default Optional<R> reused(Input input) {
            return Optional.empty();
        }

        /** No loader recognised the file. */
        R skipped(InputFile file, String reason);

        /** The input could not be loaded at all (or loading it failed inside iac-lint). */
        R failed(InputException problem);
    }

    public <R> List<R> scan(List<InputFile> files, Stage<R> next) {
        Map<Loader, List<InputFile>> claimed = new LinkedHashMap<>();
        loaders.forEach(loader -> claimed.put(loader, new ArrayList<>()));
        List<InputFile> unclaimed = new ArrayList<>();
        for (InputFile file : files) {
            claimed.getOrDefault(firstReader(file), unclaimed).add(file);
        }
        Parallel parallel = this::run;
        // What an earlier scan made of an input is taken here; only the others are tasks to run.
        List<Optional<R>> reused = new ArrayList<>();
        List<Callable<R>> tasks = new ArrayList<>();
        AtomicInteger done = new AtomicInteger(unclaimed.size());
        claimed.forEach((loader, mine) -> {
            if (!mine.isEmpty()) {
                for (Input input : loader.inputs(mine, parallel)) {
                    Optional<R> earlier = next.reused(input);
                    reused.add(earlier);
                    if (earlier.isPresent()) {
                        progress.filesDone(Math.min(files.size(), done.addAndGet(input.files().size())), files.size());
                        continue;
                    }
                    tasks.add(() -> {
                        R result = load(loader, input, next);
                        progress.filesDone(Math.min(files.size(), done.addAndGet(input.files().size())), files.size());
                        return result;
                    });
                }
            }
        });
        Iterator<R> loaded = run(tasks, e -> next.failed(internalError(e))).iterator();
        List<R> results = new ArrayList<>(reused.size() + unclaimed.size());
        reused.forEach(earlier -> results.add(earlier.isPresent() ? earlier.get() : loaded.next()));
        unclaimed.forEach(file -> results.add(next.skipped(file, "not infrastructure code iac-lint reads")));
        return results;
    }

    /** The first loader that may read the file; null for none. */
    private Loader firstReader(InputFile file) {
        for (Loader loader : loaders) {
            if (loader.mayRead(file)) {
                return loader;
            }
        }
        return null;
    }

    /** The input's own loader first, then the later loaders that may read it, until one recognises it. */
    private <R> R load(Loader owner, Input input, Stage<R> next) {
        try {
            List<String> tried = new ArrayList<>();
            for (Loader loader : loaders.subList(loaders.indexOf(owner), loaders.size())) {
                if (loader != owner && !input.files().stream().allMatch(loader::mayRead)) {
                    continue;
                }
                tried.add(loader.reads());
                Optional<Loaded> loaded = loader.load(input);
                if (loaded.isPresent()) {
                    return next.loaded(input, loaded.get());
                }
            }
            return next.skipped(input.files().get(0), "not a " + String.join(" or ", tried.stream().sorted().toList()));
        } catch (InputException e) {
            return next.failed(e);
        } catch (StackOverflowError e) {
            return next.failed(new InputException(Location.file(input.files().get(0).display()),
                    "nested too deeply to read"));
        } catch (OutOfMemoryError e) {
            // One unit's memory is released when its load unwinds; the other units are still reported.
            return next.failed(new InputException(Location.file(input.files().get(0).display()),
                    "ran out of memory reading or checking it; it is not scanned"));
        }
    }

    private static InputException internalError(Throwable e) {
        return new InputException(Location.file("iac-lint"), "internal error: " + e);
    }

    /** The tasks' results in the tasks' order, whatever order they ran in; a task that throws gives {@code failed}'s. */
    private <T> List<T> run(List<Callable<T>> tasks, Function<Throwable, T> failed) {
        if (tasks.size() <= 1 || threads == 1) {
            return tasks.stream().map(task -> call(task, failed)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "iac-lint-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(await(future, failed));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task, Function<Throwable, T> failed) {
        try {
            return task.call();
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return failed.apply(e);
        }
    }

    private static <T> T await(Future<T> future, Function<Throwable, T> failed) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed.apply(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed.apply(e);
        }
    }
}
