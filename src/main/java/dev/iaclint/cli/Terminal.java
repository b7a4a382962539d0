package dev.iaclint.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where iac-lint's output goes, as far as colours and progress care: whether standard output and
 * standard error are a terminal, and the environment ({@code TERM}, {@code NO_COLOR}, {@code CI}).
 * Tests give one; {@link #detect()} reads the process's.
 */
record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, Map<String, String> environment) {

    /** No terminal at all: reports to a pipe or a file, no progress. */
    static final Terminal NONE = new Terminal(false, false, Map.of());

    static Terminal detect() {
        boolean console = hasConsole();
        return new Terminal(console, stderrIsTerminal(console), System.getenv());
    }

    /**
     * Whether the text report is coloured: {@code always} and {@code never} say so; {@code auto}
     * colours a terminal that can show colours ({@code TERM} set and not {@code dumb}) unless
     * {@code NO_COLOR} is set to anything (no-color.org).
     */
    boolean colours(ColorChoice choice) {
        return switch (choice) {
            case always -> true;
            case never -> false;
            case auto -> stdoutIsTerminal && capable() && isBlank(environment.get("NO_COLOR"));
        };
    }

    /** Whether progress may be drawn on standard error: a capable terminal, and not in CI ({@code CI} set). */
    boolean showsProgress() {
        return stderrIsTerminal && capable() && isBlank(environment.get("CI"));
    }

    private boolean capable() {
        String term = environment.get("TERM");
        return !isBlank(term) && !term.equals("dumb");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    /**
     * Java 17's console exists when standard input and output are a terminal; from Java 22 it may
     * exist without one, and {@code isTerminal()} says.
     */
    private static boolean hasConsole() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * Java cannot ask whether standard error is a terminal. Where the process's descriptors are
     * visible (Linux), descriptor 2 must lead to a terminal device ({@code 2>log} does not, and
     * {@code iac-lint . > report.txt} still shows progress); elsewhere, the console must exist.
     */
    private static boolean stderrIsTerminal(boolean console) {
        Path descriptor = Path.of("/proc/self/fd/2");
        if (!Files.exists(descriptor, LinkOption.NOFOLLOW_LINKS)) {
            return console;
        }
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
