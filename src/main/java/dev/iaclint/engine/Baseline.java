package dev.iaclint.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.SourceText;
import dev.iaclint.parse.TagHandler;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import dev.iaclint.report.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Today's findings, recorded so that a legacy repository can adopt iac-lint: with a baseline,
 * only findings that are not in it fail the run. Findings are matched by fingerprint, which
 * survives line shifts; a finding recorded twice is forgiven twice, not forever.
 */
public final class Baseline {

    /** How a finding the baseline covers is marked. */
    private static final String KIND = "baseline";

    private final String file;
    private final List<Entry> entries;
    private final Map<String, Integer> counts = new HashMap<>();

    /**
     * One recorded finding.
     *
     * @param ruleId its rule, null when the entry does not say
     * @param file   its file from the repository root, null when the entry does not say
     */
    public record Entry(String fingerprint, String ruleId, String file) {
    }

    private Baseline(String file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
        entries.forEach(entry -> counts.merge(entry.fingerprint(), 1, Integer::sum));
    }

    public static Baseline read(Path path) {
        String display = path.toString();
        String text = SourceText.read(path, display);
        Node root = JsonNodeReader.read(display, text, TagHandler.NONE);
        Node findings = root instanceof MappingNode m ? m.get("findings").orElse(null) : null;
        if (!(findings instanceof SequenceNode list)) {
            throw new InputException(root.location(), "a baseline is an object with a 'findings' list");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node entry : list.items()) {
            if (entry instanceof MappingNode item && item.get("fingerprint").orElse(null) instanceof ScalarNode print
                    && print.isString()) {
                entries.add(new Entry(print.text(), text(item, "ruleId"), text(item, "file")));
            } else {
                throw new InputException(entry.location(), "each baseline entry needs a 'fingerprint'");
            }
        }
        return new Baseline(display, entries);
    }

    private static String text(MappingNode item, String key) {
        return item.get(key).orElse(null) instanceof ScalarNode scalar && scalar.isString() ? scalar.text() : null;
    }

    /**
     * The entries that no finding matched (fixed, or their line changed), among those {@code inScope}:
     * an entry of a file that was not scanned, or a rule that did not run, is not known to be stale.
     *
     * @param triaged the findings after {@link #apply}
     */
    public List<Entry> stale(List<Finding> triaged, Predicate<Entry> inScope) {
        Map<String, Integer> left = new HashMap<>(counts);
        for (Finding finding : triaged) {
            if (finding.suppression() != null && finding.suppression().kind().equals(KIND)) {
                left.merge(finding.fingerprint(), -1, Integer::sum);
            }
        }
        List<Entry> stale = new ArrayList<>();
        for (Entry entry : entries) {
            if (left.merge(entry.fingerprint(), -1, Integer::sum) >= 0 && inScope.test(entry)) {
                stale.add(entry);
            }
        }
        return stale;
    }

    /** Marks the findings the baseline holds as suppressed by it. */
    public List<Finding> apply(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Finding> result = new ArrayList<>(findings.size());
        Suppression byBaseline = new Suppression(KIND, "recorded in the baseline " + file, Location.file(file));
        for (Finding finding : findings) {
            boolean known = finding.status() != Status.PASS && finding.suppression() == null
                    && left.merge(finding.fingerprint(), -1, Integer::sum) >= 0;
            result.add(known ? finding.withSuppression(byBaseline) : finding);
        }
        return result;
    }

    /**
     * Writes the findings that are neither passes nor suppressed in the code or the configuration.
     * A finding the old baseline covers is written again: refreshing a baseline in place
     * ({@code --baseline b.json --create-baseline b.json}) keeps every finding it held.
     */
    public static void write(List<Finding> findings, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "iac-lint");
            json.writeNumberField("version", 1);
            json.writeArrayFieldStart("findings");
            for (Finding finding : findings) {
                boolean byBaseline = finding.suppression() != null && finding.suppression().kind().equals(KIND);
                if (finding.status() == Status.PASS || finding.suppression() != null && !byBaseline) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("ruleId", finding.ruleId());
                json.writeStringField("file", finding.fileInRepository());
                json.writeStringField("resource", finding.resource());
                json.writeStringField("fingerprint", finding.fingerprint());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
