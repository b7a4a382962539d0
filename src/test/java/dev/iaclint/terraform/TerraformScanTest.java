package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform as users run it: folders as modules, tfvars, named files, suppressions, bad input. */
class TerraformScanTest {

    private static final String AGENT_WITH_VARIABLE = """
            variable "key" {
              default = null
            }

            resource "aws_bedrockagent_agent" "a" {
              customer_encryption_key_arn = var.key
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }


    @Test
    void eachInstanceIsCheckedWithTheAddressTerraformPrints() throws IOException {
        write("stack/main.tf", """
                provider "aws" {}
                resource "aws_bedrockagent_agent" "tenant" {
                  for_each                    = { acme = "alias/aws/bedrock", initech = null }
                  agent_name                  = each.key
                  customer_encryption_key_arn = each.value
                }
                resource "aws_bedrockagent_agent" "never" {
                  count = 0
                }
                """);
        CliRun run = CliRun.of("--format", "json", dir.resolve("stack").toString());
        List<Object> resources = run.findings().stream().map(f -> f.get("resource")).sorted().map(Object.class::cast).toList();
        assertEquals(List.of("aws_bedrockagent_agent.tenant[\"acme\"]", "aws_bedrockagent_agent.tenant[\"initech\"]"),
                resources, run.out());
    }

    @Test
    void aModuleReachedByManyCallersGivesOneFindingNamingTheCallersThatFail() throws IOException {
        write("modules/agent/main.tf", AGENT_WITH_VARIABLE);
        for (String example : List.of("one", "two", "three")) {
            String key = example.equals("two") ? "aws_kms_key.k.arn" : "null";
            write("examples/" + example + "/main.tf", "provider \"aws\" {}\n"
                    + "resource \"aws_kms_key\" \"k\" {}\n"
                    + "module \"agent\" {\n  source = \"../../modules/agent\"\n  key = " + key + "\n}\n");
        }
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(1, run.findings().size(), run.out());
        Map<?, ?> finding = run.findings().get(0);
        assertEquals("aws_bedrockagent_agent.a", finding.get("resource"), "the address inside the module");
        String message = (String) finding.get("message");
        assertTrue(message.contains("examples/one: module.agent"), message);
        assertTrue(message.contains("examples/three: module.agent"), message);
        assertTrue(!message.contains("examples/two"), "the caller that passes a key is not named: " + message);
    }

    @Test
    void aReusableModuleSaysWhenItsResourceIsCreated() throws IOException {
        write("module/main.tf", """
                variable "create" {
                  default = false
                }
                resource "aws_bedrockagent_agent" "a" {
                  count = var.create ? 1 : 0
                }
                """);
        CliRun run = CliRun.of("--format", "json", dir.resolve("module").toString());
        assertEquals(1, run.findings().size(), run.out());
        assertTrue(((String) run.findings().get(0).get("message"))
                .endsWith("It is created only if count = var.create ? 1 : 0 is above zero."), run.out());
        write("module/provider.tf", "provider \"aws\" {}\n");
        assertEquals(List.of(), CliRun.of("--format", "json", dir.resolve("module").toString()).findings(),
                "a configuration's defaults are its values: the agent is not created");
    }

    @Test
    void aFolderReachedThroughDotDotGivesTheSameFindings() throws IOException {
        write("tf/main.tf", AGENT_WITH_VARIABLE);
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("tf"));
        assertTrue(relative.toString().startsWith(".."), relative.toString());
        CliRun absolute = CliRun.of("--format", "json", dir.resolve("tf").toString());
        CliRun dotDot = CliRun.of("--format", "json", relative.toString());
        assertEquals(1, absolute.findings().size(), absolute.out());
        assertEquals(absolute.findings(), dotDot.findings());
    }

    @Test
    void aModuleFileNamedAloneIsCheckedThroughTheRepositorysCallersAsAFullScanChecksIt() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("modules/agent/main.tf", """
                variable "key" {}

                resource "aws_bedrockagent_agent" "a" {
                  customer_encryption_key_arn = var.key
                }
                """);
        write("live/main.tf", """
                provider "aws" {}
                module "agent" {
                  source = "../modules/agent"
                  key    = null
                }
                """);
        Path named = dir.resolve("modules/agent/main.tf");
        CliRun preCommit = CliRun.of("--format", "json", named.toString());
        CliRun full = CliRun.of("--format", "json", dir.toString());
        assertEquals(1, preCommit.findings().size(), preCommit.out());
        assertEquals("fail", preCommit.findings().get(0).get("status"), "the caller passes null: the AWS-owned key");
        assertEquals(full.findings(), preCommit.findings());

        CliRun subfolder = CliRun.of("--format", "json", dir.resolve("modules").toString());
        assertEquals(full.findings(), subfolder.findings(), "a module folder scanned alone: the same verdict");

        CliRun caller = CliRun.of("--format", "json", dir.resolve("live").toString());
        assertEquals(full.findings(), caller.findings(), "what the configuration causes in its module is reported");
    }

    @Test
    void addressesAreTerraformsAndFindingsPointAtTheAttribute() throws IOException {
        write("stack/main.tf", AGENT_WITH_VARIABLE);
        CliRun run = CliRun.of("--format", "json", dir.resolve("stack").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        Map<?, ?> finding = run.findings().get(0);
        assertEquals("aws_bedrockagent_agent.a", finding.get("resource"));
        assertEquals("aws_bedrockagent_agent", finding.get("resourceType"));
        assertEquals(6, finding.get("line"));
        assertEquals(33, finding.get("column"));
    }

    @Test
    void tfvarsAndVarFilesBindRootVariables() throws IOException {
        write("stack/main.tf", AGENT_WITH_VARIABLE
                + "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
        write("stack/terraform.tfvars", "key = \"alias/aws/bedrock\"\n");
        CliRun managed = CliRun.of("--format", "json", dir.resolve("stack").toString());
        assertTrue(((String) managed.findings().get(0).get("message")).contains("AWS-managed key alias/aws/bedrock"));
        Path cmk = write("prod.tfvars", "key = \"arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\"\n");
        CliRun overridden = CliRun.of("--var-file", cmk.toString(), dir.resolve("stack").toString());
        assertEquals(ExitCode.OK, overridden.exitCode(), "--var-file wins over terraform.tfvars: " + overridden.out());
    }

    @Test
    void aNamedFileIsCheckedWithItsWholeFolderAndOnlyItIsReported() throws IOException {
        write("stack/variables.tf", "variable \"key\" {\n  default = \"alias/aws/bedrock\"\n}\n");
        write("stack/agent.tf", "resource \"aws_bedrockagent_agent\" \"a\" {\n  customer_encryption_key_arn = var.key\n}\n");
        write("stack/other.tf", "resource \"aws_bedrockagent_agent\" \"b\" {}\n");
        CliRun run = CliRun.of("--format", "json", dir.resolve("stack/agent.tf").toString());
        List<Map<?, ?>> findings = run.findings();
        assertEquals(1, findings.size(), "other.tf is context, not reported: " + findings);
        assertTrue(((String) findings.get(0).get("message")).contains("alias/aws/bedrock"),
                "the variable in variables.tf was read for context");
        assertEquals(1, ((Map<?, ?>) Json.parse(run.out()).get("summary")).get("filesScanned"));
    }

    @Test
    void inlineCommentsSuppressInHcl() throws IOException {
        write("stack/main.tf", """
                resource "aws_bedrockagent_agent" "a" { # iac-lint:ignore BEDROCK-001 sandbox account
                  agent_name = "a"
                }

                // iac-lint:ignore BEDROCK-001 -- demo only
                resource "aws_bedrockagent_agent" "b" {
                  agent_name = "b"
                }
                """);
        CliRun run = CliRun.of(dir.resolve("stack").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertTrue(run.out().contains("0 failed, 0 unknown, 2 suppressed"), run.out());
    }

    @Test
    void aFileThatDoesNotParseIsAnErrorAndTheRestOfTheFolderStillLoads() throws IOException {
        write("stack/broken.tf", "resource \"aws_kms_key\" \"k\" {\n  description = \"unclosed\n}\n");
        write("stack/agent.tf", "resource \"aws_bedrockagent_agent\" \"a\" {}\n");
        CliRun run = CliRun.of("--format", "json", dir.resolve("stack").toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("file")).endsWith("broken.tf"));
        assertEquals(2, error.get("line"));
        assertEquals(1, run.findings().size(), "agent.tf is still checked");
    }

    @Test
    void aModuleCycleIsAnErrorNotAHang() throws IOException {
        write("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n");
        write("b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\nresource \"aws_bedrockagent_agent\" \"x\" {}\n");
        // Both folders are scanned: outside git, a module outside the scanned paths is not loaded.
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("module cycle"), run.out());
    }

    @Test
    void modulesNestedTooDeeplyAreAnErrorThatSaysSoNotACycle() throws IOException {
        Files.createDirectories(dir.resolve(".git")); // the repository, which the modules stay inside
        for (int level = 0; level < 20; level++) {
            write("m" + level + "/main.tf", "module \"next\" {\n  source = \"../m" + (level + 1) + "\"\n}\n");
        }
        write("m20/main.tf", "resource \"aws_bedrockagent_agent\" \"x\" {}\n");
        CliRun run = CliRun.of("--format", "json", dir.resolve("m0").toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("deeper than the 16 levels of nested modules iac-lint follows"), run.out());
        assertFalse(run.out().contains("cycle"), run.out());
    }

    @Test
    void aLocalCycleIsUnknownNotAHang() throws IOException {
        write("stack/main.tf", """
                locals {
                  a = local.b
                  b = local.a
                }

                resource "aws_bedrockagent_agent" "x" {
                  customer_encryption_key_arn = local.a
                }
                """);
        CliRun run = CliRun.of("--format", "json", dir.resolve("stack").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertEquals("unknown", run.findings().get(0).get("status"));
    }

    @Test
    void aPolicyDocumentDataSourceAndJsonencodeReadAsTheSameKeyPolicy() throws IOException {
        write("stack/main.tf", """
                data "aws_iam_policy_document" "key" {
                  statement {
                    sid       = "Admins"
                    actions   = ["kms:*"]
                    resources = ["*"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::111122223333:root"]
                    }
                  }
                  statement {
                    sid     = "Bedrock"
                    effect  = "Allow"
                    actions = ["kms:Decrypt", "kms:GenerateDataKey"]
                    principals {
                      type        = "Service"
                      identifiers = ["bedrock.amazonaws.com"]
                    }
                    condition {
                      test     = "StringEquals"
                      variable = "aws:SourceAccount"
                      values   = ["111122223333"]
                    }
                  }
                }

                resource "aws_kms_key" "from_data" {
                  enable_key_rotation = true
                  policy              = data.aws_iam_policy_document.key.json
                }

                resource "aws_kms_key" "from_jsonencode" {
                  enable_key_rotation = true
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      { Sid = "Admins", Effect = "Allow", Action = ["kms:*"], Resource = ["*"],
                        Principal = { AWS = ["arn:aws:iam::111122223333:root"] } },
                      { Sid = "Bedrock", Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"],
                        Principal = { Service = ["bedrock.amazonaws.com"] },
                        Condition = { StringEquals = { "aws:SourceAccount" = ["111122223333"] } } }
                    ]
                  })
                }
                """);
        String shape = "size(fields.keyPolicy.Statement) == 2"
                + " && fields.keyPolicy.Statement[0].Principal.AWS[0] == 'arn:aws:iam::111122223333:root'"
                + " && fields.keyPolicy.Statement[1].Effect == 'Allow'"
                + " && fields.keyPolicy.Statement[1].Condition.StringEquals['aws:SourceAccount'][0] == '111122223333'";
        write("policies/shape.yaml", "id: SHAPE-1\ntitle: t\nseverity: low\nkinds: [kms.key]\nassert: \"" + shape
                + "\"\nmessage: m\n");
        CliRun run = CliRun.of("--rule", "SHAPE-1", "--policy-dir", dir.resolve("policies").toString(),
                dir.resolve("stack").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        write("policies/shape.yaml", "id: SHAPE-1\ntitle: t\nseverity: low\nkinds: [kms.key]\n"
                + "assert: \"fields.keyPolicy.Statement[1].Principal.Service[0] == 'ec2.amazonaws.com'\"\nmessage: m\n");
        CliRun failing = CliRun.of("--format", "json", "--policy-dir", dir.resolve("policies").toString(),
                dir.resolve("stack").toString());
        assertEquals(2, failing.findings().stream().filter(f -> "SHAPE-1".equals(f.get("ruleId"))).count(),
                "the same assertion fails on both shapes: " + failing.out());
    }
}
