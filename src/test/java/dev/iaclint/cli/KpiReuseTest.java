package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.bench.HistoryGenerator;
import dev.iaclint.kpi.HistoryScan;
import dev.iaclint.kpi.KpiReport;
import dev.iaclint.kpi.Lifetime;
import dev.iaclint.kpi.Point;
import dev.iaclint.report.Coverage;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.GitRepository;
import dev.iaclint.support.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reusing what a commit did not touch changes nothing: at every commit, {@code kpi}'s coverage,
 * failing count and failing fingerprints are those of a full scan of that commit checked out,
 * with that commit's configuration. The history after the generated one makes each kind of change
 * that reuse could miss: a new file in a module folder, a module gaining a caller, a called module
 * becoming a configuration of its own, a called module folder appearing, a root deleted, a module
 * every root calls, files that {@code file()} and {@code templatefile()} read (beside the module,
 * in a subfolder, with an ending no scanner reads), a folder becoming a CDK cloud assembly, and
 * the configuration. Skipped commits are compared too.
 */
class KpiReuseTest {

    private static final Instant AFTER = Instant.parse("2026-02-01T00:00:00Z");
    private static final String CMK = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String OPEN_POLICY = """
            {"Statement": [{"Sid": "Everyone", "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt",
              "Resource": "*"}]}""";
    private static final String ACCOUNT_POLICY = """
            {"Statement": [{"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::%s:root"},
              "Action": "kms:*", "Resource": "*"}]}""";

    @TempDir
    Path folder;

    private GitRepository git;
    private int day;

    @Test
    void everyCommitAsAFullScanOfItsCheckout() throws Exception {
        Path repo = folder.resolve("repo");
        HistoryGenerator.generate(repo, 24, 7);
        try (GitRepository opened = GitRepository.open(repo)) {
            git = opened;
            // A new file in a Terraform folder changes its module without changing a file it read.
            commit("stack 1 without its key", "stacks/s1/terraform/terraform.tfvars", "use_cmk = false\n");
            git.delete("stacks/s2/template.yaml");
            commit("stack 2's template removed");
            commit("stack 1 with its key again", "stacks/s1/terraform/terraform.tfvars", "use_cmk = true\n");
            // A module nothing calls is a root of its own (its key unknown), until a stack calls it.
            commit("a knowledge-base module", "modules/kb/main.tf", """
                    variable "kms_key_arn" {}
                    resource "aws_bedrockagent_agent" "kb" {
                      agent_name                  = "kb"
                      foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                      customer_encryption_key_arn = var.kms_key_arn
                    }
                    """);
            commit("stack 3 calls it", "stacks/s3/terraform/main.tf", git.read("stacks/s3/terraform/main.tf") + """
                    module "kb" {
                      source      = "../../../modules/kb"
                      kms_key_arn = aws_kms_key.agents.arn
                    }
                    """);
            // Variable values make a called module a configuration applied on its own too, with no call changed.
            commit("the knowledge-base module gets values of its own", "modules/kb/terraform.tfvars",
                    "kms_key_arn = \"arn:aws:kms:eu-west-1:111122223333:alias/aws/bedrock\"\n");
            // A call of a folder that does not exist yet: the folder's first file changes the caller.
            commit("stack 5 calls a module not written yet", "stacks/s5/terraform/main.tf",
                    git.read("stacks/s5/terraform/main.tf") + """
                    module "extra" {
                      source = "../../../modules/extra"
                    }
                    """);
            commit("the module written", "modules/extra/main.tf", """
                    resource "aws_bedrockagent_agent" "extra" {
                      agent_name       = "extra"
                      foundation_model = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                    }
                    """);
            // Key policies read by file() and templatefile(): beside the module, with an ending no
            // scanner reads; in a subfolder; and a template in another subfolder.
            git.write("keys/open-policy.txt", OPEN_POLICY)
                    .write("keys/policies/account.json", ACCOUNT_POLICY.formatted("111122223333"))
                    .write("keys/templates/key.json.tpl", ACCOUNT_POLICY.formatted("${account_id}"));
            commit("keys whose policies are files", "keys/main.tf", """
                    provider "aws" {
                      region = "eu-west-1"
                    }
                    resource "aws_kms_key" "from_text" {
                      enable_key_rotation = true
                      policy              = file("${path.module}/open-policy.txt")
                    }
                    resource "aws_kms_key" "from_json" {
                      enable_key_rotation = true
                      policy              = file("${path.module}/policies/account.json")
                    }
                    resource "aws_kms_key" "from_template" {
                      enable_key_rotation = true
                      policy              = templatefile("${path.module}/templates/key.json.tpl", { account_id = "111122223333" })
                    }
                    """);
            commit("the text policy closed", "keys/open-policy.txt", ACCOUNT_POLICY.formatted("111122223333"));
            commit("the JSON policy opened", "keys/policies/account.json", OPEN_POLICY);
            commit("the template opened", "keys/templates/key.json.tpl", OPEN_POLICY);
            // A folder of templates that becomes a CDK cloud assembly: its manifest names no stack.
            commit("a template in a folder of its own", "apps/cdk/Stack.template.json", """
                    {"Resources": {"Agent": {"Type": "AWS::Bedrock::Agent", "Properties": {"AgentName": "cdk"}}}}
                    """);
            commit("the folder is a cloud assembly without stacks", "apps/cdk/manifest.json",
                    "{\"version\": \"36.0.0\", \"artifacts\": {}}\n");
            git.delete("stacks/s4/terraform/main.tf").delete("stacks/s4/terraform/variables.tf");
            commit("stack 4's Terraform removed");
            commit("every agent of the shared module gets a key", "modules/agent/main.tf",
                    git.read("modules/agent/main.tf").replace("customer_encryption_key_arn = var.kms_key_arn",
                            "customer_encryption_key_arn = coalesce(var.kms_key_arn, \"" + CMK + "\")"));
            commit("a configuration: stack 5 excluded, KMS-002 off", ".iac-lint.yaml", """
                    exclude: ["stacks/s5/**"]
                    rules:
                      KMS-002: {enabled: false}
                    """);
            String template = git.read("stacks/s0/template.yaml");
            String awsManaged = "!Sub \"arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/bedrock\"";
            commit("stack 0's draft agent's key switched under the configuration", "stacks/s0/template.yaml",
                    template.contains(awsManaged) ? template.replace(awsManaged, "!GetAtt Key.Arn")
                            : template.replace("CustomerEncryptionKeyArn: !GetAtt Key.Arn",
                            "CustomerEncryptionKeyArn: " + awsManaged));
            git.delete(".iac-lint.yaml");
            commit("the configuration removed");
        }
        KpiReport report = KpiCommand.report(List.of(repo), new HistoryScan.Settings("HEAD",
                Instant.parse("2000-01-01T00:00:00Z"), List.of(), null, false, Instant.parse("2026-03-01T00:00:00Z")), 2);
        assertTrue(report.stats().reused() > 0, "units were reused");
        // Every commit, scanned or skipped: a skipped commit must leave the numbers as they were.
        List<String> ids = report.points().stream().map(p -> p.revision().id()).toList();
        List<String> kpi = new ArrayList<>();
        List<String> full = new ArrayList<>();
        try (Git checkout = Git.open(repo.toFile())) {
            List<RevCommit> history = new ArrayList<>();
            checkout.log().call().forEach(history::add);
            Collections.reverse(history);
            int at = -1;
            for (RevCommit commit : history) {
                if (ids.contains(commit.getName())) {
                    at = ids.indexOf(commit.getName());
                }
                Point point = report.points().get(at);
                String name = commit.getName().substring(0, 10) + " " + commit.getShortMessage() + ": ";
                kpi.add(name + describe(point.coverage()) + " failing " + point.failing() + " " + failingAt(report, at));
                checkout.checkout().setName(commit.getName()).call();
                Path config = repo.resolve(".iac-lint.yaml");
                CliRun scan = Files.exists(config)
                        ? CliRun.allRules("--config", config.toString(), "-f", "json", repo.toString())
                        : CliRun.allRules("--no-config", "-f", "json", repo.toString());
                List<Map<?, ?>> findings = scan.findings();
                full.add(name + describe(scan) + " failing " + findings.stream()
                        .filter(f -> f.get("status").equals("fail") && f.get("suppression") == null).count() + " "
                        + new TreeSet<>(findings.stream().filter(f -> f.get("status").equals("fail"))
                        .map(f -> (String) f.get("fingerprint")).toList()));
            }
        }
        for (int i = 0; i < full.size(); i++) {
            if (!full.get(i).equals(kpi.get(i))) {
                assertEquals(full.get(i), kpi.get(i), "commit " + (i + 1) + " of " + full.size());
            }
        }
        assertTrue(kpi.stream().map(line -> line.substring(line.indexOf(": "))).distinct().count() >= 12,
                () -> "the history changes the numbers: " + kpi);
    }

    private void commit(String message, String path, String text) throws Exception {
        git.write(path, text);
        commit(message);
    }

    private void commit(String message) throws Exception {
        git.commit(message, AFTER.plus(Duration.ofDays(day++)));
    }

    /** The fingerprints failing at the i-th scanned commit, as the lifetimes tell them. */
    private static TreeSet<String> failingAt(KpiReport report, int i) {
        List<String> ids = report.points().stream().map(p -> p.revision().id()).toList();
        TreeSet<String> failing = new TreeSet<>();
        for (Lifetime lifetime : report.lifetimes()) {
            int appeared = ids.indexOf(lifetime.appeared().id());
            int fixed = lifetime.open() ? ids.size() : ids.indexOf(lifetime.fixed().id());
            if (appeared <= i && i < fixed) {
                failing.add(lifetime.fingerprint());
            }
        }
        return failing;
    }

    private static String describe(Coverage coverage) {
        return String.join(", ", coverage.families().stream()
                .map(f -> f.name() + " " + f.customerManaged() + "/" + f.total() + " (" + f.unknown() + " unknown)")
                .toList());
    }

    private static String describe(CliRun scan) {
        List<String> families = new ArrayList<>();
        for (Object family : (List<?>) Json.parse(scan.out()).get("coverage")) {
            Map<?, ?> f = (Map<?, ?>) family;
            families.add(f.get("family") + " " + f.get("customerManaged") + "/" + f.get("total") + " ("
                    + f.get("unknown") + " unknown)");
        }
        return String.join(", ", families);
    }
}
