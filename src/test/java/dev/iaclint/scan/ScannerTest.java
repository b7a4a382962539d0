package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.InputFile;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.policy.PolicySettings;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import dev.iaclint.support.Agents;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scanner, several scans: each reads the files as they are now, in an order that does not depend on threads. */
class ScannerTest {

    @TempDir
    Path dir;

    @Test
    void aSecondScanReadsTheTerraformFilesAgain() throws IOException {
        TestFiles.write(dir, "stack/main.tf", Agents.TERRAFORM_NO_KEY);
        Pipeline scanner = scanner(2);

        assertEquals(List.of("BEDROCK-001 stack/main.tf:1"), failures(scanner));
        TestFiles.write(dir, "stack/main.tf", Agents.TERRAFORM_OWN_KEY);
        assertEquals(List.of(), failures(scanner), "the edited file is read, not the first scan's copy");
    }

    @Test
    void theOrderIsTheSameOnOneThreadAndOnMany() throws IOException {
        for (int stack = 9; stack >= 0; stack--) {
            TestFiles.write(dir, "stack" + stack + "/main.tf", Agents.TERRAFORM_NO_KEY);
            TestFiles.write(dir, "template" + stack + ".yaml", """
                    Resources:
                      Agent:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          AgentName: a
                    """);
        }
        List<String> oneThread = failures(scanner(1));

        assertEquals(20, oneThread.size(), String.join("\n", oneThread));
        assertEquals("BEDROCK-001 stack0/main.tf:1", oneThread.get(0));
        for (int run = 0; run < 5; run++) {
            assertEquals(oneThread, failures(scanner(4)));
        }
    }

    @Test
    void progressCountsEveryFileAndEndsAtTheTotal() throws IOException {
        TestFiles.write(dir, "stack/main.tf", Agents.TERRAFORM_NO_KEY);
        TestFiles.write(dir, "stack/variables.tf", "variable \"x\" {}\n");
        TestFiles.write(dir, "a.yaml", "Resources:\n  Agent: {Type: AWS::Bedrock::Agent}\n");
        TestFiles.write(dir, "package.json", "{\"name\": \"not infrastructure\"}\n");
        List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        scanner(2).scan(List.of(dir), new dev.iaclint.engine.suppress.PathPatterns(List.of()),
                (done, total) -> told.add(done + "/" + total));

        assertEquals(3, told.size(), "once per input: " + told);
        assertEquals(List.of("4/4"), told.stream().filter(t -> t.startsWith("4/")).toList(), String.valueOf(told));
    }

    private Pipeline scanner(int threads) {
        PolicySet policies = PolicySet.load(true, List.of());
        List<Policy> agentsOnly = policies.policies().stream()
                .filter(policy -> policy.id().equals("BEDROCK-001")).toList();
        KindTable kinds = KindTable.builtIn();
        FileDiscovery discovery = new FileDiscovery(dir);
        return new Pipeline(kinds, agentsOnly, Rules.of(agentsOnly, kinds, Map.of()), PolicySettings.defaults(),
                discovery, List.of(), threads);
    }

    /** Each failing finding as "RULE file:line", in the scan's order. */
    private List<String> failures(Pipeline scanner) {
        List<InputFile> files = new FileDiscovery(dir).discover(List.of(dir)).files();
        return scanner.scan(files).outcomes().stream().filter(f -> f.status() != Status.PASS)
                .map((Finding f) -> f.ruleId() + " " + f.location().file() + ":" + f.location().line()).toList();
    }
}
