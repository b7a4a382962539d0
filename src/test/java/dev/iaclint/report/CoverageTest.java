package dev.iaclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer-managed key coverage at the end of the text and JSON reports. */
class CoverageTest {

    /** Agents: two customer-managed, one AWS-owned (suppressed: still not customer-managed), one unknown. */
    private static final String TEMPLATE = """
            Parameters:
              KeyArn: {Type: String}
            Resources:
              Key:
                Type: AWS::KMS::Key
                Properties: {EnableKeyRotation: true}
              Cmk:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: !GetAtt Key.Arn
              Literal:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
              Owned:  # iac-lint:ignore BEDROCK-001 demo stack
                Type: AWS::Bedrock::Agent
              FromParameter:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: !Ref KeyArn
              Guardrail:
                Type: AWS::Bedrock::Guardrail
                Properties:
                  KmsKeyArn: alias/aws/bedrock
            """;

    @TempDir
    Path dir;

    @Test
    void textReportEndsWithCoveragePerFamilyUnknownsApart() throws IOException {
        Path file = TestFiles.write(dir, "stack.yaml", TEMPLATE);
        List<String> lines = CliRun.allRules(file.toString()).out().lines().toList();
        assertEquals(List.of("customer-managed key coverage", "  agents 2/3 customer-managed (66%), 1 unknown",
                "  guardrails 0/1 customer-managed (0%)"), lines.subList(lines.size() - 3, lines.size()));
    }

    @Test
    void jsonReportCarriesTheSameCounts() throws IOException {
        Path file = TestFiles.write(dir, "stack.yaml", TEMPLATE);
        Map<?, ?> report = Json.parse(CliRun.allRules("-f", "json", file.toString()).out());
        assertEquals(List.of(
                Map.of("family", "agents", "customerManaged", 2, "known", 3, "unknown", 1, "total", 4, "percent", 66),
                Map.of("family", "guardrails", "customerManaged", 0, "known", 1, "unknown", 0, "total", 1, "percent", 0)),
                report.get("coverage"));
    }

    @Test
    void noCoverageSectionWhenNoBedrockResourceWasScanned() throws IOException {
        Path file = TestFiles.write(dir, "stack.yaml", "Resources:\n  Key:\n    Type: AWS::KMS::Key\n");
        CliRun run = CliRun.allRules(file.toString());
        assertTrue(!run.out().contains("coverage"), run.out());
        assertEquals(List.of(), Json.parse(CliRun.allRules("-f", "json", file.toString()).out()).get("coverage"));
    }

    @Test
    void whatIsNotDeployedIsNotCounted() throws IOException {
        Path file = TestFiles.write(dir, "stack.yaml", """
                Parameters:
                  Stage: {Type: String, Default: prod}
                Conditions:
                  IsDev: !Equals [!Ref Stage, dev]
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                  Cmk:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: !GetAtt Key.Arn
                  DevOnly:
                    Type: AWS::Bedrock::Agent
                    Condition: IsDev
                """);
        List<String> lines = CliRun.allRules(file.toString()).out().lines().toList();
        assertEquals("  agents 1/1 customer-managed (100%)", lines.get(lines.size() - 1));
    }

    @Test
    void aFamilyWhoseKeysAreAllUnknownShowsNoPercentage() {
        assertEquals("their source and training buckets 1 unknown",
                new Coverage.Family("their source and training buckets", 0, 1, 1).describe());
        assertEquals("agents 1/2 customer-managed (50%), 1 unknown", new Coverage.Family("agents", 1, 3, 1).describe());
    }
}
