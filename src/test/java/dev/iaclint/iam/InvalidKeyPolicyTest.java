package dev.iaclint.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key policy AWS would reject is an error of the input, said once, where it is written: not an
 * unknown outcome of every check that reads it ("known only at deployment" would not be true).
 */
class InvalidKeyPolicyTest {

    private static final String KEY_POLICY_RULES = "KMS-002,KMS-003,KMS-004,KMS-005";

    @TempDir
    Path dir;

    private CliRun scan(Path path) {
        return CliRun.allRules("--no-config", "-f", "json", "--rule", KEY_POLICY_RULES, path.toString());
    }

    private static List<Map<?, ?>> errors(CliRun run) {
        return ((List<?>) Json.parse(run.out()).get("errors")).stream().<Map<?, ?>>map(e -> (Map<?, ?>) e).toList();
    }

    /** The one error of the run: its line and message; no finding of the key-policy rules. */
    private static Map<?, ?> theError(CliRun run) {
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertEquals(List.of(), run.findings(), run.out());
        List<Map<?, ?>> errors = errors(run);
        assertEquals(1, errors.size(), run.out());
        return errors.get(0);
    }

    @Test
    void aKeyPolicyThatIsNotJsonIsOneErrorInCloudFormation() throws IOException {
        Path file = TestFiles.write(dir, "stack.yaml", """
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy: '{"Statement": [{"Effect": "Allow",}]}'
                """);
        Map<?, ?> error = theError(scan(file));
        assertEquals(5, ((Number) error.get("line")).intValue());
        assertTrue(error.get("message").toString().startsWith("the policy document is not valid JSON"), error.toString());
    }

    @Test
    void aKeyPolicyThatIsNotJsonIsOneErrorInTerraformAndPlans() throws IOException {
        Path module = dir.resolve("module");
        TestFiles.write(module, "main.tf", """
                resource "aws_kms_key" "k" {
                  policy = <<POLICY
                {
                  "Statement": [
                    {"Effect": "Allow", }
                  ]
                }
                POLICY
                }
                """);
        Map<?, ?> error = theError(scan(module));
        assertEquals(5, ((Number) error.get("line")).intValue(), "the line inside the heredoc");

        Path plan = TestFiles.write(dir, "plan.json", """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_kms_key.k", "mode": "managed", "type": "aws_kms_key", "name": "k",
                   "values": {"policy": "{\\"Statement\\": ["}}]}}}
                """);
        assertEquals(3, ((Number) theError(scan(plan)).get("line")).intValue());
    }

    @Test
    void aPrincipalThatIsNoPrincipalIsAnError() throws IOException {
        Path yaml = TestFiles.write(dir, "stack.yaml", """
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Statement:
                          - Effect: Allow
                            Principal: {AWS: [arn:aws:iam::111122223333:root, foo]}
                            Action: kms:*
                """);
        Map<?, ?> error = theError(scan(yaml));
        assertEquals(8, ((Number) error.get("line")).intValue());
        assertTrue(error.get("message").toString().contains("\"foo\""), error.toString());

        Path json = TestFiles.write(dir, "stack.json", """
                {"Resources": {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Statement": [
                  {"Effect": "Allow", "Principal": {"Service": "bedrock"}, "Action": "kms:Decrypt"}]}}}}}
                """);
        assertTrue(theError(scan(json)).get("message").toString().contains("\"bedrock\""));

        Path module = dir.resolve("module");
        TestFiles.write(module, "main.tf", """
                resource "aws_kms_key" "k" {
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "foo" }
                      Action    = "kms:Decrypt"
                    }]
                  })
                }
                """);
        assertEquals(5, ((Number) theError(scan(module)).get("line")).intValue());
    }

    @Test
    void principalsInEveryValidShapeAreNoError() throws IOException {
        Path yaml = TestFiles.write(dir, "stack.yaml", """
                Parameters:
                  Admin: {Type: String}
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: ["111122223333", "arn:aws:iam::111122223333:role/a", "*", !Ref Admin,
                                    !Sub "arn:aws:iam::${AWS::AccountId}:${Admin}"]
                              Service: [bedrock.amazonaws.com, logs.eu-west-1.amazonaws.com]
                              Federated: cognito-identity.amazonaws.com
                            Action: kms:Decrypt
                            Condition: {StringEquals: {kms:CallerAccount: "111122223333"}}
                """);
        CliRun run = scan(yaml);
        assertEquals(List.of(), errors(run), run.out());
    }

    @Test
    void twoTerraformResourcesWithOneAddressAreAnErrorNamingBoth() throws IOException {
        Path module = keyTwice("other.tf", "# the same key again\n\n");
        CliRun run = CliRun.allRules("--no-config", "-f", "json", module.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        List<Map<?, ?>> errors = errors(run);
        assertEquals(1, errors.size(), run.out());
        String message = errors.get(0).get("message").toString();
        assertTrue(message.contains("aws_kms_key.k") && message.contains("main.tf:1")
                && message.contains("other.tf:3"), message);
    }

    @Test
    void anOverrideFileMayRedeclareAResource() throws IOException {
        Path module = keyTwice("main_override.tf", "");
        CliRun run = CliRun.allRules("--no-config", "-f", "json", "--rule", "KMS-001", module.toString());
        assertEquals(List.of(), errors(run), run.out());
    }

    /** A module that declares aws_kms_key.k in main.tf and again, after {@code before}, in {@code second}. */
    private Path keyTwice(String second, String before) throws IOException {
        Path module = dir.resolve("module");
        String key = """
                resource "aws_kms_key" "k" {
                  enable_key_rotation = true
                }
                """;
        TestFiles.write(module, "main.tf", key);
        TestFiles.write(module, second, before + key);
        return module;
    }
}
