package dev.iaclint.cli;

import dev.iaclint.scan.Progress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress on a terminal's standard error, {@code iac-lint: 120/3400 files}, redrawn in place and
 * cleared when the scan is done, so the report that follows starts on a clean line. A scan over
 * within {@link #DELAY_NANOS} draws nothing (a pre-commit hook stays silent), and the line is
 * redrawn at most every {@link #INTERVAL_NANOS}.
 */
final class ProgressLine implements Progress {

    static final long DELAY_NANOS = 1_000_000_000L;
    static final long INTERVAL_NANOS = 100_000_000L;
    /** Carriage return, then erase to the end of the line. */
    private static final String CLEAR = "\r\u001b[K";

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private boolean drawn;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    ProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void filesDone(int done, int total) {
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || drawn && now - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        err.print(CLEAR + "iac-lint: " + done + "/" + total + " files");
        err.flush();
        drawn = true;
        lastDrawn = now;
    }

    /** Erases the line, if one was drawn. */
    synchronized void clear() {
        if (drawn) {
            err.print(CLEAR);
            err.flush();
            drawn = false;
        }
    }
}
