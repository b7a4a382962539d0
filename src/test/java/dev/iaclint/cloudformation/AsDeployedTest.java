package dev.iaclint.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Loaded;
import dev.iaclint.model.Construct;
import dev.iaclint.model.Existence;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CloudFormation as it will be deployed: the language extensions, Conditions, the Rules section, CDK metadata. */
class AsDeployedTest {

    private static final TemplateLoader LOADER = new TemplateLoader(KindTable.builtIn());

    private static Loaded load(String yaml) {
        return LOADER.load("t.yaml", yaml, false).orElseThrow();
    }

    private static Node property(Unit unit, String resource, String property) {
        return ((MappingNode) unit.resource(resource).orElseThrow().attributes()).get(property).orElseThrow();
    }

    private static Existence existence(Unit unit, String resource) {
        return unit.resource(resource).orElseThrow().deployment().existence();
    }

    @Test
    void forEachMakesOneResourcePerValueNamedAsCloudFormationNamesThemAtTheLoopsLine() {
        Loaded loaded = load("""
                Transform: AWS::LanguageExtensions
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                  Fn::ForEach::Topics:
                    - Name
                    - [Alpha, beta-2]
                    - Agent&{Name}:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          AgentName: !Ref Name
                          Description: !Sub "agent ${Name} of ${AWS::Region}"
                          CustomerEncryptionKeyArn: !GetAtt [!Sub "K${Name}", Arn]
                      Fn::ForEach::Inner:
                        - Tier
                        - [Gold]
                        - Rule${Name}${Tier}:
                            Type: AWS::Bedrock::Guardrail
                """);
        Unit unit = loaded.unit();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("Key", "AgentAlpha", "RuleAlphaGold", "Agentbeta2", "Rulebeta-2Gold"),
                unit.resources().stream().map(Resource::address).toList());
        Resource alpha = unit.resource("AgentAlpha").orElseThrow();
        assertEquals(8, alpha.location().line(), "findings point at the loop's body");
        assertEquals("Alpha", assertInstanceOf(ScalarNode.class, property(unit, "AgentAlpha", "AgentName")).text());
        assertTrue(unit.resolve(property(unit, "Agentbeta2", "Description")).toString().contains("agent beta-2 of "));
        ReferenceNode key = assertInstanceOf(ReferenceNode.class, property(unit, "AgentAlpha", "CustomerEncryptionKeyArn"));
        assertEquals("KAlpha", key.target());
        assertEquals(Existence.DEPLOYED, existence(unit, "RuleAlphaGold"));
    }

    @Test
    void forEachInPropertiesMakesTheirEntries() {
        Unit unit = load("""
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      Tags:
                        Fn::ForEach::Tags:
                          - Name
                          - [owner, project]
                          - ${Name}: !Sub "team-${Name}"
                """).unit();
        MappingNode tags = assertInstanceOf(MappingNode.class, property(unit, "Agent", "Tags"));
        assertEquals(List.of("owner", "project"), tags.entries().stream().map(MappingNode.Entry::key).toList());
        assertEquals("team-project", ((ScalarNode) unit.resolve(tags.get("project").orElseThrow())).text());
    }

    @Test
    void aLoopOverACollectionKnownOnlyAtDeploymentIsEvaluatedOnceWithUnknownExistence() {
        Unit unit = load("""
                Parameters:
                  Names: {Type: CommaDelimitedList}
                Resources:
                  Fn::ForEach::Agents:
                    - Name
                    - !Ref Names
                    - Agent${Name}:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          AgentName: !Ref Name
                """).unit();
        Resource agent = unit.resources().get(0);
        assertEquals("Agent${Name}", agent.address());
        assertEquals(Existence.State.UNKNOWN, agent.deployment().existence().state());
        assertInstanceOf(UnknownNode.class, property(unit, "Agent${Name}", "AgentName"));
    }

    @Test
    void aResourceWhoseConditionIsFalseIsNotDeployedAndAnUndecidedOneIsUnknown() {
        Unit unit = load("""
                Parameters:
                  Env: {Type: String, Default: prod}
                  Free: {Type: String}
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                  IsDev: !Not [!Condition IsProd]
                  IsFree: !Equals [!Ref Free, x]
                Resources:
                  Prod: {Type: AWS::Bedrock::Agent, Condition: IsProd}
                  Dev: {Type: AWS::Bedrock::Agent, Condition: IsDev}
                  Free: {Type: AWS::Bedrock::Agent, Condition: IsFree}
                  Always: {Type: AWS::Bedrock::Agent}
                """).unit();
        assertEquals(Existence.DEPLOYED, existence(unit, "Prod"));
        assertEquals(Existence.NOT_DEPLOYED, existence(unit, "Dev"));
        assertEquals(Existence.unknown("the condition IsFree is true"), existence(unit, "Free"));
        assertEquals(Existence.DEPLOYED, existence(unit, "Always"));
    }

    @Test
    void intrinsicsInDeletionPolicyAreDecidedByTheirCondition() {
        Unit unit = load("""
                Parameters:
                  Env: {Type: String, Default: prod}
                  Free: {Type: String}
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                  IsFree: !Equals [!Ref Free, x]
                Resources:
                  Kept:
                    Type: AWS::KMS::Key
                    DeletionPolicy: !If [IsProd, Retain, Delete]
                    UpdateReplacePolicy: !If [IsProd, Retain, Delete]
                  Undecided:
                    Type: AWS::KMS::Key
                    DeletionPolicy: !If [IsFree, Retain, Delete]
                    UpdateReplacePolicy: Retain
                """).unit();
        assertEquals(true, unit.resource("Kept").orElseThrow().deployment().protection().isProtected());
        var undecided = unit.resource("Undecided").orElseThrow().deployment().protection();
        assertEquals(null, undecided.isProtected(), "unknown");
        assertTrue(undecided.description().contains("decided at deployment"), undecided.description());
    }

    @Test
    void lengthToJsonStringAndFindInMapDefaults() {
        Unit unit = load("""
                Parameters:
                  Free: {Type: String}
                Mappings:
                  Keys: {prod: {Agent: alias/mine}}
                Resources:
                  R:
                    Type: AWS::S3::Bucket
                    Properties:
                      Count: !Length [a, b, c]
                      Json: !ToJsonString {Name: n, Size: 3, On: true, List: [x]}
                      Open: !ToJsonString {Name: !Ref Free}
                      Found: !FindInMap [Keys, prod, Agent, {DefaultValue: fallback}]
                      Missing: !FindInMap [Keys, dev, Agent, {DefaultValue: fallback}]
                """).unit();
        assertEquals("3", ((ScalarNode) unit.resolve(property(unit, "R", "Count"))).text());
        assertEquals("{\"Name\":\"n\",\"Size\":3,\"On\":true,\"List\":[\"x\"]}",
                ((ScalarNode) unit.resolve(property(unit, "R", "Json"))).text());
        assertInstanceOf(MappingNode.class, unit.resolve(property(unit, "R", "Open")),
                "a document with unknown parts is still read as a document");
        assertEquals("alias/mine", ((ScalarNode) unit.resolve(property(unit, "R", "Found"))).text());
        assertEquals("fallback", ((ScalarNode) unit.resolve(property(unit, "R", "Missing"))).text());
    }

    @Test
    void theRulesSectionLoads() {
        Loaded loaded = load("""
                Parameters:
                  Stage: {Type: String}
                Rules:
                  R:
                    RuleCondition: !Contains [[prod], !Ref Stage]
                    Assertions:
                      - Assert: !EachMemberIn [!ValueOfAll [AWS::EC2::Subnet::Id, VpcId], !RefAll AWS::EC2::VPC::Id]
                      - Assert: {Fn::EachMemberEquals: [!ValueOf [Stage, Tag], prod]}
                Resources:
                  Agent: {Type: AWS::Bedrock::Agent}
                """);
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.unit().resource("Agent").isPresent());
    }

    @Test
    void aSynthesizedResourceKnowsItsConstruct() {
        Unit unit = load("""
                Resources:
                  PlainAgent1234:
                    Type: AWS::Bedrock::Agent
                    Metadata:
                      aws:cdk:path: Assistant/PlainAgent/Resource
                  Handwritten:
                    Type: AWS::Bedrock::Agent
                """).unit();
        assertEquals(Optional.of(new Construct("Assistant", "PlainAgent")),
                unit.resource("PlainAgent1234").orElseThrow().construct());
        assertEquals(Optional.empty(), unit.resource("Handwritten").orElseThrow().construct());
    }

    @Test
    void theManifestsStackNamesTheStackPartOfAPath() {
        assertEquals(Optional.of(new Construct("Prod/Assistant", "Safety/Guardrail")),
                Construct.fromCdkPath("Prod/Assistant/Safety/Guardrail", List.of("Prod/Assistant", "Prod")));
        assertEquals(Optional.of(new Construct("Prod", "Assistant/Agent")),
                Construct.fromCdkPath("Prod/Assistant/Agent/Resource", List.of()), "outside an assembly: the first segment");
        assertEquals(Optional.empty(), Construct.fromCdkPath(" ", List.of()));
        Construct forged = Construct.fromCdkPath("App/Agent\n::error file=x::forged\u2028x", List.of()).orElseThrow();
        assertEquals("Agent?::error file=x::forged?x", forged.path(), "no line break reaches a CI log");
        assertTrue(Construct.fromCdkPath("App/" + "a".repeat(10_000), List.of()).orElseThrow().path().length() < 600);
    }

    @Test
    void aRainTemplateIsAnErrorThatSaysSo() {
        InputException tag = assertThrows(InputException.class, () -> load("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Code: !Rain::Embed handler.py
                """));
        assertTrue(tag.getMessage().contains("rain pkg"), tag.getMessage());
        Loaded module = LOADER.load("t.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": "
                + "{\"Site\": {\"Type\": {\"Rain::Module\": \"bucket.yml\"}}}}", true).orElseThrow();
        assertTrue(module.problems().get(0).getMessage().contains("rain directive Rain::Module"),
                module.problems().get(0).getMessage());
    }
}
