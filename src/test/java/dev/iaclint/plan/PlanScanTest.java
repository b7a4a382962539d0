package dev.iaclint.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans as pull request checks read them: recognised by content, with their changes visible to policies. */
class PlanScanTest {

    private static final Path PLAN = Path.of("testdata/BEDROCK-001/plan/agents.plan.json");

    @TempDir
    Path dir;


    @Test
    void aPlanIsRecognisedByContentWhateverItsName() throws IOException {
        Path renamed = dir.resolve("tfplan.out");
        Files.copy(PLAN, renamed);
        CliRun run = CliRun.of("--format", "json", renamed.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        List<Map<?, ?>> findings = run.findings();
        assertEquals(List.of("aws_bedrockagent_agent.no_key", "aws_bedrockagent_agent.managed[0]",
                "aws_bedrockagent_agent.from_data"), findings.stream().map(f -> f.get("resource")).toList());
    }

    @Test
    void policiesSeeTheChangeOfEachResource() throws IOException {
        Files.writeString(dir.resolve("replacements.yaml"), """
                id: REPLACE-1
                title: Agents are not replaced
                severity: medium
                kinds: [bedrock.agent]
                assert: "change == null || !('delete' =~ change.actions)"
                message: "${resource.address} is replaced (${resource.actionReason}): ${change.replace_paths[0][0]}"
                """);
        CliRun run = CliRun.of("--format", "json", "--policy-dir", dir.toString(), PLAN.toString());
        List<Map<?, ?>> replaced = run.findings().stream().filter(f -> f.get("ruleId").equals("REPLACE-1")).toList();
        assertEquals(1, replaced.size(), run.out());
        assertEquals("aws_bedrockagent_agent.no_key is replaced (replace_because_cannot_update): "
                + "customer_encryption_key_arn", replaced.get(0).get("message"));
    }

    @Test
    void aBrokenPlanIsAnErrorWithItsPosition() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": ");
        CliRun run = CliRun.of("--format", "json", broken.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("message")).startsWith("invalid JSON"), error.toString());
        assertEquals(1, error.get("line"));
    }

    /** A key's policy is "known after apply" in a plan both when it is left to the provider and when it is computed. */
    @Test
    void anAttributeKnownAfterApplyThatTheConfigurationDoesNotWriteIsTheProvidersDefault() throws IOException {
        Path plan = dir.resolve("keys.plan.json");
        Files.writeString(plan, """
                {"format_version": "1.2",
                 "planned_values": {"root_module": {"resources": [
                   {"address": "aws_kms_key.default_policy", "mode": "managed", "type": "aws_kms_key", "name": "default_policy",
                    "values": {"enable_key_rotation": true}},
                   {"address": "aws_kms_key.computed_policy", "mode": "managed", "type": "aws_kms_key", "name": "computed_policy",
                    "values": {"enable_key_rotation": true}}]}},
                 "resource_changes": [
                   {"address": "aws_kms_key.default_policy", "change": {"actions": ["create"], "after_unknown": {"policy": true}}},
                   {"address": "aws_kms_key.computed_policy", "change": {"actions": ["create"], "after_unknown": {"policy": true}}}],
                 "configuration": {"root_module": {"resources": [
                   {"address": "aws_kms_key.default_policy", "expressions": {"enable_key_rotation": {"constant_value": true}}},
                   {"address": "aws_kms_key.computed_policy", "expressions": {
                     "policy": {"references": ["data.aws_iam_policy_document.key.json", "data.aws_iam_policy_document.key"]}}}]}}}
                """);
        CliRun run = CliRun.allRules("--format", "json", plan.toString());
        List<String> kms002 = run.findings().stream().filter(f -> f.get("ruleId").equals("KMS-002"))
                .map(f -> f.get("resource") + " " + f.get("status")).toList();
        assertEquals(List.of("aws_kms_key.computed_policy unknown"), kms002, run.out());
    }

    /** As Terraform writes it: count-indexed instances, keys created in the same plan, the agents naming k[count.index]. */
    @Test
    void aCountIndexedPlansKeyIsCustomerManagedAndKnowsWhatItProtects() throws IOException {
        Path plan = dir.resolve("count.plan.json");
        Files.writeString(plan, """
                {"format_version":"1.2","planned_values":{"root_module":{"resources":[\
                {"address":"aws_kms_key.k[0]","mode":"managed","type":"aws_kms_key","name":"k","index":0,"values":{}},\
                {"address":"aws_kms_key.k[1]","mode":"managed","type":"aws_kms_key","name":"k","index":1,"values":{}},\
                {"address":"aws_bedrockagent_agent.a[0]","mode":"managed","type":"aws_bedrockagent_agent","name":"a","index":0,\
                "values":{"tags":{"tenant":"blue"}}},\
                {"address":"aws_bedrockagent_agent.a[1]","mode":"managed","type":"aws_bedrockagent_agent","name":"a","index":1,\
                "values":{"tags":{"tenant":"green"}}}]}},\
                "resource_changes":[\
                {"address":"aws_bedrockagent_agent.a[0]","change":{"actions":["create"],"after_unknown":{"customer_encryption_key_arn":true}}},\
                {"address":"aws_bedrockagent_agent.a[1]","change":{"actions":["create"],"after_unknown":{"customer_encryption_key_arn":true}}}],\
                "configuration":{"root_module":{"resources":[{"address":"aws_bedrockagent_agent.a","expressions":\
                {"customer_encryption_key_arn":{"references":["aws_kms_key.k","count.index"]}}}]}}}
                """);
        CliRun run = CliRun.allRules("--format", "json", "--rule", "BEDROCK-001,KMS-008", plan.toString());
        List<String> findings = run.findings().stream().map(f -> f.get("ruleId") + " " + f.get("resource")).toList();
        assertEquals(List.of("KMS-008 aws_kms_key.k[0]"), findings, "both agents' keys are customer-managed: " + run.out());
        assertEquals("KMS key aws_kms_key.k[0] is shared by Bedrock resources of different workloads (tenant): "
                + "tenant=blue (aws_bedrockagent_agent.a[0]); tenant=green (aws_bedrockagent_agent.a[1]).",
                run.findings().get(0).get("message"));
        assertEquals(2, ((Map<?, ?>) Json.parse(run.out()).get("summary")).get("passed"), "BEDROCK-001 on both agents");
    }
}
