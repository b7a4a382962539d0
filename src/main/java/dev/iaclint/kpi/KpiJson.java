package dev.iaclint.kpi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iaclint.report.Finding;
import dev.iaclint.report.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;

/**
 * {@code iac-lint kpi -f json}: the series and lifetimes for dashboards. Durations are in
 * seconds, times in ISO-8601 UTC. Field names are a contract with users' tooling; add to them,
 * never rename.
 */
public final class KpiJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final String version;

    public KpiJson(String version) {
        this.version = version;
    }

    public void render(KpiReport report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "iac-lint");
            json.writeStringField("version", version);
            json.writeStringField("branch", report.branch());
            json.writeStringField("since", report.since().toString());
            json.writeStringField("asOf", report.asOf().toString());
            writeStats(json, report.stats());
            json.writeArrayFieldStart("commits");
            for (Point point : report.points()) {
                writePoint(json, point);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("coverage");
            if (!report.points().isEmpty()) {
                JsonRenderer.writeFamilies(json, report.points().get(report.points().size() - 1).coverage());
            }
            json.writeEndArray();
            writeMttr(json, "mttrByRule", report.mttrByRule());
            writeMttr(json, "mttrByFamily", report.mttrByFamily());
            json.writeArrayFieldStart("openByAge");
            for (AgeBucket bucket : report.openByAge()) {
                json.writeStartObject();
                json.writeStringField("age", bucket.label());
                json.writeNumberField("count", bucket.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Lifetime lifetime : report.lifetimes()) {
                writeLifetime(json, lifetime);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("exceptions");
            for (Exemption exemption : report.exemptions()) {
                writeExemption(json, exemption);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeStats(JsonGenerator json, KpiReport.Stats stats) throws IOException {
        json.writeObjectFieldStart("history");
        json.writeNumberField("commits", stats.commits());
        json.writeNumberField("scannedCommits", stats.scanned());
        json.writeNumberField("unitsEvaluated", stats.evaluated());
        json.writeNumberField("unitsReused", stats.reused());
        json.writeEndObject();
    }

    private static void writePoint(JsonGenerator json, Point point) throws IOException {
        json.writeStartObject();
        writeRevision(json, "commit", point.revision());
        json.writeStringField("subject", point.revision().subject());
        json.writeNumberField("failing", point.failing());
        json.writeNumberField("exceptions", point.exceptions());
        json.writeArrayFieldStart("coverage");
        JsonRenderer.writeFamilies(json, point.coverage());
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeMttr(JsonGenerator json, String name, List<Mttr> entries) throws IOException {
        json.writeArrayFieldStart(name);
        for (Mttr mttr : entries) {
            json.writeStartObject();
            json.writeStringField("name", mttr.name());
            json.writeNumberField("fixed", mttr.fixed());
            json.writeNumberField("open", mttr.open());
            writeSeconds(json, "meanSeconds", mttr.mean());
            writeSeconds(json, "medianSeconds", mttr.median());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLifetime(JsonGenerator json, Lifetime lifetime) throws IOException {
        json.writeStartObject();
        json.writeStringField("fingerprint", lifetime.fingerprint());
        writeFinding(json, lifetime.finding());
        json.writeStringField("family", lifetime.family());
        writeRevision(json, "appeared", lifetime.appeared());
        json.writeBooleanField("inherited", lifetime.inherited());
        if (lifetime.fixed() != null) {
            writeRevision(json, "fixed", lifetime.fixed());
        }
        json.writeEndObject();
    }

    private static void writeExemption(JsonGenerator json, Exemption exemption) throws IOException {
        json.writeStartObject();
        json.writeStringField("fingerprint", exemption.fingerprint());
        writeFinding(json, exemption.finding());
        json.writeStringField("kind", exemption.kind());
        json.writeStringField("reason", exemption.reason());
        writeRevision(json, "granted", exemption.granted());
        if (exemption.ended() != null) {
            writeRevision(json, "ended", exemption.ended());
        }
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("resource", finding.resource());
        json.writeStringField("file", finding.location().file());
        json.writeNumberField("line", finding.location().line());
        json.writeStringField("message", finding.message());
    }

    private static void writeRevision(JsonGenerator json, String name, Revision revision) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("id", revision.id());
        json.writeStringField("date", revision.time().toString());
        json.writeEndObject();
    }

    private static void writeSeconds(JsonGenerator json, String name, Duration duration) throws IOException {
        json.writeNumberField(name, duration.toSeconds());
    }
}
