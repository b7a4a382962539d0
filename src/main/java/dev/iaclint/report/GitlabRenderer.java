package dev.iaclint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iaclint.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/**
 * GitLab's code quality report (an array of issues with {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity} and {@code location}), which the merge request widget
 * shows. Failing and unknown findings are issues; suppressed ones and passes are not. Errors
 * (inputs that could not be read) are issues too, so a broken template is seen where the
 * findings are.
 */
public final class GitlabRenderer implements Renderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void render(Report report, Writer out) throws IOException {
        Set<String> fingerprints = new HashSet<>();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Finding finding : report.result().findings()) {
                if (finding.suppression() != null) {
                    continue;
                }
                boolean unknown = finding.status() == Status.UNKNOWN;
                issue(json, (unknown ? "(unknown) " : "") + finding.message(), finding.ruleId(),
                        unique(finding.fingerprint(), fingerprints), unknown ? "info" : severity(finding.severity()),
                        finding.location().file(), finding.location().line());
            }
            for (Problem problem : report.result().problems()) {
                issue(json, problem.message(), "iac-lint/error",
                        unique(Integer.toHexString((problem.location() + problem.message()).hashCode()), fingerprints),
                        "blocker", problem.location().file(), Math.max(1, problem.location().line()));
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static void issue(JsonGenerator json, String description, String check, String fingerprint,
                              String severity, String path, int line) throws IOException {
        json.writeStartObject();
        json.writeStringField("description", description);
        json.writeStringField("check_name", check);
        json.writeStringField("fingerprint", fingerprint);
        json.writeStringField("severity", severity);
        json.writeObjectFieldStart("location");
        json.writeStringField("path", path);
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", line);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** GitLab's five levels: info, minor, major, critical, blocker. */
    static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> "info";
            case LOW -> "minor";
            case MEDIUM -> "major";
            case HIGH -> "critical";
            case CRITICAL -> "blocker";
        };
    }

    /** GitLab tells issues apart by fingerprint: two findings on one line of one resource get distinct ones. */
    private static String unique(String fingerprint, Set<String> seen) {
        String candidate = fingerprint;
        for (int n = 2; !seen.add(candidate); n++) {
            candidate = fingerprint + "-" + n;
        }
        return candidate;
    }
}
