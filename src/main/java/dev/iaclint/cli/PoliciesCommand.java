package dev.iaclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicyLanguageReference;
import dev.iaclint.report.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iac-lint policies}: every policy with its id, severity, title and formats. */
@Command(name = "policies", mixinStandardHelpOptions = true,
        description = "List every policy: id, severity, formats and title.")
final class PoliciesCommand implements Callable<Integer> {

    enum ListFormat { text, json, markdown }

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyCatalog catalog;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json for tooling, or markdown: the table of docs/policies.md.")
    private ListFormat format;

    @Option(names = "--reference",
            description = "Print, in Markdown, what a policy expression can use: variables, functions, kinds and fields.")
    private boolean reference;

    @Override
    public Integer call() throws IOException {
        if (reference) {
            spec.commandLine().getOut().print(PolicyLanguageReference.markdown(KindTable.builtIn()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListFormat.markdown) {
            List<Policy> policies = catalog.policies(spec.commandLine().getErr());
            if (policies == null) {
                return ExitCode.ERROR;
            }
            out.print(PolicyTable.markdown(policies, KindTable.builtIn()));
            out.flush();
            return ExitCode.OK;
        }
        Map<String, Rule> rules = catalog.load(spec.commandLine().getErr());
        if (rules == null) {
            return ExitCode.ERROR;
        }
        if (format == ListFormat.json) {
            writeJson(rules, out);
        } else {
            for (Rule rule : rules.values()) {
                out.printf(Locale.ROOT, "%-14s %-8s %-45s %s%n", rule.id(), rule.severity().id(),
                        String.join(",", rule.formats()), rule.title());
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void writeJson(Map<String, Rule> rules, PrintWriter out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Rule rule : rules.values()) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("title", rule.title());
                json.writeStringField("severity", rule.severity().id());
                json.writeArrayFieldStart("formats");
                for (String format : rule.formats()) {
                    json.writeString(format);
                }
                json.writeEndArray();
                json.writeStringField("rationale", rule.rationale());
                json.writeStringField("remediation", rule.remediation());
                json.writeArrayFieldStart("references");
                for (String reference : rule.references()) {
                    json.writeString(reference);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("compliance");
                for (String compliance : rule.compliance()) {
                    json.writeString(compliance);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }
}
