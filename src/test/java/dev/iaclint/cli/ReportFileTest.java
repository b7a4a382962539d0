package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: a report file is replaced whole or not at all. */
class ReportFileTest {

    @TempDir
    Path dir;

    @Test
    void aReportIsRenamedIntoPlaceAndLeavesNoTemporaryFile() throws IOException {
        Path report = dir.resolve("out/report.json");
        ReportFile.write(report, out -> out.write("first"));
        ReportFile.write(report, out -> out.write("second"));
        assertEquals("second", Files.readString(report));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousReport() throws IOException {
        Path report = dir.resolve("report.json");
        ReportFile.write(report, out -> out.write("whole"));
        assertThrows(IOException.class, () -> ReportFile.write(report, out -> {
            out.write("half");
            out.flush();
            // Another scan's report still being written looks the same to a reader of the target.
            assertEquals("whole", Files.readString(report));
            throw new IOException("disk full");
        }));
        assertEquals("whole", Files.readString(report));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
