package dev.iaclint.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InlineIgnoresTest {

    @Test
    void theSpellingsPeopleWriteAreReadAndAlmostSuppressionsAreReported() {
        List<String> lines = List.of(
                "resource \"a\" \"b\" { # iac-lint: ignore BEDROCK-001 space after the colon",
                "  x = 1 /* iac-lint:ignore KMS-001, KMS-002 inside a block comment */",
                "  y = 2 // iac-lint:ignore all sandbox account, nothing is real",
                "  z = 3 # iac-lint ignore BEDROCK-001 no colon",
                "  w = 4 # iac-lint:ignore-next BEDROCK-001 not a marker",
                "}");

        InlineIgnores.Parsed parsed = InlineIgnores.parse("a.tf", lines);

        assertEquals(List.of(Set.of("BEDROCK-001"), Set.of("KMS-001", "KMS-002"), Set.of("all")),
                parsed.ignores().stream().map(Ignore::rules).toList());
        assertEquals("inside a block comment", parsed.ignores().get(1).reason());
        assertEquals(List.of(4, 5), parsed.problems().stream().map(p -> p.location().line()).toList());
    }

    @Test
    void stackedCommentsAloneOnTheirLinesCoverTheNextLineOfCode() {
        List<String> lines = List.of(
                "Resources:",
                "  # iac-lint:ignore BEDROCK-001 first reason",
                "",
                "  # iac-lint:ignore KMS-001 second reason",
                "  # an ordinary comment",
                "  Agent:   # iac-lint:ignore KMS-002 trailing",
                "    Type: AWS::Bedrock::Agent",
                "  # iac-lint:ignore KMS-003 nothing follows");

        List<Ignore> ignores = InlineIgnores.parse("a.yaml", lines).ignores();

        assertEquals(List.of(new Ignore.Line("a.yaml", 6), new Ignore.Line("a.yaml", 6), new Ignore.Line("a.yaml", 6),
                new Ignore.Line("a.yaml", 9)), ignores.stream().map(Ignore::reach).toList());
    }

    @Test
    void thousandsOfStackedCommentsAllCoverTheLineAfterThem() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("# iac-lint:ignore BEDROCK-001 reason " + i);
        }
        lines.add("Agent:");

        List<Ignore> ignores = InlineIgnores.parse("a.yaml", lines).ignores();

        assertEquals(20_000, ignores.size());
        ignores.forEach(ignore -> assertEquals(new Ignore.Line("a.yaml", 20_001), ignore.reach()));
    }
}
