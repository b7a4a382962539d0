package dev.iaclint.support;

import dev.iaclint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One run of the command line, in process, with what it printed. */
public record CliRun(int exitCode, String out, String err) {

    /** The findings of a run with {@code --format json} on standard output. */
    public List<Map<?, ?>> findings() {
        return ((List<?>) Json.parse(out).get("findings")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
