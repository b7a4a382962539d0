package dev.iaclint.policy.functions;

import dev.iaclint.iam.Issue;
import dev.iaclint.iam.KeyPolicies;
import dev.iaclint.iam.KeyPolicyChecks;
import dev.iaclint.iam.PolicyDocument;
import dev.iaclint.iam.Verdict;
import dev.iaclint.model.Location;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.CheckResult;
import dev.iaclint.policy.values.LocatedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code iam:} functions: checks of the policy document a canonical field holds. Each returns
 * {@code ok}, {@code unknown}, {@code count} (statements in violation), {@code summary} (each
 * named by Sid or position, with its line), {@code reason} (what could not be read) and
 * {@code source} (empty for the field's own policy, else where the policy comes from, in
 * parentheses, see {@link KeyPolicies}); it points at the first statement in question.
 */
public final class IamFunctions {

    private final ResourceScope scope;
    /** Each field's policy, read (and a JSON string parsed) once per resource: three policies check it. */
    private final Map<String, KeyPolicies.Found> policies = new HashMap<>();

    public IamFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /** Allow statements open to any principal without a condition that pins the caller. */
    @Describes("Allow statements of the policy document in a canonical field (`keyPolicy`) open to any principal without a condition that pins the caller: `ok`, `unknown`, `count`, `summary` (each statement by Sid or position, with its line), `reason`, `source`; it points at the first statement in question")
    public LocatedMap openToAnyone(String field) {
        return check(field, KeyPolicyChecks::openToAnyone);
    }

    /** Service principals granted without aws:SourceAccount, aws:SourceArn, an encryption context or kms:ViaService. */
    @Describes("statements that grant a service principal without `aws:SourceAccount`, `aws:SourceArn`, a `kms:EncryptionContext:` key or `kms:ViaService` with a value other than `*` (`kms:EncryptionContextKeys` does not guard); the same shape as `iam:openToAnyone`")
    public LocatedMap unguardedServiceGrants(String field) {
        return check(field, KeyPolicyChecks::unguardedServiceGrants);
    }

    /** Principals that can both use and administer the key. */
    @Describes("principals that can both use and administer the key (`*` pinned to an account or organisation counts as every identity there; a principal known only at deployment makes it unknown); the same shape as `iam:openToAnyone`")
    public LocatedMap usersWhoAdminister(String field) {
        return check(field, KeyPolicyChecks::usersWhoAdminister);
    }

    private LocatedMap check(String field, Function<PolicyDocument, Verdict> check) {
        KeyPolicies.Found source = policies.computeIfAbsent(field,
                f -> KeyPolicies.of(scope.unit(), scope.fields(), scope.attachments(), scope.resource(), f));
        Verdict verdict = check.apply(source.document());
        Location at = verdict.violations().stream().findFirst().map(i -> i.statement().location())
                .or(() -> verdict.undecided().stream().findFirst().map(i -> i.statement().location()))
                .orElse(verdict.document().location());
        String reason = verdict.document().known() ? describe(verdict.undecided())
                : "the policy is " + verdict.document().unknownReason();
        return new CheckResult(verdict.ok(), verdict.unknown(), verdict.violations().size(),
                describe(verdict.violations()), reason, at).with("source", source.source()).view();
    }

    private static String describe(List<Issue> issues) {
        return issues.stream().map(Issue::describe).collect(Collectors.joining("; "));
    }
}
