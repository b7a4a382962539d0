package dev.iaclint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The configuration file that applied and what it turned off, named in every report: in CI the
 * file is the pull request's, and a reviewer must see that it disabled a rule or excluded paths.
 *
 * @param file          the file as reports name paths; null when none applied
 * @param disabledRules the rules it switched off that did not run
 * @param exclude       its {@code exclude} globs
 */
public record AppliedConfiguration(String file, List<String> disabledRules, List<String> exclude) {

    /** No configuration file. */
    public static final AppliedConfiguration NONE = new AppliedConfiguration(null, List.of(), List.of());

    public AppliedConfiguration {
        disabledRules = List.copyOf(disabledRules);
        exclude = List.copyOf(exclude);
    }

    /** e.g. {@code configuration .iac-lint.yaml: disables BEDROCK-003; excludes legacy/**}; escaped. */
    public String describe() {
        if (file == null) {
            return "no configuration file";
        }
        StringBuilder text = new StringBuilder("configuration " + ControlChars.escape(file));
        String separator = ": ";
        if (!disabledRules.isEmpty()) {
            text.append(separator).append("disables ").append(ControlChars.escape(String.join(", ", disabledRules)));
            separator = "; ";
        }
        if (!exclude.isEmpty()) {
            text.append(separator).append("excludes ").append(ControlChars.escape(String.join(", ", exclude)));
        }
        return text.toString();
    }

    /** As a JSON object field {@code name}: {@code {"file": ..., "disabledRules": [...], "exclude": [...]}}. */
    public void writeJson(JsonGenerator json, String name) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("file", file);
        json.writeArrayFieldStart("disabledRules");
        for (String rule : disabledRules) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("exclude");
        for (String glob : exclude) {
            json.writeString(glob);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
