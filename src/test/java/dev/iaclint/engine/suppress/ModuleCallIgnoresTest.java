package dev.iaclint.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Agents;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suppression on a Terraform module block covers the findings inside the module reached through that call. */
class ModuleCallIgnoresTest {

    /** A call of the agent module, suppressed at line 5 of the configuration. */
    private static final String LEGACY_CALL = """
            # iac-lint:ignore BEDROCK-001 legacy agents, retired in Q3
            module "legacy" {
              source = "../modules/agent"
            }
            """;

    @TempDir
    Path dir;

    private CliRun scan(String root) throws IOException {
        TestFiles.write(dir, "modules/agent/main.tf", Agents.TERRAFORM_NO_KEY);
        if (root.contains("modules/outer")) {
            // Only when called: scanned on its own, it would be a call of the module of its own, not suppressed.
            TestFiles.write(dir, "modules/outer/main.tf", """
                    module "inner" {
                      source = "../agent"
                    }
                    """);
        }
        TestFiles.write(dir, "live/main.tf", "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n\n" + root);
        return CliRun.of("-f", "json", dir.toString());
    }

    private static Map<?, ?> suppression(CliRun run) {
        assertEquals(1, run.findings().size(), run.out());
        return (Map<?, ?>) run.findings().get(0).get("suppression");
    }

    @Test
    void anIgnoreAboveAModuleBlockCoversTheResourcesOfThatCall() throws IOException {
        CliRun run = scan(LEGACY_CALL);
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("inline", suppression(run).get("kind"));
        assertEquals("legacy agents, retired in Q3", suppression(run).get("reason"));
        assertEquals(5, ((Number) suppression(run).get("line")).intValue(), "the comment's line");
        assertTrue(((String) run.findings().get(0).get("file")).endsWith("modules/agent/main.tf"));
        assertEquals(List.of(), warnings(run));
    }

    @Test
    void onTheBlockLineAndThroughNestedCallsToo() throws IOException {
        CliRun run = scan("""
                module "outer" { # iac-lint:ignore all every agent of this call is a sandbox
                  source = "../modules/outer"
                }
                """);
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("every agent of this call is a sandbox", suppression(run).get("reason"));
    }

    @Test
    void anotherCallOfTheSameModuleStillReportsItsFinding() throws IOException {
        CliRun run = scan(LEGACY_CALL + """

                module "current" {
                  source = "../modules/agent"
                }
                """);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(null, suppression(run));
        assertTrue(((String) run.findings().get(0).get("message")).contains("module.current"), run.out());
        assertEquals(List.of(), warnings(run), "the ignore reached its call: it is not stale");
    }

    @Test
    void whenEveryCallIsSuppressedTheFindingIs() throws IOException {
        CliRun run = scan(LEGACY_CALL + """

                # iac-lint:ignore BEDROCK-001 a sandbox
                module "sandbox" {
                  source = "../modules/agent"
                }
                """);
        assertEquals(0, run.exitCode(), run.out());
        assertEquals(List.of(), warnings(run));
    }

    @Test
    void anIgnoreOfAnotherRuleCoversNothingAndIsStale() throws IOException {
        CliRun run = scan("""
                # iac-lint:ignore KMS-001 not this rule
                module "legacy" {
                  source = "../modules/agent"
                }
                """);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(null, suppression(run));
        assertEquals(1, warnings(run).size(), run.out());
    }

    private static List<?> warnings(CliRun run) {
        return (List<?>) dev.iaclint.support.Json.parse(run.out()).get("warnings");
    }
}
