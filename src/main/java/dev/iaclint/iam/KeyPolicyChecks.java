package dev.iaclint.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a key policy that need no other resource: who it opens the key to, whether
 * service grants are guarded against the confused deputy, and whether users are also administrators.
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
    static final List<String> USE = List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair", "kms:ReEncryptFrom", "kms:ReEncryptTo");
    static final List<String> ADMINISTER = List.of("kms:PutKeyPolicy", "kms:ScheduleKeyDeletion",
            "kms:CancelKeyDeletion", "kms:DisableKey", "kms:EnableKey", "kms:DisableKeyRotation",
            "kms:DeleteImportedKeyMaterial", "kms:UpdatePrimaryRegion");

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
                } else if (CALLER_PINS.stream().noneMatch(key -> pins(statement, key))) {
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

    /**
     * Principals that may both use the key and administer it, across all Allow statements. An
     * account root (which delegates to IAM, as AWS's default policy does), anyone and services are
     * left to the other checks.
     */
    public static Verdict usersWhoAdminister(PolicyDocument document) {
        Map<String, Statement> users = new LinkedHashMap<>();
        Map<String, Statement> administrators = new LinkedHashMap<>();
        Map<String, Principal> principals = new LinkedHashMap<>();
        List<Issue> undecided = new ArrayList<>();
        for (Statement statement : document.statements()) {
            if (!statement.effectKnown() || statement.allows() && !statement.actionsKnown()) {
                undecided.add(new Issue(statement, "has an effect or actions known only at deployment"));
                continue;
            }
            if (!statement.allows() || statement.notPrincipal()) {
                continue;
            }
            boolean uses = USE.stream().anyMatch(statement::covers);
            boolean administers = ADMINISTER.stream().anyMatch(statement::covers);
            for (Principal principal : statement.principals()) {
                if (principal.isAccountRoot() || principal.isAnyone() || principal.isService()) {
                    continue;
                }
                principals.putIfAbsent(principal.key(), principal);
                if (uses) {
                    users.putIfAbsent(principal.key(), statement);
                }
                if (administers) {
                    administrators.putIfAbsent(principal.key(), statement);
                }
            }
        }
        List<Issue> violations = new ArrayList<>();
        for (Map.Entry<String, Statement> admin : administrators.entrySet()) {
            Statement use = users.get(admin.getKey());
            if (use != null) {
                String where = use == admin.getValue() ? "" : " (use granted by " + use.name() + ")";
                violations.add(new Issue(admin.getValue(), "lets " + principals.get(admin.getKey()).display()
                        + " administer the key, and it can also use it" + where));
            }
        }
        return new Verdict(document, violations, undecided);
    }

    /**
     * A restricting condition on {@code key} (or key family ending in ':') whose values (known
     * ones, at least) are not all the wildcard: {@code "*"} lets every value through.
     */
    private static boolean pins(Statement statement, String key) {
        return statement.conditions().stream().anyMatch(c -> c.restricts() && c.keyIs(key)
                && (c.values().isEmpty() || !c.values().stream().allMatch(v -> v.equals("*"))));
    }
}
