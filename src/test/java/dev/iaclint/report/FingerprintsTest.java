package dev.iaclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final Rule RULE = new Rule("BEDROCK-001", "title", Severity.HIGH, "", "", List.of(), List.of(),
            List.of(), null);

    private static Finding at(int line, int column, List<String> lines) {
        Location location = Location.point("plan.json", line, column);
        Finding finding = new Finding(RULE, Status.FAIL, "aws_bedrockagent_agent.a[0]", "aws_bedrockagent_agent",
                location, location, "message", null, null);
        return Fingerprints.withLine(finding, lines, finding.location().file());
    }

    @Test
    void anOrdinaryLineKeepsTheFingerprintItAlwaysHad() {
        // Computed before long lines were windowed: baselines recorded then must still match.
        List<String> lines = List.of("Resources:", "  Agent:   # the agent", "    Type: AWS::Bedrock::Agent");
        assertEquals("e78b0c48dc7a78626e5380e2d5eeae78", at(2, 3, lines).fingerprint());
    }

    @Test
    void aLongLineIsHashedAroundTheFindingNotWhole() {
        String before = "{\"a\":\"" + "x".repeat(5000) + "\",";
        String finding = "\"address\":\"aws_bedrockagent_agent.a[0]\",\"values\":{}";
        String after = ",\"b\":\"" + "y".repeat(5000) + "\"}";
        String afterEditedAtTheEnd = ",\"b\":\"" + "y".repeat(4000) + "z".repeat(1000) + "\"}";
        int column = before.length() + 1;
        Finding original = at(1, column, List.of(before + finding + after));
        Finding editedFarAway = at(1, column, List.of(before + finding + afterEditedAtTheEnd));

        assertTrue(original.line().length() <= Fingerprints.LONG_LINE, "the text kept for the hash is bounded");
        assertTrue(original.line().startsWith(finding), "the window starts where the finding points");
        assertEquals(original.fingerprint(), editedFarAway.fingerprint(),
                "an edit far from the finding on a one-line file leaves its fingerprint alone");
        assertNotEquals(original.fingerprint(), at(1, 1, List.of(before + finding + after)).fingerprint(),
                "findings at different places of a long line differ");
    }

    @Test
    void aColumnBeyondTheLineHashesAnEmptyWindow() {
        Finding beyond = at(1, 20_000, List.of("z".repeat(5000)));
        assertEquals("", beyond.line());
    }
}
