package dev.iaclint.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.model.Location;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import dev.iaclint.support.LiteralUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shapes a policy document takes and the edge cases of each check; the policies' fixtures
 * cover the same checks in every source format.
 */
class KeyPolicyChecksTest {

    private static final Unit LITERAL = LiteralUnit.INSTANCE;

    private static PolicyDocument read(String json) {
        return PolicyDocumentReader.read(LITERAL, ScalarNode.ofString(Location.point("t", 3, 5), json));
    }

    @Test
    void actionsMatchWithWildcardsAndIgnoreCase() {
        assertTrue(Wildcards.matches("kms:*", "kms:Decrypt"));
        assertTrue(Wildcards.matches("KMS:generatedatakey*", "kms:GenerateDataKeyWithoutPlaintext"));
        assertTrue(Wildcards.matches("*", "kms:PutKeyPolicy"));
        assertTrue(Wildcards.matches("kms:?ecrypt", "kms:Decrypt"));
        assertFalse(Wildcards.matches("kms:Get*", "kms:GenerateDataKey"));
        assertFalse(Wildcards.matches("kms:Decrypt", "kms:DecryptX"));
        assertTrue(Wildcards.matches("*a*a*a*a*b", "a".repeat(10_000) + "b"), "no exponential backtracking");
    }

    @Test
    void principalsInEveryShape() {
        PolicyDocument document = read("""
                {"Statement": {"Effect": "allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:root",
                  "arn:aws:iam::111122223333:role/app", "*"], "Service": "bedrock.amazonaws.com"}, "Action": "kms:Decrypt"}}""");
        Statement statement = document.statements().get(0);
        assertEquals("Allow", statement.effect(), "effects are case-insensitive");
        assertEquals(List.of(true, true, false, false, false),
                statement.principals().stream().map(Principal::isAccountRoot).toList());
        assertEquals(List.of(false, false, false, true, false),
                statement.principals().stream().map(Principal::isAnyone).toList());
        assertTrue(statement.principals().get(4).isService());
        assertEquals("statement #1", statement.name());
        assertEquals(3, statement.location().line(), "a policy read from a string points at the string");
    }

    @Test
    void openToAnyoneUnlessTheCallerIsPinned() {
        assertEquals(1, KeyPolicyChecks.openToAnyone(read("""
                {"Statement": [{"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "kms:*"}]}""")).violations().size());
        assertTrue(KeyPolicyChecks.openToAnyone(read("""
                {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
                  "Condition": {"StringEquals": {"KMS:CALLERACCOUNT": "111122223333"}}}]}""")).ok(),
                "condition keys are case-insensitive");
        assertEquals(1, KeyPolicyChecks.openToAnyone(read("""
                {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*",
                  "Condition": {"Null": {"aws:PrincipalOrgID": "false"}}}]}""")).violations().size(),
                "a Null test does not pin");
        assertTrue(KeyPolicyChecks.openToAnyone(read("""
                {"Statement": [{"Effect": "Deny", "Principal": "*", "NotAction": "kms:Decrypt"}]}""")).ok());
    }

    @Test
    void whatAwsRejectsIsAnErrorAndWhatCannotBeReadIsUnknown() {
        InputException notJson = assertThrows(InputException.class, () -> read("{\"Statement\": ["));
        assertTrue(notJson.getMessage().startsWith("the policy document is not valid JSON"), notJson.getMessage());
        assertEquals(3, notJson.location().line());
        assertThrows(InputException.class, () -> read("[1, 2]"));
        InputException foo = assertThrows(InputException.class, () -> read("""
                {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "foo"}, "Action": "kms:*"}]}"""));
        assertTrue(foo.getMessage().contains("AWS \"foo\" is not an account id, an ARN or \"*\""), foo.getMessage());
        assertThrows(InputException.class, () -> read("""
                {"Statement": [{"Effect": "Allow", "Principal": "111122223333", "Action": "kms:*"}]}"""),
                "a string principal other than * names no type");
        assertTrue(KeyPolicyChecks.openToAnyone(read(" ")).unknown(), "an empty policy is left unknown");
    }

    @Test
    void separationOfDutiesAcrossStatements() {
        Verdict verdict = KeyPolicyChecks.usersWhoAdminister(read("""
                {"Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/a"}, "Action": "kms:Decrypt"},
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/b"}, "Action": "kms:*"},
                  {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::1:role/a", "arn:aws:iam::1:role/c"]},
                   "Action": "kms:DisableKey"}]}"""));
        assertEquals(List.of("statement #2 (line 3) lets AWS arn:aws:iam::1:role/b administer the key, and it can also use it",
                "statement 'Admin' (line 3) lets AWS arn:aws:iam::1:role/a administer the key, and it can also use it"
                        + " (use granted by statement #1)"),
                verdict.violations().stream().map(Issue::describe).toList());
    }

    @Test
    void anAdministratorIsJudgedAgainstTheFirstUseOfItsIdentityAndTheFirstUseOfAnUnknownOne() {
        String unknown = "\\u" + String.format("%04x", (int) Principal.UNKNOWN_PART);
        Verdict verdict = KeyPolicyChecks.usersWhoAdminister(read("""
                {"Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/%s"}, "Action": "kms:Decrypt"},
                  {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/a"}, "Action": "kms:DisableKey"},
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/b"}, "Action": "kms:Encrypt"},
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/a"}, "Action": "kms:Encrypt"},
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:role/a"}, "Action": "kms:Decrypt"}]}"""
                .formatted(unknown)));
        assertEquals(List.of("statement 'Admin' (line 3) lets AWS arn:aws:iam::1:role/a administer the key, and it can"
                        + " also use it (use granted by statement #4)"),
                verdict.violations().stream().map(Issue::describe).toList());
        assertEquals(List.of("statement 'Admin' (line 3) lets AWS arn:aws:iam::1:role/a administer the key, and"
                        + " AWS arn:aws:iam::1:role/* (its * parts known only at deployment) use it by statement #1:"
                        + " whether one principal can both use and administer it is known only at deployment"),
                verdict.undecided().stream().map(Issue::describe).toList());
    }

    @Test
    void aWildcardPinnedToTheAccountIsEveryIdentityThereForSeparationOfDuties() {
        Verdict pinned = KeyPolicyChecks.usersWhoAdminister(read("""
                {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
                  "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}]}"""));
        assertEquals(List.of("statement #1 (line 3) lets every principal with aws:PrincipalOrgID o-abc123def4"
                + " administer the key, and it can also use it"), pinned.violations().stream().map(Issue::describe).toList());
        assertTrue(KeyPolicyChecks.usersWhoAdminister(read("""
                {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*"}]}""")).ok(),
                "an unpinned wildcard is KMS-002's");
        assertTrue(KeyPolicyChecks.usersWhoAdminister(read("""
                {"Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
                   "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}},
                  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:PutKeyPolicy",
                   "Condition": {"StringEquals": {"kms:CallerAccount": "444455556666"}}}]}""")).ok(),
                "two accounts are two sets of identities");
    }

    @Test
    void aPrincipalKnownOnlyInPartMayBeAnyOtherOrTheRoot() {
        String unknown = String.valueOf(Principal.UNKNOWN_PART);
        Principal partly = new Principal("AWS", "arn:aws:iam::" + unknown + ":" + unknown, null, null);
        Principal role = new Principal("AWS", "arn:aws:iam::" + unknown + ":role/app", null, null);
        assertFalse(partly.identityKnown());
        assertTrue(role.identityKnown(), "only its account is unknown: it is the role app");
        assertTrue(partly.maySameAs(role));
        assertFalse(role.maySameAs(new Principal("AWS", "arn:aws:iam::" + unknown + ":user/app", null, null)));
        assertFalse(partly.maySameAs(new Principal("Service", "bedrock.amazonaws.com", null, null)));
        assertTrue(new Principal("AWS", "arn:aws:iam::1:role/" + unknown, null, null)
                .maySameAs(new Principal("AWS", "arn:aws:iam::1:role/app", null, null)));
    }

    @Test
    void aStatementAppliesToAKeyByWildcardArnOrNotResource() {
        Set<String> none = Set.of();
        Set<String> arn = Set.of("arn:aws:kms:eu-west-1:111122223333:key/k1");
        assertEquals(Optional.of(true), statement("\"Resource\": \"arn:aws:kms:*:111122223333:key/*\"").appliesTo(none, arn));
        assertEquals(Optional.of(true), statement("\"Resource\": [\"arn:aws:kms:eu-west-1:111122223333:key/k1\"]").appliesTo(none, arn));
        assertEquals(Optional.of(false), statement("\"Resource\": \"arn:aws:s3:::bucket/*\"").appliesTo(none, arn));
        assertEquals(Optional.of(false), statement("\"NotResource\": \"*\"").appliesTo(none, arn));
        assertEquals(Optional.of(true), statement("\"Sid\": \"NoResource\"").appliesTo(none, arn), "no Resource: a key policy");
    }

    private static Statement statement(String resource) {
        return read("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", " + resource + "}]}")
                .statements().get(0);
    }
}
