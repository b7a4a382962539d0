package dev.iaclint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command line's settings checked before a scan starts: files and folders that must exist,
 * numbers in range, a Region that exists in AWS's naming, and reports that do not collide on
 * standard output or in one file. Each error names the option.
 */
record OptionsCheck(Path config, Path baseline, List<Path> varFiles, List<Path> policyDirs, int threads,
                    String region, List<OutputTarget> formats, Path output) {

    /** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-iso-east-1, eusc-de-east-1... */
    private static final Pattern REGION = Pattern.compile("[a-z]{2,4}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}");

    List<String> errors() {
        List<String> errors = new ArrayList<>();
        file("--config", config, errors);
        file("--baseline", baseline, errors);
        varFiles.forEach(file -> file("--var-file", file, errors));
        for (Path dir : policyDirs) {
            if (!Files.isDirectory(dir)) {
                errors.add("--policy-dir " + dir + ": no such folder");
            }
        }
        if (threads < 1) {
            errors.add("--threads " + threads + ": give at least 1");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            errors.add("--region " + region + ": not an AWS Region name such as eu-west-1");
        }
        reports(errors);
        return errors;
    }

    /** Options that cannot both be meant: the user must say which. */
    static List<String> contradictions(ColorChoice color, boolean noColor, boolean quiet, boolean verbose) {
        List<String> errors = new ArrayList<>();
        if (noColor && color != null && color != ColorChoice.never) {
            errors.add("--color=" + color + " and --no-color contradict each other");
        }
        if (quiet && verbose) {
            errors.add("--quiet and --verbose contradict each other");
        }
        return errors;
    }

    private static void file(String option, Path path, List<String> errors) {
        if (path != null && !Files.isRegularFile(path)) {
            errors.add(option + " " + path + ": no such file");
        }
    }

    /** At most one report on standard output and one in each file; {@code -o json} is a file named json, so asked about. */
    private void reports(List<String> errors) {
        if (output != null && output.getNameCount() == 1 && !Files.exists(output) && Arrays.stream(OutputFormat.values())
                .anyMatch(format -> format.name().equals(output.toString()))) {
            errors.add("-o " + output + " writes the report to a file named '" + output + "'; for that format use -f "
                    + output + " (or -o ./" + output + " for the file)");
            return;
        }
        List<OutputTarget> targets = formats.isEmpty()
                ? List.of(new OutputTarget(OutputFormat.text, Optional.empty())) : formats;
        List<String> onStandardOutput = new ArrayList<>();
        Map<Path, String> byFile = new HashMap<>();
        for (OutputTarget target : targets) {
            Optional<Path> file = target.file().or(() -> Optional.ofNullable(output));
            if (file.isEmpty()) {
                onStandardOutput.add(target.format().name());
                continue;
            }
            Path key = file.get().toAbsolutePath().normalize();
            String previous = byFile.putIfAbsent(key, target.format().name());
            if (previous != null) {
                errors.add("-f " + previous + " and -f " + target.format().name() + " would both write " + file.get()
                        + "; give each its own file (FORMAT:FILE)");
            }
        }
        if (onStandardOutput.size() > 1) {
            errors.add("-f " + String.join(", -f ", onStandardOutput) + " would all print on standard output; "
                    + "give all but one a file (FORMAT:FILE)");
        }
    }
}
