package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.parse.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions that try to leave the sandbox are refused when the policy is loaded, naming the file. */
class PolicySandboxTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "new(...)                 | new('java.lang.ProcessBuilder', 'sh').start()        | create instance",
        "getClass on a value      | ''.getClass()                                        | method call",
        "method call on a value   | resource.address.toUpperCase() == 'X'                | method call",
        "size() as a method       | attributes.size() > 0                                | method call",
        "loop                     | for (var x : [1, 2]) { x }                           | ",
        "while loop               | while (true) { 1 }                                   | ",
        "assignment               | resource = 1                                         | assign",
        "local variable           | var x = 1; x == 1                                    | ",
        "lambda                   | (x) -> { x }                                         | ",
        "unregistered namespace   | runtime:exec('id') == 0                              | unknown function namespace 'runtime'",
        "unknown kms function     | kms:exec('id') == 0                                  | unknown function kms:exec",
        "plain function           | exec('id') == 0                                      | unknown function exec",
        "pragma                   | '#pragma jexl.namespace.rt java.lang.Runtime\n true' | ",
        "reflection               | resource.class.forName('java.lang.Runtime') == null  | method call",
        "mutating a model value   | attributes.put('Key', 'x') == null                   | method call",
        "assigning into a value   | attributes.Key = 'x'                                 | ",
        "huge string building     | 'a'.repeat(2000000000) == ''                         | method call",
        "annotation               | @silent true                                         | ",
    })
    void refusedAtLoad(String name, String expression, String cause) throws IOException {
        Path file = writePolicy("attack.yaml", expression.replace("\\n", "\n  ").replace("\"", "\\\""));
        PolicySet set = PolicySet.load(false, List.of(directory));
        assertEquals(List.of(), set.policies(), name + " must not load");
        assertEquals(1, set.problems().size());
        InputException problem = set.problems().get(0);
        assertEquals(file.toString(), problem.location().file());
        assertEquals(5, problem.location().line(), "points at the assert line");
        if (cause != null) {
            assertTrue(problem.getMessage().contains(cause), problem.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain reading    | resource.address == 'A' && size(attributes) >= 0 && empty(fields.tags)",
        "namespace call   | kms:key('encryptionKey').customerManaged",
        "ternary          | resource.kind == null ? true : kms:key('encryptionKey').unknown || true",
        "regex match      | resource.type =~ 'AWS::Bedrock::.*'",
    })
    void readingExpressionsLoad(String name, String expression) throws IOException {
        writePolicy("ok.yaml", expression);
        PolicySet set = PolicySet.load(false, List.of(directory));
        assertEquals(List.of(), set.problems());
        assertEquals(1, set.policies().size());
    }

    /** A policy whose assert, on line 5, is {@code expression}. */
    private Path writePolicy(String name, String expression) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, """
                id: SANDBOX-001
                title: sandbox
                severity: low
                kinds: [bedrock.agent]
                assert: "%s"
                message: m
                """.formatted(expression));
        return file;
    }
}
