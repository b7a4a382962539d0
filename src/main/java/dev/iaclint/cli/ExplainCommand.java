package dev.iaclint.cli;

import dev.iaclint.report.Rule;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iac-lint explain ID}: why a policy exists and how to comply. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a policy's rationale, remediation, references and compliance mappings.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyCatalog catalog;

    @Parameters(paramLabel = "ID", description = "The policy id, e.g. BEDROCK-001.")
    private String id;

    @Override
    public Integer call() {
        Map<String, Rule> rules = catalog.load(spec.commandLine().getErr());
        if (rules == null) {
            return ExitCode.ERROR;
        }
        Rule rule = rules.values().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst().orElse(null);
        if (rule == null) {
            spec.commandLine().getErr().println("iac-lint: no policy has the id '" + id
                    + "'; 'iac-lint policies' lists them");
            return ExitCode.ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + "  " + rule.title());
        out.println("severity: " + rule.severity().id() + "    formats: " + String.join(", ", rule.formats()));
        section(out, "Why", rule.rationale());
        section(out, "How to fix", rule.remediation());
        section(out, "References", String.join("\n", rule.references()));
        section(out, "Compliance", String.join("\n", rule.compliance()));
        out.flush();
        return ExitCode.OK;
    }

    private static void section(PrintWriter out, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.println();
        out.println(title);
        text.strip().lines().forEach(line -> out.println("  " + line));
    }
}
