package dev.iaclint.policy;

import dev.iaclint.model.Format;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One policy, as written in its YAML file.
 *
 * @param kinds      canonical kinds it checks ({@code bedrock.agent})
 * @param types      native types it checks, for resources no canonical kind covers
 * @param formats    the source formats it checks; empty means every format its resources exist in
 * @param guard      when present, only resources for which it is true are checked
 * @param bindings   named values computed first, in order, visible to the expressions after them
 * @param assertion  true means compliant
 * @param unknown    when the assertion fails and this is true, the outcome is unknown, not a failure
 * @param at         where the finding points: a {@link Located} value; the resource when absent
 * @param message    what a finding says
 * @param unknownMessage what an unknown finding says instead, when the policy words it apart
 * @param coverage   its outcomes count toward the customer-managed key coverage of its kinds' family:
 *                   a pass is a customer-managed key, a failure is not, an unknown is counted apart
 * @param coverageFamily the family it counts toward when the policy names one ({@code coverage: their
 *                   source buckets}, for a store its kinds lead to), else empty: its kinds' family
 * @param source     the policy file, as named to the user
 */
public record Policy(String id, String title, Severity severity, List<String> kinds, List<String> types, Set<Format> formats,
                     Optional<PolicyExpression> guard, Map<String, PolicyExpression> bindings,
                     PolicyExpression assertion, Optional<PolicyExpression> unknown, Optional<PolicyExpression> at,
                     MessageTemplate message, Optional<MessageTemplate> unknownMessage, String rationale, String remediation, List<String> references,
                     List<String> compliance, boolean coverage, Optional<String> coverageFamily, String source) {

    /** Every expression of the policy: guard, bindings, assertion, unknown, at and the message's. */
    public List<PolicyExpression> expressions() {
        List<PolicyExpression> all = new ArrayList<>();
        guard.ifPresent(all::add);
        all.addAll(bindings.values());
        all.add(assertion);
        unknown.ifPresent(all::add);
        at.ifPresent(all::add);
        message.expressions().forEach(all::add);
        unknownMessage.ifPresent(m -> m.expressions().forEach(all::add));
        return all;
    }

    /** Decided by the resource's format, kind and type alone: the evaluator asks once per such shape. */
    public boolean appliesTo(Resource resource) {
        return (formats.isEmpty() || formats.contains(resource.format()))
                && (resource.canonicalKind().map(kinds::contains).orElse(false) || types.contains(resource.type()));
    }
}
