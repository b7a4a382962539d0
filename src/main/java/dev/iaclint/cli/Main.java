package dev.iaclint.cli;

import dev.iaclint.policy.PolicySet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
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

    /**
     * The subcommands' names, as {@link #commands} registers them. A run whose arguments name none
     * of them (a pre-commit run: iac-lint FILE...) builds only the top command: picocli builds a
     * command's model by reflecting on its annotations, and the seven subcommands' models were a
     * third of its cost, paid on every commit for commands that do not run.
     */
    static final List<String> SUBCOMMANDS =
            List.of("scan", "policies", "explain", "test", "fix", "kpi", "generate-completion");

    /**
     * Built-in converters that no option uses: picocli registers each by reflection for every
     * command (java.time's and java.sql's classes loaded and searched for a parse method) unless
     * its type matches this system property.
     */
    private static final String UNUSED_CONVERTERS = "java\\.(time|sql)\\..*";

    /** The command line: scanning at the top and as {@code scan}, and the other commands. */
    static CommandLine commands(ScanCommand top, ScanCommand scan) {
        return new CommandLine(top.spec())
                .addSubcommand("scan", new CommandLine(scan.spec()).setCommandName("scan"))
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
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        CommandLine commandLine;
        if (Collections.disjoint(Arrays.asList(args), SUBCOMMANDS)) {
            ScanCommand command = new ScanCommand(terminal);
            // Only --help shows the subcommands: then the whole command line answers.
            commandLine = configured(new CommandLine(command.spec()), command::debug, out, err).setExecutionStrategy(
                    parsed -> parsed.isUsageHelpRequested() ? whole(terminal, out, err).execute(args)
                            : new CommandLine.RunLast().execute(parsed));
        } else {
            commandLine = whole(terminal, out, err);
        }
        explainCollision(args, err);
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("iac-lint: internal error: " + e);
            return ExitCode.ERROR;
        }
    }

    private static CommandLine whole(Terminal terminal, PrintWriter out, PrintWriter err) {
        ScanCommand top = new ScanCommand(terminal);
        ScanCommand scan = new ScanCommand(terminal);
        return configured(commands(top, scan), () -> top.debug() || scan.debug(), out, err);
    }

    /**
     * The streams, and the handlers that turn every failure into exit code 2 with one line of
     * explanation (and a stack trace with --debug).
     */
    private static CommandLine configured(CommandLine commandLine, BooleanSupplier debug, PrintWriter out,
            PrintWriter err) {
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> ExitCode.ERROR)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("iac-lint: " + e.getMessage());
                    if (debug.getAsBoolean()) {
                        e.printStackTrace(err);
                    }
                    return ExitCode.ERROR;
                });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("iac-lint: " + e.getMessage());
            err.println("Try 'iac-lint --help' for more information.");
            return ExitCode.ERROR;
        });
        return commandLine;
    }

    /**
     * A first argument that names both a command and a file or folder here runs the command, as
     * git does; say so, and how to scan the path instead, so nothing is silently not scanned.
     */
    private static void explainCollision(String[] args, PrintWriter err) {
        if (args.length > 0 && !args[0].equals("scan") && SUBCOMMANDS.contains(args[0])
                && Files.exists(Path.of(args[0]))) {
            err.println("iac-lint: '" + args[0] + "' is a command and also a path here; running the command. "
                    + "To scan the path: iac-lint scan " + args[0]);
        }
    }
}
