package dev.iaclint.scan;

/** Told how far a scan is, as inputs finish on the worker threads (so it must be thread-safe). */
public interface Progress {

    /** Nobody is told. */
    Progress NONE = (done, total) -> { };

    /** @param done files loaded and checked so far, of {@code total} */
    void filesDone(int done, int total);
}
