package dev.iaclint.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineIgnoresTest {

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
