package dev.iaclint.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.TagHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan loader streams the plan and builds only what policies read: these pin what it builds
 * (the same resources whatever the sections' order), what it shares (a change's values that
 * repeat the planned ones) and that what it passes over is still checked as JSON, with the same
 * error at the same place as the JSON reader gives.
 */
class PlanLoaderTest {

    private static final PlanLoader LOADER = new PlanLoader(KindTable.builtIn());

    /** The sections in Terraform's order, one a line; the loader passes over most of them. */
    private static final List<String> SECTIONS = List.of(
            "\"format_version\": \"1.2\"",
            "\"terraform_version\": \"1.9.5\"",
            "\"variables\": {\"region\": {\"value\": \"eu-west-1\"}, \"tenants\": {\"value\": {\"a\": [1, 2]}}}",
            """
            "planned_values": {"outputs": {"arn": {"sensitive": false}}, "root_module": {"resources": [
               {"address": "aws_kms_key.k[0]", "mode": "managed", "type": "aws_kms_key", "name": "k", "index": 0,
                "values": {"description": "tenant 0", "enable_key_rotation": true, "tags": {"tenant": "a"}},
                "sensitive_values": {"tags": {}}},
               {"address": "aws_bedrockagent_agent.a[0]", "mode": "managed", "type": "aws_bedrockagent_agent",
                "name": "a", "index": 0, "values": {"agent_name": "a", "idle_session_ttl_in_seconds": 600}}]}}""",
            "\"resource_drift\": []",
            """
            "resource_changes": [
               {"address": "aws_kms_key.k[0]", "mode": "managed", "type": "aws_kms_key", "change": {
                 "actions": ["update"],
                 "before": {"description": "tenant 0", "enable_key_rotation": false, "tags": {"tenant": "a"}},
                 "after": {"description": "tenant 0", "enable_key_rotation": true, "tags": {"tenant": "a"}},
                 "after_unknown": {"arn": true}, "before_sensitive": {}, "after_sensitive": {"tags": {}}},
                "action_reason": "replace_because_cannot_update"},
               {"address": "aws_bedrockagent_agent.a[0]", "change": {"actions": ["create"], "before": null,
                 "after": {"agent_name": "a", "idle_session_ttl_in_seconds": 600},
                 "after_unknown": {"customer_encryption_key_arn": true}}}]""",
            "\"output_changes\": {\"arn\": {\"actions\": [\"create\"], \"after_unknown\": true}}",
            """
            "prior_state": {"format_version": "1.0", "values": {"root_module": {"resources": [
               {"address": "aws_kms_key.k[0]", "values": {"description": "tenant 0"}}]}}}""",
            """
            "configuration": {"provider_config": {"aws": {"name": "aws", "expressions": {"region":
                 {"references": ["var.region"]}}}},
               "root_module": {"resources": [{"address": "aws_bedrockagent_agent.a", "expressions":
                 {"customer_encryption_key_arn": {"references": ["aws_kms_key.k", "count.index"]}}}]}}""",
            "\"relevant_attributes\": [{\"resource\": \"aws_kms_key.k[0]\", \"attribute\": [\"arn\"]}]",
            "\"checks\": []",
            "\"timestamp\": \"2025-01-01T00:00:00Z\"");

    private static final String PLAN = plan(SECTIONS);

    private static String plan(List<String> sections) {
        return "{" + String.join(",\n ", sections) + "}\n";
    }

    /** The plan as the JSON reader reads it whole: where everything is written. */
    private static final Node WHOLE = JsonNodeReader.read("plan.json", PLAN, TagHandler.NONE);

    private static Unit load(String text) {
        return LOADER.load("plan.json", text).orElseThrow();
    }

    @Test
    void resourcesKeepTheirValuesTheirChangeAndWhereTheyAreWritten() {
        Unit unit = load(PLAN);
        assertEquals(List.of("aws_kms_key.k[0]", "aws_bedrockagent_agent.a[0]"),
                unit.resources().stream().map(Resource::address).toList());
        Resource key = unit.resources().get(0);
        MappingNode written = (MappingNode) at(WHOLE, "planned_values", "root_module", "resources", 0);
        assertEquals(written.entry("address").orElseThrow().keyLocation(), key.location(), "the address key");
        MappingNode attributes = (MappingNode) key.attributes();
        MappingNode values = (MappingNode) written.get("values").orElseThrow();
        for (String name : List.of("description", "enable_key_rotation", "tags")) {
            assertEquals(values.entry(name).orElseThrow().keyLocation(), attributes.entry(name).orElseThrow().keyLocation());
            assertEquals(values.get(name).orElseThrow().location(), attributes.get(name).orElseThrow().location());
        }
        assertInstanceOf(UnknownNode.class, attributes.get("arn").orElseThrow(), "after_unknown folded in");
        assertEquals("replace_because_cannot_update",
                ((ScalarNode) key.deployment().change().orElseThrow().reason().orElseThrow()).text());
        assertEquals("eu-west-1", ((ScalarNode) key.deployment().region().orElseThrow()).text(), "var.region");
        Node origin = ((MappingNode) unit.resources().get(1).attributes()).get("customer_encryption_key_arn").orElseThrow();
        assertEquals("aws_kms_key.k", ((ReferenceNode) origin).target(), "traced through the configuration");
    }

    @Test
    void aChangeTakesWhatItRepeatsFromThePlannedValuesAndKeepsTheRest() {
        Resource key = load(PLAN).resources().get(0);
        MappingNode planned = (MappingNode) key.attributes();
        MappingNode change = (MappingNode) key.deployment().change().orElseThrow().change().orElseThrow();
        MappingNode after = (MappingNode) change.get("after").orElseThrow();
        MappingNode before = (MappingNode) change.get("before").orElseThrow();
        assertSame(planned.get("description").orElseThrow(), after.get("description").orElseThrow());
        assertSame(planned.get("enable_key_rotation").orElseThrow(), after.get("enable_key_rotation").orElseThrow());
        assertSame(planned.get("description").orElseThrow(), before.get("description").orElseThrow(), "unchanged");
        assertEquals(Boolean.FALSE, ((ScalarNode) before.get("enable_key_rotation").orElseThrow()).value(), "changed");
        // A mapping is where policies can point (at:), so each keeps its own place.
        assertEquals(at(WHOLE, "resource_changes", 0, "change", "after").location(), after.location());
        assertEquals(at(WHOLE, "resource_changes", 0, "change", "after", "tags").location(),
                after.get("tags").orElseThrow().location());
        assertEquals(at(WHOLE, "resource_changes", 0, "change").location(), change.location());
        assertEquals(List.of("update"), ((SequenceNode) change.get("actions").orElseThrow()).items().stream()
                .map(n -> ((ScalarNode) n).text()).toList());
    }

    @Test
    void theOrderOfTheSectionsDoesNotChangeWhatIsLoaded() {
        List<String> reversed = new ArrayList<>(SECTIONS);
        Collections.reverse(reversed);
        assertEquals(describe(load(PLAN)), describe(load(plan(reversed))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"checks\": [{\"status\": \"pass\"]",                 // a bracket that closes nothing
        "\"checks\": [], \"checks\": []",                       // a key twice
        "\"timestamp\": \"2025\\q\"",                            // an escape JSON does not have
        "\"timestamp\": \"a\u0001b\"",                          // a control character in a string
        "\"output_changes\": {\"arn\": tru}",                   // a misspelt literal
        "\"prior_state\": {\"values\": {\"a\": 1,}}",           // a trailing comma
        "\"relevant_attributes\": [{\"resource\": \"x\"}",     // the document ends inside it
    })
    void aSectionPassedOverIsStillCheckedAndFailsAsTheJsonReaderDoes(String section) {
        String broken = PLAN.replace("\"checks\": []", section);
        InputException expected = assertThrows(InputException.class,
                () -> JsonNodeReader.read("plan.json", broken, TagHandler.NONE));
        InputException e = assertThrows(InputException.class, () -> LOADER.load("plan.json", broken));
        assertEquals(expected.getMessage(), e.getMessage());
        assertEquals(expected.location(), e.location(), e.getMessage());
        assertTrue(e.getMessage().startsWith("invalid JSON"), e.getMessage());
    }

    @Test
    void theFirstSyntaxErrorComesBeforeAMalformedModule() {
        String list = "{\"format_version\": \"1.2\",\n \"planned_values\": {\"root_module\": [1]}}";
        InputException shape = assertThrows(InputException.class, () -> load(list));
        assertEquals("a plan module must be an object", shape.getMessage());
        assertEquals(at(JsonNodeReader.read("plan.json", list, TagHandler.NONE), "planned_values", "root_module").location(),
                shape.location());

        InputException syntax = assertThrows(InputException.class,
                () -> load("{\"format_version\": \"1.2\",\n \"planned_values\": {\"root_module\": [1]},\n \"checks\": [}"));
        assertTrue(syntax.getMessage().startsWith("invalid JSON"), syntax.getMessage());
        assertEquals(3, syntax.location().line());

        String seven = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"a.b\", \"type\": \"a\"}, 7]}}}";
        InputException resource = assertThrows(InputException.class, () -> load(seven));
        assertEquals("a planned resource must be an object", resource.getMessage());
        assertEquals(at(JsonNodeReader.read("plan.json", seven, TagHandler.NONE), "planned_values", "root_module",
                "resources", 1).location(), resource.location());
    }

    @Test
    void jsonThatIsNoPlanIsLeftToTheOtherLoadersWhateverItHolds() {
        assertEquals(Optional.empty(), LOADER.load("t.json", "{\"planned_values\": {\"root_module\": 5}}"));
        assertEquals(Optional.empty(), LOADER.load("t.json", "[{\"format_version\": \"1.2\", \"planned_values\": {}}]"));
        assertEquals(Optional.empty(), LOADER.load("t.json", "{\"format_version\": \"1.2\", \"Resources\": {}}"));
    }

    /** Numbers are read as BigDecimal where the loader reads them; where it does not, no limit of BigDecimal applies. */
    @Test
    void aNumberOutOfRangeIsAnErrorOnlyWhereTheLoaderReadsIt() {
        assertEquals(2, load(PLAN.replace("\"checks\": []", "\"checks\": [1e999999999999]")).resources().size());
        String agent = PLAN.replace("\"agent_name\": \"a\", \"idle", "\"agent_name\": 1e999999999999, \"idle");
        InputException e = assertThrows(InputException.class, () -> load(agent));
        InputException expected = assertThrows(InputException.class,
                () -> JsonNodeReader.read("plan.json", agent, TagHandler.NONE));
        assertEquals("invalid JSON: the number 1e999999999999 is out of range", e.getMessage());
        assertEquals(expected.location(), e.location());
    }

    @Test
    void aChildModuleWithoutAnAddressIsReadAsPartOfItsParent() {
        Unit unit = load("{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"child_modules\": ["
                + "{\"address\": null, \"resources\": [{\"address\": \"aws_kms_key.k\", \"type\": \"aws_kms_key\","
                + " \"values\": {}}]}]}}}");
        assertEquals(List.of("aws_kms_key.k"), unit.resources().stream().map(Resource::address).toList());
    }

    /** The node at a path of keys and indexes. */
    private static Node at(Node root, Object... path) {
        Node node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? ((SequenceNode) node).items().get(i)
                    : ((MappingNode) node).get((String) step).orElseThrow();
        }
        return node;
    }

    /** Everything a policy can see of the unit, places left out. */
    private static String describe(Unit unit) {
        return unit.resources().stream().map(r -> r.address() + " " + r.kind() + " " + plain(r.attributes()) + " "
                + r.deployment().change().map(c -> plain(c.change().orElseThrow()) + " "
                        + c.reason().map(PlanLoaderTest::plain).orElse("")).orElse("") + " "
                + r.deployment().region().map(PlanLoaderTest::plain).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static String plain(Node node) {
        if (node instanceof MappingNode m) {
            return m.entries().stream().map(e -> e.key() + ":" + plain(e.value())).collect(Collectors.joining(",", "{", "}"));
        }
        if (node instanceof SequenceNode s) {
            return s.items().stream().map(PlanLoaderTest::plain).collect(Collectors.joining(",", "[", "]"));
        }
        if (node instanceof ScalarNode s) {
            return s.raw() + (s.value() == null ? "" : "/" + s.value().getClass().getSimpleName());
        }
        if (node instanceof ReferenceNode r) {
            return "ref " + r.display();
        }
        return node instanceof UnknownNode u ? "unknown " + u.reason() : node.toString();
    }
}
