package dev.iaclint.support;

import dev.iaclint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the command line, in process, with what it printed. */
public record CliRun(int exitCode, String out, String err) {

    /** The findings of a run with {@code --format json} on standard output. */
    public List<Map<?, ?>> findings() {
        return ((List<?>) Json.parse(out).get("findings")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
    }

    /**
     * A run about the command line's mechanisms (gating, suppressions, formats, loaders), with
     * BEDROCK-001 as the policy that exercises them: its templates need not carry tags and key
     * policies to stay on topic. Every other policy is proven by its fixtures. A run that names
     * its own policies ({@code --rule}, {@code --policy-dir}) is left as it is.
     */
    public static CliRun of(String... args) {
        List<String> given = List.of(args);
        if (given.contains("--rule") || given.contains("--policy-dir")) {
            return allRules(args);
        }
        List<String> withRule = new ArrayList<>(List.of("--rule", "BEDROCK-001"));
        withRule.addAll(given);
        return allRules(withRule.toArray(String[]::new));
    }

    /** A run with every policy, as a user's. */
    public static CliRun allRules(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
