package dev.iaclint.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.YamlNodeReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every intrinsic function, in short form, YAML long form and JSON, with its line and column. */
class IntrinsicsTest {

    /** function, short form, long form (JSON, which is also YAML flow style), argument count. */
    static Stream<Arguments> intrinsics() {
        return Stream.of(
                Arguments.of("Fn::Sub", "!Sub 'arn:${AWS::Partition}:x'", "{\"Fn::Sub\": \"arn:${AWS::Partition}:x\"}", 1),
                Arguments.of("Fn::Sub", "!Sub ['${A}-x', {A: b}]", "{\"Fn::Sub\": [\"${A}-x\", {\"A\": \"b\"}]}", 2),
                Arguments.of("Fn::If", "!If [C, a, b]", "{\"Fn::If\": [\"C\", \"a\", \"b\"]}", 3),
                Arguments.of("Fn::Join", "!Join [':', [a, b]]", "{\"Fn::Join\": [\":\", [\"a\", \"b\"]]}", 2),
                Arguments.of("Fn::Select", "!Select [0, [a, b]]", "{\"Fn::Select\": [0, [\"a\", \"b\"]]}", 2),
                Arguments.of("Fn::Split", "!Split [',', 'a,b']", "{\"Fn::Split\": [\",\", \"a,b\"]}", 2),
                Arguments.of("Fn::FindInMap", "!FindInMap [M, k1, k2]", "{\"Fn::FindInMap\": [\"M\", \"k1\", \"k2\"]}", 3),
                Arguments.of("Fn::ImportValue", "!ImportValue shared-key", "{\"Fn::ImportValue\": \"shared-key\"}", 1),
                Arguments.of("Fn::Base64", "!Base64 text", "{\"Fn::Base64\": \"text\"}", 1),
                Arguments.of("Fn::Cidr", "!Cidr [10.0.0.0/16, 4, 8]", "{\"Fn::Cidr\": [\"10.0.0.0/16\", 4, 8]}", 3),
                Arguments.of("Fn::GetAZs", "!GetAZs ''", "{\"Fn::GetAZs\": \"\"}", 1),
                Arguments.of("Fn::Equals", "!Equals [a, b]", "{\"Fn::Equals\": [\"a\", \"b\"]}", 2),
                Arguments.of("Fn::And", "!And [!Condition A, !Condition B]",
                        "{\"Fn::And\": [{\"Condition\": \"A\"}, {\"Condition\": \"B\"}]}", 2),
                Arguments.of("Fn::Or", "!Or [!Condition A, !Condition B]",
                        "{\"Fn::Or\": [{\"Condition\": \"A\"}, {\"Condition\": \"B\"}]}", 2),
                Arguments.of("Fn::Not", "!Not [!Condition A]", "{\"Fn::Not\": [{\"Condition\": \"A\"}]}", 1),
                Arguments.of("Condition", "!Condition A", "{\"Condition\": \"A\"}", 1),
                Arguments.of("Fn::Transform", "!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}",
                        "{\"Fn::Transform\": {\"Name\": \"AWS::Include\", \"Parameters\": {\"Location\": \"s3://b/k\"}}}", 1),
                Arguments.of("Fn::ToJsonString", "!ToJsonString {a: 1}", "{\"Fn::ToJsonString\": {\"a\": 1}}", 1),
                Arguments.of("Fn::Length", "!Length [a, b]", "{\"Fn::Length\": [\"a\", \"b\"]}", 2));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("intrinsics")
    void eachFunctionBecomesAnExpressionInEveryForm(String function, String shortForm, String longForm, int arity) {
        for (Node node : List.of(yamlValue(shortForm), yamlValue(longForm), jsonValue(longForm))) {
            ExpressionNode expression = assertInstanceOf(ExpressionNode.class, node, node.toString());
            assertEquals(function, expression.function());
            assertEquals(arity, expression.arguments().size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"!Ref Param", "{Ref: Param}", "{\"Ref\": \"Param\"}"})
    void refBecomesAReference(String form) {
        ReferenceNode yaml = assertInstanceOf(ReferenceNode.class, yamlValue(form));
        assertEquals("Param", yaml.target());
        assertEquals(List.of(), yaml.attributePath());
        assertEquals("Ref", yaml.syntax());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!GetAtt Key.Arn", "!GetAtt [Key, Arn]", "{\"Fn::GetAtt\": [\"Key\", \"Arn\"]}",
            "{\"Fn::GetAtt\": \"Key.Arn\"}"})
    void getAttBecomesAReferenceWithItsAttribute(String form) {
        ReferenceNode reference = assertInstanceOf(ReferenceNode.class, yamlValue(form));
        assertEquals("Key", reference.target());
        assertEquals(List.of("Arn"), reference.attributePath());
        assertEquals("Key.Arn", reference.display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!Ref Param", "{Ref: Param}", "!Sub x", "{\"Fn::Sub\": \"x\"}"})
    void yamlIntrinsicsPointAtWhereTheyAreWritten(String form) {
        Node node = yamlValue(form);
        assertEquals(3, node.location().line());
        assertEquals(12, node.location().column());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Ref\": \"Param\"}", "{\"Fn::Sub\": \"x\"}"})
    void jsonIntrinsicsPointAtTheirObject(String form) {
        Node node = jsonValue(form);
        assertEquals(4, node.location().line());
        assertEquals(14, node.location().column());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!Bogus x", "{\"Fn::Bogus\": \"x\"}"})
    void unknownIntrinsicsAreErrorsThatNameTheFunction(String form) {
        InputException e = assertThrows(InputException.class, () -> yamlValue(form));
        assertTrue(e.getMessage().contains("Bogus"), e.getMessage());
        assertEquals(3, e.location().line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!GetAtt NoDot", "!Ref [a, b]"})
    void malformedReferencesAreErrors(String form) {
        assertThrows(InputException.class, () -> yamlValue(form));
    }

    /** The value of {@code R.Properties.P} in a YAML template: line 3, value at column 12. */
    private static Node yamlValue(String value) {
        String yaml = "Resources:\n  R:\n    P:     " + value + "\n";
        MappingNode root = (MappingNode) YamlNodeReader.read("t.yaml", yaml, Intrinsics.INSTANCE).orElseThrow();
        return property(root);
    }

    /** The same in JSON: line 4, value at column 14. */
    private static Node jsonValue(String value) {
        String json = "{\n \"Resources\": {\n  \"R\": {\n   \"P\":      " + value + "\n}}}";
        return property((MappingNode) JsonNodeReader.read("t.json", json, Intrinsics.INSTANCE));
    }

    private static Node property(MappingNode root) {
        MappingNode resources = (MappingNode) root.get("Resources").orElseThrow();
        return ((MappingNode) resources.get("R").orElseThrow()).get("P").orElseThrow();
    }
}
