package dev.iaclint.cli;

import dev.iaclint.policy.PolicySet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;

/** The entry point: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            PolicySet.preloadShipped();
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Throwable e) {
            // Exit 1 means "failing findings": an internal error must never look like one.
            System.err.println("iac-lint: internal error: " + e);
            code = ExitCode.ERROR;
        }
        System.exit(code);
    }

    /** The command line: scanning at the top and as {@code scan}, and the other commands. */
    static CommandLine commands(ScanCommand top, ScanCommand scan) {
        return new CommandLine(top)
                .addSubcommand("scan", new CommandLine(scan).setCommandName("scan"))
                .addSubcommand(new PoliciesCommand())
                .addSubcommand(new ExplainCommand())
                .addSubcommand(new TestCommand())
                .addSubcommand(new FixCommand())
                .addSubcommand(new KpiCommand())
                .addSubcommand(new AutoComplete.GenerateCompletion());
    }

    /** Runs iac-lint as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Terminal.detect());
    }

    /** @param terminal what the streams are, for colours and progress */
    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        ScanCommand command = new ScanCommand(terminal);
        ScanCommand scan = new ScanCommand(terminal);
        CommandLine commandLine = commands(command, scan)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> ExitCode.ERROR)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("iac-lint: " + e.getMessage());
                    if (command.debug() || scan.debug()) {
                        e.printStackTrace(err);
                    }
                    return ExitCode.ERROR;
                });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("iac-lint: " + e.getMessage());
            err.println("Try 'iac-lint --help' for more information.");
            return ExitCode.ERROR;
        });
        explainCollision(args, commandLine, err);
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("iac-lint: internal error: " + e);
            return ExitCode.ERROR;
        }
    }

    /**
     * A first argument that names both a command and a file or folder here runs the command, as
     * git does; say so, and how to scan the path instead, so nothing is silently not scanned.
     */
    private static void explainCollision(String[] args, CommandLine commandLine, PrintWriter err) {
        if (args.length > 0 && !args[0].equals("scan") && commandLine.getSubcommands().containsKey(args[0])
                && Files.exists(Path.of(args[0]))) {
            err.println("iac-lint: '" + args[0] + "' is a command and also a path here; running the command. "
                    + "To scan the path: iac-lint scan " + args[0]);
        }
    }
}
