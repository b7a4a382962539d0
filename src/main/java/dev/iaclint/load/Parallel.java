package dev.iaclint.load;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Runs tasks on the scan's threads and gives their results in the tasks' order. */
@FunctionalInterface
public interface Parallel {

    /** @param failed what a task that throws gives instead of its result */
    <T> List<T> run(List<Callable<T>> tasks, Function<Throwable, T> failed);
}
