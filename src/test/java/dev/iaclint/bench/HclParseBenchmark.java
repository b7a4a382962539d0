package dev.iaclint.bench;

import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.HclParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * HCL parse throughput on a generated ~5 MB configuration (resources, variables, locals, module
 * calls, templates, heredocs, for expressions). Not a test: run with bench/hcl-parse.sh. Prints
 * the median of the timed runs after a warm-up.
 */
public final class HclParseBenchmark {

    private HclParseBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String text = generate(5 * 1024 * 1024);
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        int items = 0;
        for (int i = 0; i < 5; i++) {
            items = HclParser.parse("bench.tf", text).items().size();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Body body = HclParser.parse("bench.tf", text);
            nanos[i] = System.nanoTime() - start;
            items = body.items().size();
        }
        Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e9;
        System.out.printf(Locale.ROOT, "HCL parse: %.1f MB, %d top-level blocks, %d runs: median %.0f ms, %.1f MB/s "
                + "(min %.0f ms, max %.0f ms)%n", megabytes, items, runs, median * 1000, megabytes / median,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6);
    }

    static String generate(int bytes) {
        StringBuilder tf = new StringBuilder(bytes + 4096);
        for (int i = 0; tf.length() < bytes; i++) {
            tf.append("""
                    variable "key_%1$d" {
                      type        = string
                      default     = null
                      description = "Key for tenant %1$d"
                    }

                    locals {
                      tags_%1$d = merge(var.common_tags, { tenant = "t%1$d", "cost-center" = "cc-%1$d" })
                      names_%1$d = [for s in var.agents : "${s}-%1$d" if s != ""]
                    }

                    resource "aws_kms_key" "tenant_%1$d" {
                      description             = "Tenant %1$d agents"
                      enable_key_rotation     = true
                      deletion_window_in_days = 30
                      policy = jsonencode({
                        Version   = "2012-10-17"
                        Statement = [{ Sid = "Bedrock", Effect = "Allow", Action = ["kms:Decrypt"], Resource = "*" }]
                      })
                      tags = local.tags_%1$d
                    }

                    resource "aws_bedrockagent_agent" "tenant_%1$d" {
                      count                       = var.enabled ? 1 : 0
                      agent_name                  = "agent-%1$d-${count.index}"
                      customer_encryption_key_arn = coalesce(var.key_%1$d, aws_kms_key.tenant_%1$d.arn)
                      instruction                 = <<-EOT
                        You answer questions for tenant %1$d.
                        Never reveal ${var.secret_name}.
                      EOT
                    }

                    module "kb_%1$d" {
                      source      = "./modules/kb"
                      kms_key_arn = aws_kms_key.tenant_%1$d.arn
                      tags        = { for k, v in local.tags_%1$d : k => upper(v) }
                    }

                    """.formatted(i));
        }
        return tf.toString();
    }
}
