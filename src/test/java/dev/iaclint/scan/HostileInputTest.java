package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a stranger's pull request can hold. Each is scanned next to a good template: the bad
 * one yields an error that names file, line and cause (exit 2, no stack trace), and the good one
 * is still scanned.
 */
class HostileInputTest {

    private static final String GOOD = """
            Resources:
              Agent:
                Type: AWS::Bedrock::Agent
            """;

    @TempDir
    Path dir;

    static List<Arguments> inputs() {
        String deepYaml = "Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: "
                + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String deepJson = "{\"Resources\": {\"R\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"P\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}}}}";
        StringBuilder laughs = new StringBuilder("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n");
        laughs.append("      a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("      a").append(i).append(": &a").append(i).append(" [");
            laughs.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        // Under SnakeYAML's alias limit of 50 (2 aliases a level, 25 levels), but 2^25 values once expanded:
        // refused where the expansion passes a million values (b17, line 22), whatever reads it.
        StringBuilder bomb = new StringBuilder("Resources:\n  R:\n    Type: AWS::Bedrock::Agent\n    Properties:\n");
        bomb.append("      b0: &b0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            bomb.append("      b").append(i).append(": &b").append(i).append(" [*b").append(i - 1)
                    .append(", *b").append(i - 1).append("]\n");
        }
        return List.of(
                Arguments.of("truncated YAML", "bad.yaml", "Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties: {a: [1,\n", 5, "invalid YAML"),
                Arguments.of("truncated JSON", "bad.json", "{\"Resources\": {\"R\": {\"Type\": \"AWS::S3::Bucket\"", 1, "invalid JSON"),
                Arguments.of("duplicate keys", "bad.yaml", "Resources:\n  R:\n    Type: AWS::S3::Bucket\n  R:\n    Type: AWS::S3::Bucket\n", 4, "duplicate key 'R'"),
                Arguments.of("resource without Type", "bad.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R:\n    Properties: {}\n", 3, "has no Type"),
                Arguments.of("Resources is a list", "bad.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - Type: AWS::S3::Bucket\n", 3, "must be a mapping"),
                Arguments.of("unknown intrinsic", "bad.yaml", "Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: !Bogus x\n", 5, "unknown CloudFormation tag !Bogus"),
                Arguments.of("nesting 10,000 deep in YAML", "bad.yaml", deepYaml, 5, "Nesting Depth exceeded max 500"),
                Arguments.of("nesting 10,000 deep in JSON", "bad.json", deepJson, 1, "nesting depth"),
                Arguments.of("billion laughs", "bad.yaml", laughs.toString(), 10, "expand the document to more than"),
                Arguments.of("alias expansion bomb under the alias limit", "bad.yaml", bomb.toString(), 22, "expand the document to more than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isAnErrorWithItsPlaceAndTheOtherFilesAreStillScanned(String name, String file, String text, int line,
                                                              String cause) throws IOException {
        Files.writeString(dir.resolve(file), text);
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        Map<String, Object> report = Json.parse(run.out());
        List<?> errors = (List<?>) report.get("errors");
        assertEquals(1, errors.size(), errors.toString());
        Map<?, ?> error = (Map<?, ?>) errors.get(0);
        assertTrue(((String) error.get("file")).endsWith(file), error.toString());
        assertEquals(line, error.get("line"), error.toString());
        assertTrue(((String) error.get("message")).contains(cause), error.toString());
        List<?> findings = (List<?>) report.get("findings");
        assertTrue(findings.stream().anyMatch(f -> ((String) ((Map<?, ?>) f).get("file")).endsWith("good.yaml")),
                "the good template is still scanned: " + findings);
        assertFalse(run.out().contains("Exception") || run.err().contains("\tat "), "no stack trace");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableBytesAreErrorsToo(String name, byte[] bytes, String cause) throws IOException {
        Files.write(dir.resolve("bad.yaml"), bytes);
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("message")).contains(cause), error.toString());
    }

    static List<Arguments> unreadable() {
        byte[] invalidUtf8 = "Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties: {a: \"\u00ff\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        return List.of(Arguments.of("invalid UTF-8", invalidUtf8, "not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmless")
    void isSkippedQuietly(String name, String file, byte[] bytes) throws IOException {
        Files.write(dir.resolve(file), bytes);
        CliRun run = CliRun.of("--verbose", dir.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertTrue(run.out().contains(file + ": not a CloudFormation template"), run.out());
    }

    static List<Arguments> harmless() {
        return List.of(
                Arguments.of("an empty file", "empty.yaml", new byte[0]),
                Arguments.of("YAML that is not a template", "values.yaml", "replicas: 3\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a Helm template that is not YAML", "deployment.yaml",
                        "{{- if .Values.enabled }}\nkind: Deployment\n{{- end }}\n".getBytes(StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.api.Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(dev.iaclint.parse.SourceText.MAX_BYTES + 1); // sparse: no time, no disk
        }
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("message")).contains("more than the 64 MiB"), error.toString());
        assertEquals(1, ((List<?>) Json.parse(run.out()).get("findings")).size(), "good.yaml is still scanned");
    }

    @org.junit.jupiter.api.Test
    void aBinaryFileNamedJsonIsSkippedQuietly() throws IOException {
        Files.write(dir.resolve("index.json"), new byte[] {0x00, 0x01, (byte) 0xc3, 0x28, (byte) 0xff, '{', '}'});
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        CliRun run = CliRun.of("--verbose", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.out().contains("0 errors"), run.out());
        assertTrue(run.out().contains("index.json: not JSON text"), run.out());
    }

    @org.junit.jupiter.api.Test
    void aBinaryFileNamedTfIsAnError() throws IOException {
        Files.write(dir.resolve("main.tf"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, (byte) 0xc3, 0x28});
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("file")).endsWith("main.tf"), error.toString());
        assertTrue(((String) error.get("message")).contains("not valid UTF-8"), error.toString());
    }

    @org.junit.jupiter.api.Test
    void a50MegabyteSingleLineJsonTemplateIsScanned() throws IOException {
        StringBuilder json = new StringBuilder("{\"Resources\": {");
        for (int i = 0; json.length() < 50 * 1024 * 1024; i++) {
            json.append(i == 0 ? "" : ", ").append("\"B").append(i)
                    .append("\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": \"bucket-")
                    .append(i).append("-with-a-long-enough-name-to-fill-the-line\"}}");
        }
        json.append(", \"Agent\": {\"Type\": \"AWS::Bedrock::Agent\"}}}");
        Files.writeString(dir.resolve("one-line.json"), json);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("findings")).get(0);
        assertEquals(1, finding.get("line"));
        assertTrue((Integer) finding.get("column") > 50_000_000, "the column of the agent on the one line");
    }

    @org.junit.jupiter.api.Test
    void aFileThatCannotBeReadIsAnErrorAndTheOthersAreStillScanned() throws IOException {
        // Tests run as root in CI, where no permission makes a file unreadable: a dangling link
        // named on the command line is a file that cannot be read for anyone.
        Path dangling = dir.resolve("gone.yaml");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere.yaml"));
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        CliRun run = CliRun.of("--format", "json", dangling.toString(), good.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("file")).endsWith("gone.yaml"), error.toString());
        assertTrue(((String) error.get("message")).contains("cannot be read"), error.toString());
        assertEquals(1, ((List<?>) Json.parse(run.out()).get("findings")).size(), "good.yaml is still scanned");
    }
}
