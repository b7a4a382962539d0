package dev.iaclint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The machine report: {@code findings} (suppressed ones included, with their {@code suppression}),
 * {@code errors}, {@code warnings}, {@code summary} and {@code coverage} (customer-managed keys per family). Field names are a
 * contract with users' tooling; add to them, never rename.
 */
public final class JsonRenderer implements Renderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final String version;

    public JsonRenderer(String version) {
        this.version = version;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ScanResult result = report.result();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "iac-lint");
            json.writeStringField("version", version);
            report.configuration().writeJson(json, "configuration");
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            writeProblems(json, "errors", result.problems());
            writeProblems(json, "warnings", result.warnings());
            writeSummary(json, Summary.of(result));
            writeCoverage(json, Coverage.of(result));
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("title", finding.rule().title());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("status", finding.status().id());
        json.writeStringField("resource", finding.resource());
        json.writeStringField("resourceType", finding.resourceType());
        if (finding.construct() != null) {
            json.writeStringField("stack", finding.construct().stack());
            json.writeStringField("constructPath", finding.construct().fullPath());
        }
        writeLocation(json, finding.location());
        json.writeNumberField("endLine", finding.location().endLine());
        json.writeNumberField("endColumn", finding.location().endColumn());
        json.writeStringField("message", finding.message());
        json.writeStringField("remediation", finding.rule().remediation());
        json.writeStringField("fingerprint", finding.fingerprint());
        if (finding.suppression() != null) {
            json.writeObjectFieldStart("suppression");
            json.writeStringField("kind", finding.suppression().kind());
            json.writeStringField("reason", finding.suppression().reason());
            writeLocation(json, finding.suppression().location());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeProblems(JsonGenerator json, String name, List<Problem> problems) throws IOException {
        json.writeArrayFieldStart(name);
        for (Problem problem : problems) {
            json.writeStartObject();
            writeLocation(json, problem.location());
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLocation(JsonGenerator json, Location location) throws IOException {
        json.writeStringField("file", location.file());
        json.writeNumberField("line", location.line());
        json.writeNumberField("column", location.column());
    }

    private static void writeCoverage(JsonGenerator json, Coverage coverage) throws IOException {
        json.writeArrayFieldStart("coverage");
        writeFamilies(json, coverage);
        json.writeEndArray();
    }

    /** One object per family: the scan's {@code coverage}, and {@code iac-lint kpi}'s at each commit. */
    public static void writeFamilies(JsonGenerator json, Coverage coverage) throws IOException {
        for (Coverage.Family family : coverage.families()) {
            json.writeStartObject();
            json.writeStringField("family", family.name());
            json.writeNumberField("customerManaged", family.customerManaged());
            json.writeNumberField("known", family.total() - family.unknown());
            json.writeNumberField("unknown", family.unknown());
            json.writeNumberField("total", family.total());
            json.writeNumberField("percent", family.percent());
            json.writeEndObject();
        }
    }

    private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("filesScanned", summary.filesScanned());
        json.writeNumberField("filesSkipped", summary.filesSkipped());
        json.writeNumberField("passed", summary.passed());
        json.writeNumberField("failed", summary.failed());
        json.writeNumberField("unknown", summary.unknown());
        json.writeNumberField("suppressed", summary.suppressed());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("warnings", summary.warnings());
        json.writeNumberField("staleBaselineEntries", summary.staleBaselineEntries());
        json.writeObjectFieldStart("failedBySeverity");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.id(), summary.failedBySeverity().getOrDefault(severity, 0));
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
