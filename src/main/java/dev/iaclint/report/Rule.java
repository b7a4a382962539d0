package dev.iaclint.report;

import dev.iaclint.model.Severity;
import java.util.List;

/**
 * What a report says about a policy: everything SARIF's rule metadata and {@code explain} need.
 * The severity is the effective one, after the configuration's overrides.
 *
 * @param formats  the source formats where the rule's resources exist, e.g. cloudformation, terraform
 * @param coverage the family whose customer-managed key coverage the rule's outcomes measure, or null
 */
public record Rule(String id, String title, Severity severity, String rationale, String remediation,
                   List<String> references, List<String> compliance, List<String> formats,
                   String coverage) {

    public Rule {
        references = List.copyOf(references);
        compliance = List.copyOf(compliance);
        formats = List.copyOf(formats);
    }
}
