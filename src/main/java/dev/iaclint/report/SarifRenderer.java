package dev.iaclint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule with its metadata and a
 * {@code security-severity}, results with repository-relative URIs under {@code %SRCROOT%},
 * 1-based regions in UTF-16 code units, fingerprints that survive unrelated edits, and
 * suppressed findings carried as SARIF suppressions.
 */
public final class SarifRenderer implements Renderer {

    private static final JsonFactory FACTORY = new JsonFactory();
    static final String FINGERPRINT_KEY = "iacLint/v1";

    private final Path sourceRoot;

    /** @param sourceRoot the folder relative file names are resolved against (the working directory) */
    public SarifRenderer(Path sourceRoot) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < report.rules().size(); i++) {
            ruleIndex.put(report.rules().get(i).id(), i);
        }
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report);
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField("id", "iac-lint/");
            json.writeEndObject();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart("%SRCROOT%");
            json.writeStringField("uri", sourceRoot.toUri().toASCIIString());
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeObjectFieldStart("properties");
            report.configuration().writeJson(json, "configuration");
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (Finding finding : report.result().findings()) {
                writeResult(json, finding, ruleIndex);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeTool(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "iac-lint");
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("informationUri", "https://github.com/iac-lint/iac-lint");
        json.writeArrayFieldStart("rules");
        for (Rule rule : report.rules()) {
            writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, Rule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", pascalCase(rule.title()));
        text(json, "shortDescription", sentence(rule.title()));
        text(json, "fullDescription", sentence(rule.rationale().isBlank() ? rule.title() : rule.rationale().strip()));
        json.writeObjectFieldStart("help");
        json.writeStringField("text", sentence(rule.remediation().isBlank() ? rule.title() : rule.remediation().strip()));
        json.writeStringField("markdown", helpMarkdown(rule));
        json.writeEndObject();
        if (!rule.references().isEmpty()) {
            json.writeStringField("helpUri", rule.references().get(0));
        }
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("security-severity", securitySeverity(rule.severity()));
        json.writeStringField("precision", "very-high");
        json.writeArrayFieldStart("tags");
        json.writeString("security");
        json.writeString("iac");
        for (String format : rule.formats()) {
            json.writeString(format);
        }
        for (String compliance : rule.compliance()) {
            json.writeString(compliance);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, Finding finding, Map<String, Integer> ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", finding.status() == Status.UNKNOWN ? "note" : level(finding.severity()));
        text(json, "message", sentence(finding.message()));
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, finding.location());
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        json.writeStringField("name", finding.resource());
        json.writeStringField("fullyQualifiedName", finding.resourceType() + " " + finding.resource());
        json.writeStringField("kind", "resource");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, finding.fingerprint());
        json.writeEndObject();
        if (finding.suppression() != null) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "inline".equals(finding.suppression().kind())
                    || "metadata".equals(finding.suppression().kind()) ? "inSource" : "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", finding.suppression().reason());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("status", finding.status().id());
        json.writeStringField("resourceType", finding.resourceType());
        if (finding.construct() != null) {
            json.writeStringField("stack", finding.construct().stack());
            json.writeStringField("constructPath", finding.construct().fullPath());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writePhysicalLocation(JsonGenerator json, Location location) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        Path file = Path.of(location.file());
        if (file.isAbsolute()) {
            json.writeStringField("uri", file.toUri().toASCIIString());
        } else {
            json.writeStringField("uri", relativeUri(location.file()));
            json.writeStringField("uriBaseId", "%SRCROOT%");
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", location.line());
        json.writeNumberField("startColumn", location.column());
        if (location.endLine() > location.line()
                || location.endLine() == location.line() && location.endColumn() > location.column()) {
            json.writeNumberField("endLine", location.endLine());
            json.writeNumberField("endColumn", location.endColumn());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String helpMarkdown(Rule rule) {
        StringBuilder markdown = new StringBuilder("**").append(rule.title()).append("**\n\n");
        if (!rule.rationale().isBlank()) {
            markdown.append(rule.rationale().strip()).append("\n\n");
        }
        if (!rule.remediation().isBlank()) {
            markdown.append("### Remediation\n\n").append(rule.remediation().strip()).append("\n\n");
        }
        if (!rule.references().isEmpty()) {
            markdown.append("### References\n\n");
            rule.references().forEach(reference -> markdown.append("- ").append(reference).append('\n'));
        }
        return markdown.toString().strip();
    }

    /** SARIF's validator asks that messages end with a period. */
    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }

    private static String pascalCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                // "KMS" becomes "Kms": the validator wants one Pascal-case identifier.
                boolean acronym = word.equals(word.toUpperCase(Locale.ROOT));
                name.append(Character.toUpperCase(word.charAt(0)))
                        .append(acronym ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1));
            }
        }
        return name.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub reads 9.0 and above as critical, 7.0 high, 4.0 medium, above 0 low. */
    /**
     * A relative path as a URI reference: each segment percent-encoded as UTF-8, so that
     * {@code x#frag.yaml}, {@code p%41.yaml}, spaces and non-ASCII names point at the file itself.
     */
    static String relativeUri(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return uri.toString();
    }

    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }
}
