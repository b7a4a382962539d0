package dev.iaclint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as GitLab, Jenkins and Azure DevOps read it: a suite per rule, a test case per rule
 * and resource. Failures carry message and location; unknown and suppressed outcomes are
 * skipped with the reason; files that could not be read are errors of their own suite.
 */
public final class JUnitRenderer implements Renderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        report.rules().forEach(rule -> byRule.put(rule.id(), new ArrayList<>()));
        for (Finding outcome : report.result().outcomes()) {
            byRule.computeIfAbsent(outcome.ruleId(), id -> new ArrayList<>()).add(outcome);
        }
        List<Problem> problems = report.result().problems();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "iac-lint");
            int failures = 0;
            int skipped = 0;
            for (Finding outcome : report.result().outcomes()) {
                failures += report.blocks(outcome) ? 1 : 0;
                skipped += isSkipped(report, outcome) ? 1 : 0;
            }
            xml.writeAttribute("tests", String.valueOf(report.result().outcomes().size() + problems.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", String.valueOf(problems.size()));
            xml.writeAttribute("skipped", String.valueOf(skipped));
            for (Rule rule : report.rules()) {
                suite(xml, report, rule, byRule.getOrDefault(rule.id(), List.of()));
            }
            if (!problems.isEmpty()) {
                errors(xml, problems);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.write('\n');
    }

    /** The configuration in each suite's properties, where JUnit readers look for a suite's settings. */
    private static void properties(XMLStreamWriter xml, AppliedConfiguration configuration) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "iac-lint.configuration", configuration.file() == null ? "" : configuration.file());
        property(xml, "iac-lint.configuration.disabledRules", String.join(",", configuration.disabledRules()));
        property(xml, "iac-lint.configuration.exclude", String.join(",", configuration.exclude()));
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.safe(value));
    }

    private static void suite(XMLStreamWriter xml, Report report, Rule rule, List<Finding> outcomes)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", XmlText.safe(rule.id() + ": " + rule.title()));
        xml.writeAttribute("tests", String.valueOf(outcomes.size()));
        xml.writeAttribute("failures", String.valueOf(outcomes.stream().filter(report::blocks).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(outcomes.stream().filter(o -> isSkipped(report, o)).count()));
        properties(xml, report.configuration());
        for (Finding outcome : outcomes) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", XmlText.safe(rule.id()));
            xml.writeAttribute("name", XmlText.safe(outcome.location().file() + ": " + outcome.resource()));
            xml.writeAttribute("file", XmlText.safe(outcome.location().file()));
            xml.writeAttribute("line", String.valueOf(outcome.location().line()));
            if (report.blocks(outcome)) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", XmlText.safe(outcome.message()));
                xml.writeAttribute("type", XmlText.safe(outcome.severity().id()));
                xml.writeCharacters(XmlText.safe(outcome.location() + ": " + outcome.message() + "\nfix: " + rule.remediation()));
                xml.writeEndElement();
            } else if (isSkipped(report, outcome)) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", XmlText.safe(outcome.suppression() != null
                        ? "suppressed (" + outcome.suppression().kind() + "): " + outcome.suppression().reason()
                        : outcome.isFailure() ? "below --fail-on " + report.failOn().id() + ": " + outcome.message()
                        : "unknown: " + outcome.message()));
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void errors(XMLStreamWriter xml, List<Problem> problems) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "iac-lint: inputs and policies");
        xml.writeAttribute("tests", String.valueOf(problems.size()));
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", String.valueOf(problems.size()));
        xml.writeAttribute("skipped", "0");
        for (Problem problem : problems) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "iac-lint");
            xml.writeAttribute("name", XmlText.safe(problem.location().toString()));
            xml.writeAttribute("file", XmlText.safe(problem.location().file()));
            xml.writeStartElement("error");
            xml.writeAttribute("message", XmlText.safe(problem.message()));
            xml.writeCharacters(XmlText.safe(problem.location() + ": " + problem.message()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** Not a pass and not what fails the run: suppressed, unknown, or a failure below --fail-on. */
    private static boolean isSkipped(Report report, Finding outcome) {
        return outcome.status() != Status.PASS && !report.blocks(outcome);
    }
}
