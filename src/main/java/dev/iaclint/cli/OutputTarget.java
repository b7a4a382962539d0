package dev.iaclint.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * One report of a run: a format and where it goes. Written {@code FORMAT} (standard output, or
 * {@code --output}) or {@code FORMAT:FILE}, so one run can print text and write SARIF.
 */
record OutputTarget(OutputFormat format, Optional<Path> file) {

    static final class Converter implements CommandLine.ITypeConverter<OutputTarget> {
        @Override
        public OutputTarget convert(String value) {
            int colon = value.indexOf(':');
            String name = (colon < 0 ? value : value.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            OutputFormat format;
            try {
                format = OutputFormat.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown format '" + name
                        + "'; use text, compact, json, sarif, junit, github, gitlab or html, optionally as FORMAT:FILE");
            }
            if (colon >= 0 && value.substring(colon + 1).isBlank()) {
                throw new CommandLine.TypeConversionException("'" + value + "' names no file after the colon");
            }
            return new OutputTarget(format, colon < 0 ? Optional.empty() : Optional.of(Path.of(value.substring(colon + 1))));
        }
    }
}
