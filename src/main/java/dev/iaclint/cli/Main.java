package dev.iaclint.cli;

import dev.iaclint.policy.PolicySet;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PolicySet.preloadShipped();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs iac-lint as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        ScanCommand command = new ScanCommand();
        CommandLine commandLine = new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> ExitCode.ERROR)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("iac-lint: " + e.getMessage());
                    if (command.debug()) {
                        e.printStackTrace(err);
                    }
                    return ExitCode.ERROR;
                });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("iac-lint: " + e.getMessage());
            err.println("Try 'iac-lint --help' for more information.");
            return ExitCode.ERROR;
        });
        return commandLine.execute(args);
    }
}
