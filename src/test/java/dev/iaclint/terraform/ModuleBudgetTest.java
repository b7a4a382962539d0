package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: a module tree that fans out exponentially is cut at a budget, with an error, and the rest still reports. */
class ModuleBudgetTest {

    @TempDir
    Path dir;

    @Test
    void eachModuleCallingTheNextFourTimesSixteenLevelsDeepIsAnError() throws IOException {
        for (int level = 0; level < 15; level++) {
            StringBuilder tf = new StringBuilder();
            for (int call = 0; call < 4; call++) {
                tf.append("module \"m").append(call).append("\" {\n  source = \"../m").append(level + 1).append("\"\n}\n");
            }
            TestFiles.write(dir, "m" + level + "/main.tf", tf.toString());
        }
        TestFiles.write(dir, "m15/main.tf", "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
        TestFiles.write(dir, "other/main.tf", "resource \"aws_bedrockagent_agent\" \"a\" {}\n");
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("module instances one root may load"), run.out());
        assertTrue(run.findings().stream().anyMatch(f -> "aws_bedrockagent_agent.a".equals(f.get("resource"))),
                "the rest of the scan still reports: " + run.out());
    }
}
