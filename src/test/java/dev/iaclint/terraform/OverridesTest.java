package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import dev.iaclint.terraform.syntax.HclParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: override files are merged last, whatever their names, as Terraform merges them. */
class OverridesTest {

    @TempDir
    Path dir;

    private static ParsedFile file(String name, String text) {
        return new ParsedFile(name, HclParser.parse(name, text), text.lines().toList());
    }

    private static Object literal(Body body, String name) {
        return ((Expr.Literal) body.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()
                .value()).value();
    }

    @Test
    void anOverrideSortingBeforeMainTfStillWins() throws IOException {
        TestFiles.write(dir, "a_override.tf", """
                locals {
                  key = null
                }
                """);
        TestFiles.write(dir, "main.tf", """
                resource "aws_kms_key" "k" {
                  enable_key_rotation = true
                }
                locals {
                  key = aws_kms_key.k.arn
                }
                resource "aws_bedrockagent_agent" "a" {
                  customer_encryption_key_arn = local.key
                }
                """);
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertEquals(1, run.findings().size(), run.out());
        assertEquals("fail", run.findings().get(0).get("status"), run.out());
    }

    @Test
    void argumentsReplacePerNameNestedBlocksAsAWholeLocalsPerName() {
        List<ParsedFile> merged = Overrides.apply(List.of(
                file("m/a_override.tf", """
                        resource "t" "x" {
                          b = 20
                          rule {
                            only = true
                          }
                          lifecycle {
                            prevent_destroy = false
                          }
                        }
                        locals {
                          two = "over"
                        }
                        """),
                file("m/main.tf", """
                        resource "t" "x" {
                          a = 1
                          b = 2
                          rule {
                            first = 1
                          }
                          rule {
                            second = 2
                          }
                          lifecycle {
                            prevent_destroy       = true
                            create_before_destroy = true
                          }
                        }
                        locals {
                          one = "base"
                          two = "base"
                        }
                        """)));
        Body resource = merged.get(0).body().blocks("resource").get(0).body();
        assertEquals(1L, ((Number) literal(resource, "a")).longValue());
        assertEquals(20L, ((Number) literal(resource, "b")).longValue());
        assertEquals(1, resource.blocks("rule").size());
        assertEquals(true, literal(resource.blocks("rule").get(0).body(), "only"));
        Body lifecycle = resource.blocks("lifecycle").get(0).body();
        assertEquals(false, literal(lifecycle, "prevent_destroy"));
        assertEquals(true, literal(lifecycle, "create_before_destroy"));
        Body locals = merged.get(0).body().blocks("locals").get(0).body();
        assertEquals("base", literal(locals, "one"));
        assertEquals("over", literal(locals, "two"));
        assertEquals(List.of(), merged.get(1).body().items(), "the override file is read, and merged");
    }
}
