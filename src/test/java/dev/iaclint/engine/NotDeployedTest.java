package dev.iaclint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource that will not be created is neither checked nor a reason to call its suppression unused. */
class NotDeployedTest {

    @TempDir
    Path dir;

    @Test
    void aNotDeployedResourceHasNoFindingAndItsSuppressionIsNoWarning() throws IOException {
        Path file = TestFiles.write(dir, "stack.yaml", """
                Parameters:
                  Stage: {Type: String, Default: prod}
                Conditions:
                  IsDev: !Equals [!Ref Stage, dev]
                Resources:
                  DevOnly:
                    Type: AWS::Bedrock::Agent
                    Condition: IsDev
                    Metadata:
                      iac-lint:
                        ignore:
                          - rule: BEDROCK-001
                            reason: dev sandbox
                """);
        CliRun run = CliRun.of("-f", "json", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertEquals(List.of(), run.findings());
        assertEquals(List.of(), Json.parse(run.out()).get("warnings"), run.out());
    }
}
