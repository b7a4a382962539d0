package dev.iaclint.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a program in a folder, as a user's shell would, with git's identity set so that tests
 * can commit and {@code HOME} in the folder first given; standard error is merged into the output.
 */
public final class Shell {

    private final Path directory;
    private final Map<String, String> environment = new HashMap<>();

    public Shell(Path directory) {
        this.directory = directory;
        environment.put("GIT_AUTHOR_NAME", "test");
        environment.put("GIT_AUTHOR_EMAIL", "test@example.com");
        environment.put("GIT_COMMITTER_NAME", "test");
        environment.put("GIT_COMMITTER_EMAIL", "test@example.com");
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        // The user's own git settings (signing, hooks, a default branch) stay out of the tests.
        environment.put("HOME", directory.toString());
    }

    public record Result(int exitCode, String output) {
    }

    public Shell with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public Shell in(Path other) {
        Shell shell = new Shell(other);
        shell.environment.putAll(environment);
        return shell;
    }

    public Result run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output);
    }

    /** Runs a command that must succeed; its output. */
    public String ok(String... command) throws IOException, InterruptedException {
        Result result = run(command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }
}
