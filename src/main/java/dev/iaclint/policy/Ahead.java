package dev.iaclint.policy;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * A value made once: ahead of time on a thread of its own once {@link #start} is called, or else
 * by its first reader. A pre-commit run is mostly start-up, and during it the JVM leaves the
 * second core idle; what is made ahead overlaps the command's own start instead of following it.
 */
final class Ahead<T> {

    private final FutureTask<T> task;
    private final String what;

    /** @param what what the value is, for the message of a failure */
    Ahead(String what, Callable<T> make) {
        this.what = what;
        this.task = new FutureTask<>(make);
    }

    /** Starts making the value on a daemon thread of that name. */
    Ahead<T> start(String threadName) {
        return start(threadName, made -> {
        });
    }

    /**
     * Starts making the value on a daemon thread of that name, which then goes on to do {@code
     * after} with it: work that readers would otherwise do first, done while they are busy elsewhere.
     */
    Ahead<T> start(String threadName, Consumer<T> after) {
        Thread maker = new Thread(() -> {
            task.run();
            if (!task.isCancelled()) {
                try {
                    after.accept(task.get());
                } catch (ExecutionException | InterruptedException | RuntimeException failed) {
                    // Whoever reads the value gets the failure; the work after it is only a head start.
                }
            }
        }, threadName);
        maker.setDaemon(true);
        maker.start();
        return this;
    }

    /** The value, made here unless it is made, or being made, already; then this waits for it. */
    T get() {
        task.run(); // returns at once if the task has started elsewhere
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot make " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making " + what, e);
        }
    }
}
