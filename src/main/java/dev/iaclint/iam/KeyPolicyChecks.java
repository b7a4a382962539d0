package dev.iaclint.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a key policy that need no other resource: who it opens the key to, whether
 * service grants are guarded against the confused deputy, and whether users are also
 * administrators ({@link SeparationOfDuties}).
 */
public final class KeyPolicyChecks {

    /** Condition keys that pin the calling principal (or, for services, the calling account) to known ones. */
    static final List<String> CALLER_PINS = List.of("kms:CallerAccount", "aws:PrincipalAccount", "aws:PrincipalOrgID",
            "aws:PrincipalOrgPaths", "aws:PrincipalArn", "aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID",
            "aws:SourceOrgPaths");
    /**
     * Condition keys that tie a service's use of the key to our account, resource or request.
     * {@code kms:EncryptionContextKeys} is not one: it says which context keys a request carries,
     * not their values, so another account's request through the same service passes it.
     */
    static final List<String> DEPUTY_GUARDS = List.of("aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID",
            "aws:SourceOrgPaths", "kms:EncryptionContext:", "kms:ViaService");
    private KeyPolicyChecks() {
    }

    /** Allow statements that grant anyone ({@code *}, {@code {AWS: *}}, NotPrincipal) without pinning the caller. */
    public static Verdict openToAnyone(PolicyDocument document) {
        List<Issue> violations = new ArrayList<>();
        List<Issue> undecided = new ArrayList<>();
        for (Statement statement : document.statements()) {
            if (!statement.effectKnown()) {
                undecided.add(new Issue(statement, "has an effect known only at deployment"));
            } else if (!statement.allows()) {
                continue;
            } else if (statement.grantsAnyone()) {
                if (!statement.conditionsKnown()) {
                    undecided.add(new Issue(statement, "has conditions known only at deployment"));
                } else if (callerPin(statement) == null) {
                    violations.add(new Issue(statement, "allows " + (statement.notPrincipal() ? "everyone but its NotPrincipal"
                            : "any principal (*)") + " with no condition on the caller's account, organization or ARN"));
                }
            } else if (!statement.principalsKnown()) {
                undecided.add(new Issue(statement, "has principals known only at deployment"));
            }
        }
        return new Verdict(document, violations, undecided);
    }

    /** Allow statements that grant a service principal with no condition tying the use to this account or request. */
    public static Verdict unguardedServiceGrants(PolicyDocument document) {
        List<Issue> violations = new ArrayList<>();
        List<Issue> undecided = new ArrayList<>();
        for (Statement statement : document.statements()) {
            List<String> services = statement.principals().stream().filter(Principal::isService)
                    .map(Principal::value).toList();
            if (services.isEmpty() || statement.effectKnown() && !statement.allows()) {
                continue;
            }
            if (!statement.effectKnown() || !statement.conditionsKnown()) {
                undecided.add(new Issue(statement, "grants " + String.join(", ", services)
                        + " with an effect or conditions known only at deployment"));
            } else if (DEPUTY_GUARDS.stream().noneMatch(key -> pins(statement, key))) {
                violations.add(new Issue(statement, "grants " + String.join(", ", services)
                        + " with no aws:SourceAccount, aws:SourceArn, kms:EncryptionContext:... or kms:ViaService condition"));
            }
        }
        return new Verdict(document, violations, undecided);
    }

    /** Principals that may both use the key and administer it: see {@link SeparationOfDuties}. */
    public static Verdict usersWhoAdminister(PolicyDocument document) {
        return SeparationOfDuties.check(document);
    }

    /**
     * The conditions that pin the caller of a statement to an account, organisation or ARN, as a
     * message names them ({@code aws:PrincipalOrgID o-abc123def4}); null when none does.
     */
    static String callerPin(Statement statement) {
        List<String> pins = statement.conditions().stream()
                .filter(c -> CALLER_PINS.stream().anyMatch(key -> pins(c, key)))
                .map(c -> c.key() + (c.values().isEmpty() ? " (known at deployment)" : " " + String.join(", ", c.values())))
                .toList();
        return pins.isEmpty() ? null : String.join(" and ", pins);
    }

    /**
     * A restricting condition on {@code key} (or key family ending in ':') whose values (known
     * ones, at least) are not all the wildcard: {@code "*"} lets every value through.
     */
    private static boolean pins(Statement statement, String key) {
        return statement.conditions().stream().anyMatch(c -> pins(c, key));
    }

    private static boolean pins(Condition condition, String key) {
        return condition.restricts() && condition.keyIs(key)
                && (condition.values().isEmpty() || !condition.values().stream().allMatch(v -> v.equals("*")));
    }
}
