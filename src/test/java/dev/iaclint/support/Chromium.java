package dev.iaclint.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode, which {@code .ci/run} installs where it is missing:
 * the browser a report page is tested in, opened from a {@code file://} URL as a user opens it.
 */
public final class Chromium {

    private static final long TIMEOUT_SECONDS = 120;

    private Chromium() {
    }

    /** The page's DOM after the browser has loaded and laid it out. */
    public static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        return run(page, profile, "--dump-dom");
    }

    /** A screenshot of the page, {@code width} by {@code height} pixels. */
    public static void screenshot(Path page, Path profile, Path png, int width, int height)
            throws IOException, InterruptedException {
        run(page, profile, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private static String run(Path page, Path profile, String... arguments) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(arguments));
        command.add(page.toAbsolutePath().toUri().toString());
        // Written to a file, so a browser that hangs is stopped by the timeout, not waited on by a read.
        Path out = Files.createTempFile(profile, "chromium", ".out");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("chromium is not installed: apt-get install chromium (.ci/run does)", e);
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited " + process.exitValue());
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
