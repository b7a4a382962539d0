package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.GeneratedSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/policies.md lists the policies as their files say: the table is printed from them. */
class PolicyTableTest {

    @TempDir
    Path dir;

    @Test
    void docsPoliciesEmbedsTheTableOfTheShippedPolicyFiles() {
        PolicySet shipped = PolicySet.load(false, List.of(Path.of("policies")));
        assertEquals(List.of(), shipped.problems());
        new GeneratedSection(Path.of("docs/policies.md"), "<!-- BEGIN GENERATED POLICY TABLE -->",
                "<!-- END GENERATED POLICY TABLE -->", PolicyTableTest.class)
                .assertCurrent(PolicyTable.markdown(shipped.policies(), KindTable.builtIn()));
    }

    @Test
    void theCommandPrintsTheTableWithEveryShippedPolicy() {
        CliRun run = CliRun.allRules("policies", "--format", "markdown");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("| id | severity | title | kinds | formats | coverage |", lines.get(0));
        assertEquals("| BEDROCK-001 | high | Bedrock agent session data is encrypted with a customer-managed KMS key "
                + "| `bedrock.agent` | cloudformation, terraform, terraform-plan | agents |", lines.get(2));
        assertEquals(PolicySet.load(true, List.of()).policies().size() + 2, lines.size());
    }

    @Test
    void aCustomPolicyOnNativeTypesIsARowWithItsTypesAndAnEscapedTitle() throws IOException {
        Files.writeString(dir.resolve("bucket.yaml"), """
                id: ACME-100
                title: Buckets | objects are encrypted
                severity: low
                types: [AWS::S3::Bucket]
                assert: "true"
                message: m
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.allRules("policies", "--format", "markdown", "--policy-dir", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| ACME-100 | low | Buckets \\| objects are encrypted | `AWS::S3::Bucket` "
                + "| cloudformation |  |\n"), run.out());
    }
}
