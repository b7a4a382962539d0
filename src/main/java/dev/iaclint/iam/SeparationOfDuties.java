package dev.iaclint.iam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may both use a key and administer it, across all Allow statements of its policy. An account
 * root (which delegates to IAM, as AWS's default policy does) and services are left to the other
 * checks, and so is {@code "*"} that no condition pins (KMS-002's). {@code "*"} pinned to an account
 * or organisation is a grantee of its own: every identity there. A principal whose identity is
 * known only at deployment (a parameter in its name, a bare parameter) may be any of the others,
 * or the same as itself: where it would mix duties, the verdict is unknown, not a pass.
 */
final class SeparationOfDuties {

    static final List<String> USE = List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair", "kms:ReEncryptFrom", "kms:ReEncryptTo");
    static final List<String> ADMINISTER = List.of("kms:PutKeyPolicy", "kms:ScheduleKeyDeletion",
            "kms:CancelKeyDeletion", "kms:DisableKey", "kms:EnableKey", "kms:DisableKeyRotation",
            "kms:DeleteImportedKeyMaterial", "kms:UpdatePrimaryRegion");

    /**
     * One grantee of one statement.
     *
     * @param principal null when the statement's principals could not be read at all
     * @param pin       for {@code "*"} pinned by conditions, those conditions; else null
     */
    private record Grant(Statement statement, Principal principal, String pin, boolean uses, boolean administers) {

        boolean identityKnown() {
            return principal != null && (pin != null || principal.identityKnown());
        }

        String identity() {
            return pin != null ? "*|" + pin : principal.key();
        }

        String display() {
            if (principal == null) {
                return "principals known only at deployment";
            }
            if (pin != null) {
                return "every principal with " + pin;
            }
            return principal.display() + (principal.identityKnown() ? "" : " (its * parts known only at deployment)");
        }

        /** Whether the two may name the same identity; an unknown one may be any named principal. */
        boolean maySameAs(Grant other) {
            if (identityKnown() && other.identityKnown()) {
                return identity().equals(other.identity());
            }
            if (pin != null || other.pin != null) {
                return false; // "everyone in the account" is compared only with itself
            }
            return principal == null || other.principal == null || principal.maySameAs(other.principal);
        }
    }

    private SeparationOfDuties() {
    }

    static Verdict check(PolicyDocument document) {
        List<Grant> grants = new ArrayList<>();
        List<Issue> undecided = new ArrayList<>();
        for (Statement statement : document.statements()) {
            if (!statement.effectKnown() || statement.allows() && !statement.actionsKnown()) {
                undecided.add(new Issue(statement, "has an effect or actions known only at deployment"));
            } else if (statement.allows() && !statement.notPrincipal()) {
                grants.addAll(grants(statement));
            }
        }
        // Every administrator is judged against the first use that may be its own, in the order of
        // the statements: among the uses of the same known identity (looked up, not searched: a
        // policy of thousands of statements is checked in linear time), and among the uses whose
        // identity is known only at deployment, which may be anyone's.
        Map<String, Grant> firstUseByIdentity = new HashMap<>();
        List<Grant> uses = new ArrayList<>();
        List<Grant> usesOfUnknownIdentity = new ArrayList<>();
        for (Grant grant : grants) {
            if (grant.uses()) {
                uses.add(grant);
                if (grant.identityKnown()) {
                    firstUseByIdentity.putIfAbsent(grant.identity(), grant);
                } else {
                    usesOfUnknownIdentity.add(grant);
                }
            }
        }
        List<Issue> violations = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Grant admin : grants) {
            if (!admin.administers()) {
                continue;
            }
            if (admin.identityKnown()) {
                Grant sameIdentity = firstUseByIdentity.get(admin.identity());
                if (sameIdentity != null) {
                    judge(admin, sameIdentity, reported, violations, undecided);
                }
                firstThatMayBe(admin, usesOfUnknownIdentity)
                        .ifPresent(use -> judge(admin, use, reported, violations, undecided));
            } else {
                firstThatMayBe(admin, uses).ifPresent(use -> judge(admin, use, reported, violations, undecided));
            }
        }
        return new Verdict(document, violations, undecided);
    }

    private static Optional<Grant> firstThatMayBe(Grant admin, List<Grant> uses) {
        for (Grant use : uses) {
            if (admin.maySameAs(use)) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }

    /** One issue per administrator: the first statement that also lets it use the key is named. */
    private static void judge(Grant admin, Grant use, Set<String> reported, List<Issue> violations,
                              List<Issue> undecided) {
        boolean elsewhere = use.statement() != admin.statement();
        if (admin.identityKnown() && use.identityKnown()) {
            if (reported.add(admin.identity())) {
                violations.add(new Issue(admin.statement(), "lets " + admin.display()
                        + " administer the key, and it can also use it"
                        + (elsewhere ? " (use granted by " + use.statement().name() + ")" : "")));
            }
        } else if (reported.add("statement " + admin.statement().index())) {
            String users = use.principal() == admin.principal() ? "" : ", and " + use.display() + " use it"
                    + (elsewhere ? " by " + use.statement().name() : "");
            undecided.add(new Issue(admin.statement(), "lets " + admin.display() + " administer the key" + users
                    + ": whether one principal can both use and administer it is known only at deployment"));
        }
    }

    private static List<Grant> grants(Statement statement) {
        boolean uses = USE.stream().anyMatch(statement::covers);
        boolean administers = ADMINISTER.stream().anyMatch(statement::covers);
        List<Grant> grants = new ArrayList<>();
        if (!uses && !administers) {
            return grants;
        }
        for (Principal principal : statement.principals()) {
            if (principal.isAnyone()) {
                String pin = KeyPolicyChecks.callerPin(statement);
                if (pin != null) {
                    grants.add(new Grant(statement, principal, pin, uses, administers));
                }
            } else if (!principal.isAccountRoot() && !principal.isService()) {
                grants.add(new Grant(statement, principal, null, uses, administers));
            }
        }
        if (!statement.principalsKnown()) {
            grants.add(new Grant(statement, null, null, uses, administers));
        }
        return grants;
    }
}
