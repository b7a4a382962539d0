package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.support.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress on standard error: only for long scans on a terminal outside CI, redrawn in place, cleared at the end. */
class ProgressLineTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final ProgressLine progress = new ProgressLine(new PrintWriter(err), now::get);

    @Test
    void aShortScanDrawsNothing() {
        progress.filesDone(1, 2);
        now.addAndGet(ProgressLine.DELAY_NANOS - 1);
        progress.filesDone(2, 2);
        progress.clear();
        assertEquals("", err.toString());
    }

    @Test
    void aLongScanRedrawsOneLineInPlaceAtMostEveryIntervalAndClearsIt() {
        now.addAndGet(ProgressLine.DELAY_NANOS);
        progress.filesDone(10, 300);
        now.addAndGet(ProgressLine.INTERVAL_NANOS - 1);
        progress.filesDone(11, 300);
        now.addAndGet(1);
        progress.filesDone(12, 300);
        progress.clear();
        assertEquals("\r\u001b[Kiac-lint: 10/300 files\r\u001b[Kiac-lint: 12/300 files\r\u001b[K", err.toString());
    }

    @Test
    void onlyATerminalThatIsNotDumbAndNotInCiShowsProgress() {
        assertEquals(true, new Terminal(false, true, Map.of("TERM", "xterm")).showsProgress());
        assertEquals(false, new Terminal(true, false, Map.of("TERM", "xterm")).showsProgress(), "2> file");
        assertEquals(false, new Terminal(true, true, Map.of("TERM", "xterm", "CI", "true")).showsProgress());
        assertEquals(false, new Terminal(true, true, Map.of("TERM", "dumb")).showsProgress());
        assertEquals(false, new Terminal(true, true, Map.of()).showsProgress());
    }

    @Test
    void aScanOutsideATerminalWritesNoProgress() {
        CliRun run = CliRun.of("examples/cloudformation");
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
    }
}
