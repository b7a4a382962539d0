package dev.iaclint.cli;

import dev.iaclint.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line of {@code iac-lint [scan] [PATH...]} ({@link ScanCommand}): its paths, its
 * options in the order help lists them, its description and exit codes. The command reads what
 * they say from the option specs here once picocli has parsed the arguments.
 *
 * <p>The options are declared with picocli's programmatic API, not its annotations as the other
 * commands' are: this command runs on every commit, and picocli took twice as long to build its
 * model from annotations (reflection, a proxy class per annotation type, the standard help
 * options' mixin) as from these declarations (docs/benchmarks.md, Start-up).
 */
final class ScanOptions {

    /** The options as they are declared below, in order: help lists them so. */
    private final List<OptionSpec> declared = new ArrayList<>();

    final PositionalParamSpec pathsArgument = PositionalParamSpec.builder().paramLabel("PATH")
            .arity("0..*").type(List.class).auxiliaryTypes(Path.class)
            .description("Files or directories to scan, walked recursively (default: the current directory); "
                    + "- reads one template, plan or .tf file from standard input.").build();
    final OptionSpec stdinFilenameOption = option(OptionSpec.builder("--stdin-filename").paramLabel("NAME")
            .type(String.class).initialValue("stdin.yaml")
            .description("The name reports give what - reads (default: stdin.yaml); its ending tells the format "
                    + "(.tf for Terraform)."));
    final OptionSpec formatOption = option(OptionSpec.builder("-f", "--format").paramLabel("FORMAT[:FILE]")
            .type(List.class).auxiliaryTypes(OutputTarget.class).converters(new OutputTarget.Converter())
            .description("Report format: text (default), compact (file:line:col: severity rule message), json, sarif, "
                    + "junit, github, gitlab or html (a self-contained page). Repeat for several "
                    + "reports; FORMAT:FILE writes that one to FILE."));
    final OptionSpec outputOption = option(OptionSpec.builder("-o", "--output").paramLabel("FILE")
            .type(Path.class)
            .description("Write the report that has no FILE of its own here instead of standard output."));
    final OptionSpec failOnOption = option(OptionSpec.builder("--fail-on").paramLabel("SEVERITY")
            .type(String.class)
            .description("Lowest severity that fails the run: critical, high, medium, low or info (default: info, "
                    + "every failing finding)."));
    final OptionSpec strictOption = flag("--strict", "Treat findings whose outcome is unknown as failures.");
    final OptionSpec baselineOption = option(OptionSpec.builder("--baseline").paramLabel("FILE")
            .type(Path.class).description("Only findings that are not in this baseline fail the run."));
    final OptionSpec createBaselineOption = option(OptionSpec.builder("--create-baseline").paramLabel("FILE")
            .type(Path.class).description("Record today's findings in FILE, for --baseline."));
    final OptionSpec varFileOption = option(OptionSpec.builder("--var-file").paramLabel("FILE")
            .type(List.class).auxiliaryTypes(Path.class)
            .description("Terraform variable values for every root module scanned, after terraform.tfvars and "
                    + "*.auto.tfvars; may be repeated."));
    final OptionSpec policyDirOption = option(OptionSpec.builder("--policy-dir").paramLabel("DIR")
            .type(List.class).auxiliaryTypes(Path.class)
            .description("Also load the policy files (*.yaml) under DIR; may be repeated."));
    final OptionSpec ruleOption = option(OptionSpec.builder("--rule").paramLabel("ID").splitRegex(",")
            .type(List.class).auxiliaryTypes(String.class)
            .description("Run only these policies (ids, comma-separated or repeated)."));
    final OptionSpec skipRuleOption = option(OptionSpec.builder("--skip-rule").paramLabel("ID").splitRegex(",")
            .type(List.class).auxiliaryTypes(String.class)
            .description("Do not run these policies (ids, comma-separated or repeated)."));
    final OptionSpec regionOption = option(OptionSpec.builder("--region").paramLabel("REGION")
            .type(String.class)
            .description("The Region CloudFormation templates deploy to, e.g. eu-west-1 (Terraform's comes from "
                    + "its provider block)."));
    final OptionSpec configOption = option(OptionSpec.builder("--config").paramLabel("FILE")
            .type(Path.class)
            .description("Read settings from FILE instead of the " + ConfigLoader.FILE_NAME
                    + " found at or above the folder that holds every PATH."));
    final OptionSpec noConfigOption = flag("--no-config", "Read no configuration file.");
    final OptionSpec noInlineSuppressionsOption = flag("--no-inline-suppressions",
            "Ignore suppressions written in the scanned files (comments, CloudFormation Metadata); the "
                    + "configuration's and the baseline still apply. For CI on pull requests from forks.");
    final OptionSpec verboseOption = option(OptionSpec.builder("-v", "--verbose").arity("0")
            .type(boolean.class).initialValue(false)
            .description("Also list the files that were skipped, and why."));
    final OptionSpec quietOption = option(OptionSpec.builder("-q", "--quiet").arity("0")
            .type(boolean.class).initialValue(false)
            .description("Print only the findings that fail the run and the errors: no warnings, summary or coverage."));
    final OptionSpec colorOption = option(OptionSpec.builder("--color").paramLabel("WHEN").arity("0..1")
            .fallbackValue("always").type(ColorChoice.class)
            .description("Colour the text and compact reports: auto (default: on a terminal, unless NO_COLOR is set "
                    + "or TERM is dumb), always or never."));
    final OptionSpec noColorOption = flag("--no-color",
            "Do not colour the reports; the same as --color=never.");
    final OptionSpec threadsOption = option(OptionSpec.builder("--threads").paramLabel("N")
            .type(int.class).initialValue(Runtime.getRuntime().availableProcessors())
            .description("Files scanned in parallel (default: the number of processors)."));
    final OptionSpec debugOption = flag("--debug", "Print stack traces of internal errors.");

    private final CommandSpec spec;

    /** @param command what picocli runs once the arguments are parsed */
    ScanOptions(Callable<Integer> command) {
        // The options of picocli's mixinStandardHelpOptions, after this command's own as that lists them.
        option(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                .description("Show this help message and exit."));
        option(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").type(boolean.class)
                .description("Print version information and exit."));
        spec = CommandSpec.wrapWithoutInspection(command).name("iac-lint").versionProvider(new Version());
        spec.addPositional(pathsArgument);
        for (OptionSpec option : declared) {
            spec.addOption(option);
        }
        spec.usageMessage()
                .sortOptions(false)
                .description("Checks CloudFormation templates and Terraform modules for Amazon Bedrock resources that "
                        + "are not encrypted with customer-managed KMS keys.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes(
                        "0", "no failing finding at or above --fail-on",
                        "1", "at least one failing finding at or above --fail-on",
                        "2", "an input could not be read or parsed, a policy or the configuration is invalid, "
                                + "or the command line is wrong"));
    }

    /** The command's model, for picocli. */
    CommandSpec spec() {
        return spec;
    }

    private OptionSpec option(OptionSpec.Builder builder) {
        OptionSpec option = builder.build();
        declared.add(option);
        return option;
    }

    private OptionSpec flag(String name, String description) {
        return option(OptionSpec.builder(name).arity("0").type(boolean.class).initialValue(false)
                .description(description));
    }

    private static Map<String, String> exitCodes(String... codesAndMeanings) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            codes.put(codesAndMeanings[i], codesAndMeanings[i + 1]);
        }
        return codes;
    }
}
