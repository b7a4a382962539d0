package dev.iaclint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@code terraform show -json} plan shaped as Terraform writes it: the whole plan on one
 * line, each tenant's KMS key and Bedrock agent created together, so the key's ARN is known only
 * after apply and the agent's key is traced through {@code configuration}. The tenants are
 * written in one of three shapes:
 * <ul>
 * <li>{@code count}: {@code aws_kms_key.k[0]}, {@code aws_bedrockagent_agent.a[0]}, the agent
 * naming {@code aws_kms_key.k[count.index].arn};</li>
 * <li>{@code for_each}: {@code aws_kms_key.k["tenant-0"]}, naming {@code aws_kms_key.k[each.key].arn};</li>
 * <li>{@code modules}: a module call with {@code count}, {@code module.tenant[0].aws_kms_key.this}.</li>
 * </ul>
 * Not a test: bench/plan-load.sh and {@link ScalingProbe} use it.
 * Usage: {@code PlanGenerator OUT MEGABYTES [count|for_each|modules]}.
 */
public final class PlanGenerator {

    /** How the tenants' resources are addressed. */
    public enum Shape {
        COUNT, FOR_EACH, MODULES;

        static Shape of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private static final String PROVIDER = "registry.terraform.io/hashicorp/aws";

    private PlanGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long bytes = (long) (Double.parseDouble(args[1]) * 1024 * 1024);
        Shape shape = args.length > 2 ? Shape.of(args[2]) : Shape.COUNT;
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        write(out, shape, tenantsFor(shape, bytes));
    }

    /** How many tenants make a plan of about that many bytes. */
    public static int tenantsFor(Shape shape, long bytes) throws IOException {
        StringWriter sample = new StringWriter();
        write(sample, shape, 100);
        return (int) Math.max(1, bytes * 100 / sample.getBuffer().length());
    }

    public static void write(Path out, Shape shape, int tenants) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(w, shape, tenants);
        }
    }

    static void write(Writer w, Shape shape, int tenants) throws IOException {
        w.write("{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"planned_values\":{\"root_module\":{");
        if (shape == Shape.MODULES) {
            w.write("\"child_modules\":[");
            for (int i = 0; i < tenants; i++) {
                String module = "module.tenant[" + i + "]";
                w.write((i == 0 ? "" : ",") + "{\"address\":" + quote(module) + ",\"resources\":[");
                w.write(plannedKey(module + ".aws_kms_key.this", "this", "null", i));
                w.write(",");
                w.write(plannedAgent(module + ".aws_bedrockagent_agent.this", "this", "null", i));
                w.write("]}");
            }
            w.write("]");
        } else {
            w.write("\"resources\":[");
            for (int i = 0; i < tenants; i++) {
                w.write((i == 0 ? "" : ",") + plannedKey(instance(shape, "aws_kms_key.k", i), "k", index(shape, i), i));
            }
            for (int i = 0; i < tenants; i++) {
                w.write("," + plannedAgent(instance(shape, "aws_bedrockagent_agent.a", i), "a", index(shape, i), i));
            }
            w.write("]");
        }
        w.write("}},\"resource_changes\":[");
        for (int i = 0; i < tenants; i++) {
            String key = shape == Shape.MODULES ? "module.tenant[" + i + "].aws_kms_key.this" : instance(shape, "aws_kms_key.k", i);
            String agent = shape == Shape.MODULES ? "module.tenant[" + i + "].aws_bedrockagent_agent.this"
                    : instance(shape, "aws_bedrockagent_agent.a", i);
            String name = shape == Shape.MODULES ? "this" : null;
            w.write((i == 0 ? "" : ",") + keyChange(key, name == null ? "k" : name, shape == Shape.MODULES ? "null" : index(shape, i), i));
            w.write("," + agentChange(agent, name == null ? "a" : name, shape == Shape.MODULES ? "null" : index(shape, i), i));
        }
        w.write("],\"configuration\":{\"provider_config\":{\"aws\":{\"name\":\"aws\",\"full_name\":\"" + PROVIDER
                + "\",\"expressions\":{\"region\":{\"constant_value\":\"eu-west-1\"}}}},\"root_module\":{");
        if (shape == Shape.MODULES) {
            w.write("\"module_calls\":{\"tenant\":{\"source\":\"./modules/tenant\",\"count_expression\":"
                    + "{\"references\":[\"var.tenants\"]},\"expressions\":{\"tenant\":{\"references\":[\"count.index\"]}},"
                    + "\"module\":{\"resources\":[" + configuredKey("this", "var.tenant", null) + ","
                    + configuredAgent("this", "[\"aws_kms_key.this.arn\",\"aws_kms_key.this\"]", null)
                    + "],\"variables\":{\"tenant\":{}}}}},\"variables\":{\"tenants\":{}}");
        } else {
            String iterator = shape == Shape.COUNT ? "count.index" : "each.key";
            String collection = shape == Shape.COUNT ? "count_expression" : "for_each_expression";
            w.write("\"resources\":[" + configuredKey("k", iterator, collection) + ","
                    + configuredAgent("a", "[\"aws_kms_key.k\",\"" + iterator + "\"]", collection)
                    + "],\"variables\":{\"tenants\":{}}");
        }
        w.write("}}}\n");
    }

    private static String instance(Shape shape, String resource, int i) {
        return shape == Shape.COUNT ? resource + "[" + i + "]" : resource + "[\"tenant-" + i + "\"]";
    }

    /** The plan's {@code index} field, as JSON. */
    private static String index(Shape shape, int i) {
        return shape == Shape.COUNT ? Integer.toString(i) : quote("tenant-" + i);
    }

    private static String head(String address, String type, String name, String index) {
        return "\"address\":" + quote(address) + ",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\"" + name
                + "\"" + ("null".equals(index) ? "" : ",\"index\":" + index) + ",\"provider_name\":\"" + PROVIDER + "\"";
    }

    private static String keyValues(int i) {
        return "{\"bypass_policy_lockout_safety_check\":false,\"custom_key_store_id\":null,"
                + "\"customer_master_key_spec\":\"SYMMETRIC_DEFAULT\",\"deletion_window_in_days\":30,"
                + "\"description\":\"tenant " + i + "\",\"enable_key_rotation\":true,\"is_enabled\":true,"
                + "\"key_usage\":\"ENCRYPT_DECRYPT\",\"multi_region\":false,\"tags\":{\"tenant\":\"tenant-" + i
                + "\",\"owner\":\"platform\"},\"tags_all\":{\"tenant\":\"tenant-" + i + "\",\"owner\":\"platform\"},"
                + "\"xks_key_id\":null}";
    }

    private static String agentValues(int i) {
        return "{\"agent_collaboration\":\"DISABLED\",\"agent_name\":\"agent-" + i + "\",\"customer_encryption_key_arn\":null,"
                + "\"description\":null,\"foundation_model\":\"anthropic.claude-3-5-sonnet-20240620-v1:0\","
                + "\"guardrail_configuration\":[],\"idle_session_ttl_in_seconds\":600,"
                + "\"instruction\":\"Answer questions for tenant " + i + " about their orders and invoices.\","
                + "\"prepare_agent\":true,\"skip_resource_in_use_check\":false,\"tags\":{\"tenant\":\"tenant-" + i
                + "\"},\"tags_all\":{\"tenant\":\"tenant-" + i + "\"},\"timeouts\":null}";
    }

    private static String plannedKey(String address, String name, String index, int i) {
        return "{" + head(address, "aws_kms_key", name, index) + ",\"schema_version\":0,\"values\":" + keyValues(i)
                + ",\"sensitive_values\":{\"tags\":{},\"tags_all\":{}}}";
    }

    private static String plannedAgent(String address, String name, String index, int i) {
        return "{" + head(address, "aws_bedrockagent_agent", name, index) + ",\"schema_version\":0,\"values\":"
                + agentValues(i) + ",\"sensitive_values\":{\"guardrail_configuration\":[],\"tags\":{},\"tags_all\":{}}}";
    }

    private static String keyChange(String address, String name, String index, int i) {
        return "{" + head(address, "aws_kms_key", name, index) + ",\"change\":{\"actions\":[\"create\"],\"before\":null,"
                + "\"after\":" + keyValues(i) + ",\"after_unknown\":{\"arn\":true,\"id\":true,\"key_id\":true,"
                + "\"policy\":true,\"rotation_period_in_days\":true,\"tags\":{},\"tags_all\":{}},"
                + "\"before_sensitive\":false,\"after_sensitive\":{\"tags\":{},\"tags_all\":{}}}}";
    }

    private static String agentChange(String address, String name, String index, int i) {
        return "{" + head(address, "aws_bedrockagent_agent", name, index) + ",\"change\":{\"actions\":[\"create\"],"
                + "\"before\":null,\"after\":" + agentValues(i) + ",\"after_unknown\":{\"agent_arn\":true,"
                + "\"agent_id\":true,\"agent_resource_role_arn\":true,\"agent_version\":true,"
                + "\"customer_encryption_key_arn\":true,\"guardrail_configuration\":[],\"id\":true,"
                + "\"prompt_override_configuration\":true,\"tags\":{},\"tags_all\":{}},"
                + "\"before_sensitive\":false,\"after_sensitive\":{\"guardrail_configuration\":[],\"tags\":{},"
                + "\"tags_all\":{}}}}";
    }

    private static String configuredKey(String name, String tenant, String collection) {
        return "{\"address\":\"aws_kms_key." + name + "\",\"mode\":\"managed\",\"type\":\"aws_kms_key\",\"name\":\""
                + name + "\",\"provider_config_key\":\"aws\",\"expressions\":{\"description\":{\"references\":[\""
                + tenant + "\"]},\"enable_key_rotation\":{\"constant_value\":true},\"tags\":{\"references\":[\""
                + tenant + "\"]}},\"schema_version\":0"
                + (collection == null ? "" : ",\"" + collection + "\":{\"references\":[\"var.tenants\"]}") + "}";
    }

    /** @param collection {@code count_expression} or {@code for_each_expression}, or null in a module */
    private static String configuredAgent(String name, String keyReferences, String collection) {
        return "{\"address\":\"aws_bedrockagent_agent." + name + "\",\"mode\":\"managed\",\"type\":"
                + "\"aws_bedrockagent_agent\",\"name\":\"" + name + "\",\"provider_config_key\":\"aws\","
                + "\"expressions\":{\"agent_name\":{\"references\":[]},\"customer_encryption_key_arn\":{\"references\":"
                + keyReferences + "},\"foundation_model\":{\"constant_value\":"
                + "\"anthropic.claude-3-5-sonnet-20240620-v1:0\"}},\"schema_version\":0"
                + (collection == null ? "" : ",\"" + collection + "\":{\"references\":[\"var.tenants\"]}") + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
