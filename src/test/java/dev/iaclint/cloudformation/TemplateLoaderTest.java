package dev.iaclint.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Loaded;
import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {

    private static final TemplateLoader LOADER = new TemplateLoader(KindTable.builtIn());

    private static Loaded load(String yaml) {
        return LOADER.load("t.yaml", yaml, false).orElseThrow();
    }

    private static Node property(Unit unit, String resource, String property) {
        return ((MappingNode) unit.resource(resource).orElseThrow().attributes()).get(property).orElseThrow();
    }

    @Test
    void recognisesTemplatesByContentNotByName() {
        assertTrue(LOADER.load("x.json", "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}", true).isPresent());
        assertTrue(LOADER.load("x.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n", false).isPresent());
        assertFalse(LOADER.load("x.yaml", "Resources:\n  limits: {cpu: 1}\n", false).isPresent(),
                "a Resources mapping without AWS types is not a template (a Kubernetes manifest, say)");
        assertFalse(LOADER.load("x.yaml", "name: app\nversion: 1\n", false).isPresent());
        assertFalse(TemplateLoader.mayBeTemplate("{\"compilerOptions\": {}}"));
    }

    @Test
    void resourcesCarryTypeKindAndTheLocationOfTheirLogicalId() {
        Unit unit = load("Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n  Topic:\n    Type: AWS::SNS::Topic\n").unit();
        Resource agent = unit.resource("Agent").orElseThrow();
        assertEquals("AWS::Bedrock::Agent", agent.type());
        assertEquals("bedrock.agent", agent.kind());
        assertEquals(new Location("t.yaml", 2, 3, 2, 8), agent.location());
        assertEquals(null, unit.resource("Topic").orElseThrow().kind(), "a type outside the kind table has no kind");
        assertEquals(List.of("Agent", "Topic"), unit.resources().stream().map(Resource::address).toList());
    }

    @Test
    void aResourceWithoutTypeIsReportedAndTheOthersStillLoad() {
        Loaded loaded = load("Resources:\n  Broken:\n    Properties: {}\n  Agent:\n    Type: AWS::Bedrock::Agent\n");
        assertEquals(1, loaded.problems().size());
        assertEquals(2, loaded.problems().get(0).location().line());
        assertTrue(loaded.problems().get(0).getMessage().contains("Broken has no Type"));
        assertTrue(loaded.unit().resource("Agent").isPresent());
    }

    @Test
    void resourcesAsAListIsAnError() {
        InputException e = assertThrows(InputException.class, () ->
                load("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - Type: AWS::S3::Bucket\n"));
        assertEquals(3, e.location().line());
    }

    @Test
    void parametersResolveToTheirDefaultAtTheReferenceOrAreUnknown() {
        Unit unit = load("""
                Parameters:
                  WithDefault: {Type: String, Default: alias/aws/bedrock}
                  WithoutDefault: {Type: String}
                  FromSsm: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /key}
                Resources:
                  R:
                    Type: AWS::S3::Bucket
                    Properties:
                      A: !Ref WithDefault
                      B: !Ref WithoutDefault
                      C: !Ref FromSsm
                      D: !Ref AWS::Region
                      E: !Ref AWS::NoValue
                      F: !Ref Missing
                """).unit();
        ScalarNode a = assertInstanceOf(ScalarNode.class, unit.resolve(property(unit, "R", "A")));
        assertEquals("alias/aws/bedrock", a.value());
        assertEquals(9, a.location().line(), "the default stands where it is used");
        assertTrue(assertInstanceOf(UnknownNode.class, unit.resolve(property(unit, "R", "B"))).reason().contains("no default"));
        assertTrue(assertInstanceOf(UnknownNode.class, unit.resolve(property(unit, "R", "C"))).reason().contains("SSM"));
        assertTrue(assertInstanceOf(UnknownNode.class, unit.resolve(property(unit, "R", "D"))).reason().contains("AWS::Region"));
        assertTrue(assertInstanceOf(ScalarNode.class, unit.resolve(property(unit, "R", "E"))).isNull());
        assertInstanceOf(UnknownNode.class, unit.resolve(property(unit, "R", "F")));
    }

    @Test
    void conditionsAreDecidedFromKnownValuesAndOtherwiseKeepBothBranches() {
        Unit unit = load("""
                Parameters:
                  Env: {Type: String, Default: prod}
                  Free: {Type: String}
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                  IsDev: !Not [!Condition IsProd]
                  Either: !Or [!Condition IsProd, !Equals [!Ref Free, x]]
                  Both: !And [!Condition IsDev, !Equals [!Ref Free, x]]
                  Open: !Equals [!Ref Free, x]
                  Loop: !Condition Loop
                Resources:
                  R:
                    Type: AWS::S3::Bucket
                    Properties:
                      A: !If [IsProd, yes-prod, no]
                      B: !If [IsDev, yes, no-dev]
                      C: !If [Either, either, no]
                      D: !If [Both, both, not-both]
                      E: !If [Open, one, two]
                      F: !If [Loop, one, two]
                """).unit();
        assertEquals("yes-prod", ((ScalarNode) unit.resolve(property(unit, "R", "A"))).value());
        assertEquals("no-dev", ((ScalarNode) unit.resolve(property(unit, "R", "B"))).value());
        assertEquals("either", ((ScalarNode) unit.resolve(property(unit, "R", "C"))).value(), "true Or unknown is true");
        assertEquals("not-both", ((ScalarNode) unit.resolve(property(unit, "R", "D"))).value(), "false And unknown is false");
        ExpressionNode open = assertInstanceOf(ExpressionNode.class, unit.resolve(property(unit, "R", "E")));
        assertEquals(ExpressionNode.CONDITIONAL, open.function());
        assertEquals(3, open.arguments().size());
        assertEquals(ExpressionNode.CONDITIONAL,
                ((ExpressionNode) unit.resolve(property(unit, "R", "F"))).function(), "a cycle leaves it undecided");
    }

    @Test
    void subJoinSelectAndFindInMapEvaluateOverKnownValues() {
        Unit unit = load("""
                Parameters:
                  Name: {Type: String, Default: agents}
                Mappings:
                  Keys: {eu-west-1: {Alias: alias/eu}}
                Resources:
                  Key:
                    {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true}}
                  R:
                    Type: AWS::S3::Bucket
                    Properties:
                      Sub: !Sub "alias/${Name}-${!Literal}"
                      SubVars: !Sub ["${A}/${B}", {A: alias, B: !Ref Name}]
                      SubUnknown: !Sub "arn:${AWS::Partition}:kms:x"
                      SubKey: !Sub "${Key.Arn}"
                      Join: !Join ["/", [alias, !Ref Name]]
                      Select: !Select [1, [a, b, c]]
                      Map: !FindInMap [Keys, eu-west-1, Alias]
                      MapUnknown: !FindInMap [Keys, !Ref AWS::Region, Alias]
                      Import: !ImportValue exported
                """).unit();
        assertEquals("alias/agents-${Literal}", ((ScalarNode) unit.resolve(property(unit, "R", "Sub"))).value());
        assertEquals("alias/agents", ((ScalarNode) unit.resolve(property(unit, "R", "SubVars"))).value());
        ExpressionNode template = assertInstanceOf(ExpressionNode.class, unit.resolve(property(unit, "R", "SubUnknown")));
        assertEquals(ExpressionNode.TEMPLATE, template.function());
        assertInstanceOf(UnknownNode.class, template.arguments().get(1));
        ExpressionNode keyTemplate = (ExpressionNode) unit.resolve(property(unit, "R", "SubKey"));
        assertEquals("Key", assertInstanceOf(ReferenceNode.class, keyTemplate.arguments().get(0)).target());
        assertEquals("alias/agents", ((ScalarNode) unit.resolve(property(unit, "R", "Join"))).value());
        assertEquals("b", ((ScalarNode) unit.resolve(property(unit, "R", "Select"))).value());
        assertEquals("alias/eu", ((ScalarNode) unit.resolve(property(unit, "R", "Map"))).value());
        assertInstanceOf(UnknownNode.class, unit.resolve(property(unit, "R", "MapUnknown")));
        assertInstanceOf(UnknownNode.class, unit.resolve(property(unit, "R", "Import")));
        assertEquals("Key", unit.referencedResource((ReferenceNode) keyTemplate.arguments().get(0)).orElseThrow().address());
    }
}
