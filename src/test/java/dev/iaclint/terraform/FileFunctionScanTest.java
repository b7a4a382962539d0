package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** file("${path.module}/...") reads the module's own file, and never one outside the scanned modules. */
class FileFunctionScanTest {

    private static final String OPEN_POLICY = """
            {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*"}]}
            """;

    @TempDir
    Path dir;

    private List<Object> kms002Resources(CliRun run, String status) {
        return run.findings().stream().filter(f -> "KMS-002".equals(f.get("ruleId")) && status.equals(f.get("status")))
                .map(f -> f.get("resource")).map(Object.class::cast).sorted().toList();
    }

    @Test
    void aKeyPolicyReadFromTheModulesFileIsChecked() throws IOException {
        TestFiles.write(dir, "stack/open-policy.txt", OPEN_POLICY);
        Path outside = TestFiles.write(dir, "elsewhere/open-policy.txt", OPEN_POLICY);
        Files.createSymbolicLink(dir.resolve("stack/linked-policy.txt"), outside);
        TestFiles.write(dir, "stack/main.tf", """
                resource "aws_kms_key" "from_file" {
                  enable_key_rotation = true
                  policy              = file("${path.module}/open-policy.txt")
                }
                resource "aws_kms_key" "decoded" {
                  enable_key_rotation = true
                  policy              = jsonencode(jsondecode(file("${path.module}/open-policy.txt")))
                }
                resource "aws_kms_key" "through_a_link" {
                  enable_key_rotation = true
                  policy              = file("${path.module}/linked-policy.txt")
                }
                resource "aws_kms_key" "outside" {
                  enable_key_rotation = true
                  policy              = file("${path.module}/../elsewhere/open-policy.txt")
                }
                """);
        CliRun run = CliRun.of("--rule", "KMS-002", "--format", "json", dir.resolve("stack").toString());
        assertEquals(List.of("aws_kms_key.decoded", "aws_kms_key.from_file"), kms002Resources(run, "fail"), run.out());
        assertEquals(List.of("aws_kms_key.outside", "aws_kms_key.through_a_link"), kms002Resources(run, "unknown"),
                "a file outside the module is not read: its policy is unknown");
    }
}
