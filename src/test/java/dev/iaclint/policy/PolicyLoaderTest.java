package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Format;
import dev.iaclint.model.Severity;
import dev.iaclint.parse.InputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    private static final PolicyLoader LOADER = new PolicyLoader(new PolicySandbox(), KindTable.builtIn());
    private static final String VALID = """
            id: MY-001
            title: Agents have a customer-managed key
            severity: HIGH
            kinds: bedrock.agent
            let:
              key: kms:key('encryptionKey')
            assert: key.customerManaged
            unknown: key.unknown
            at: key
            message: Agent ${resource.address} uses ${key.description}; {braces} stay.
            remediation: Set the key.
            references: [https://example.com]
            """;

    @Test
    void readsEveryPart() {
        Policy policy = LOADER.load("p.yaml", VALID);
        assertEquals("MY-001", policy.id());
        assertEquals(Severity.HIGH, policy.severity());
        assertEquals(List.of("bedrock.agent"), policy.kinds());
        assertEquals(List.of("key"), List.copyOf(policy.bindings().keySet()));
        assertTrue(policy.unknown().isPresent() && policy.at().isPresent());
        assertEquals(5, policy.message().parts().size(), "text, expression, text, expression, text: "
                + policy.message().parts());
        assertEquals("p.yaml", policy.source());
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        InputException e = assertThrows(InputException.class, () -> LOADER.load("p.yaml", VALID + "asert: true\n"));
        assertEquals(13, e.location().line());
        assertTrue(e.getMessage().contains("unknown key 'asert'"), e.getMessage());
    }

    @Test
    void missingPartsAndBadValuesAreNamed() {
        assertMessage(VALID.replace("assert: key.customerManaged\n", ""), "no 'assert'");
        assertMessage(VALID.replace("severity: HIGH", "severity: urgent"), "severity must be one of");
        assertMessage(VALID.replace("kinds: bedrock.agent\n", ""), "'kinds' or 'types'");
        assertMessage(VALID.replace("id: MY-001", "id: 1-bad id"), "must start with a letter");
        assertMessage(VALID.replace("${key.description}", "${key.description"), "without its closing");
        assertMessage(VALID.replace("assert: key.customerManaged", "assert: key.customerManaged &&"), "invalid expression");
        assertMessage("", "empty");
        assertMessage("- a\n- b\n", "must be a mapping");
        assertMessage(VALID + "formats: [cdk]\n", "unknown format 'cdk'");
        assertMessage(VALID + "coverage: [true]\n", "'coverage' must be true or false, or name a family");
        assertMessage(VALID.replace("kinds: bedrock.agent", "kinds: bedrock.agnet"), "unknown kind 'bedrock.agnet'");
        assertMessage(VALID.replace("kms:key('encryptionKey')", "kms:key('encryptionkey')"),
                "unknown field 'encryptionkey' of bedrock.agent; its fields:");
        assertMessage(VALID.replace("assert: key.customerManaged", "assert: fields.idleSessionTTL < 1800"),
                "unknown field 'idleSessionTTL'");
        assertMessage(VALID.replace("at: key", "at: \"'tag'\""), "unknown field 'tag'");
    }

    @Test
    void aBadExpressionIsReportedWhereItGoesWrong() {
        InputException e = assertThrows(InputException.class, () -> LOADER.load("p.yaml",
                VALID.replace("assert: key.customerManaged", "assert: key.customerManaged &&")));
        assertEquals(7, e.location().line());
        assertEquals(29, e.location().column(), e.getMessage());
        assertTrue(e.getMessage().contains("(at column 21 of the expression)"), e.getMessage());
    }

    @Test
    void rawTypesWithoutAKindReadAnyAttribute() {
        Policy policy = LOADER.load("p.yaml", VALID.replace("kinds: bedrock.agent", "types: [AWS::S3::Bucket]")
                .replace("kms:key('encryptionKey')", "attributes.BucketEncryption").replace("at: key\n", ""));
        assertEquals(List.of("AWS::S3::Bucket"), policy.types());
    }

    @Test
    void aKindGroupNamesEveryKindOfItsPrefixThatHasTheRequiredFields() {
        Policy all = LOADER.load("p.yaml", VALID.replace("kinds: bedrock.agent", "kinds: [bedrock.*]")
                .replace("kms:key('encryptionKey')", "true").replace("key.customerManaged", "key")
                .replace("unknown: key.unknown\n", "").replace("at: key\n", ""));
        assertTrue(all.kinds().contains("bedrock.agent"));
        assertTrue(all.kinds().contains("bedrock.data-source"));
        assertFalse(all.kinds().contains("kms.key"));
        assertEquals(KindTable.builtIn().kinds().stream().filter(k -> k.id().startsWith("bedrock.")).count(),
                all.kinds().size());

        Policy tagged = LOADER.load("p.yaml", VALID.replace("kinds: bedrock.agent", "kinds: [kms.key, bedrock.*]\nrequires: [tags]")
                .replace("kms:key('encryptionKey')", "true").replace("key.customerManaged", "key")
                .replace("unknown: key.unknown\n", "").replace("at: key\n", ""));
        assertTrue(tagged.kinds().contains("kms.key"), "a kind named outright is kept");
        assertTrue(tagged.kinds().contains("bedrock.agent"));
        assertFalse(tagged.kinds().contains("bedrock.data-source"), "a data source cannot be tagged");
    }

    @Test
    void formatsAndCoverageAreOptional() {
        Policy plain = LOADER.load("p.yaml", VALID);
        assertEquals(Set.of(), plain.formats());
        assertFalse(plain.coverage());
        Policy planOnly = LOADER.load("p.yaml", VALID + "formats: [terraform-plan]\ncoverage: true\n");
        assertEquals(Set.of(Format.TERRAFORM_PLAN), planOnly.formats());
        assertTrue(planOnly.coverage());
        assertEquals(Optional.empty(), planOnly.coverageFamily(), "true counts toward the kinds' family");
        Policy named = LOADER.load("p.yaml", VALID + "coverage: their source buckets\n");
        assertTrue(named.coverage());
        assertEquals(Optional.of("their source buckets"), named.coverageFamily());
    }

    private static void assertMessage(String text, String expected) {
        InputException e = assertThrows(InputException.class, () -> LOADER.load("p.yaml", text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals("p.yaml", e.location().file());
    }
}
