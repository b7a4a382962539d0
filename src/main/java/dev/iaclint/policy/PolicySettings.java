package dev.iaclint.policy;

import java.util.List;

/**
 * What the user's configuration tells the policy functions.
 *
 * @param requiredTags tag keys every taggable resource must carry ({@code required-tags})
 * @param workloadTags tag keys that say whose workload a resource is: resources that differ in
 *                     one of them should not share a key
 * @param region       the Region CloudFormation templates deploy to ({@code --region}), or null
 */
public record PolicySettings(List<String> requiredTags, List<String> workloadTags, String region) {

    public static final List<String> DEFAULT_REQUIRED_TAGS = List.of("owner", "project", "cost-center", "data-sensitivity");
    public static final List<String> DEFAULT_WORKLOAD_TAGS = List.of("tenant", "application", "project");

    public PolicySettings {
        requiredTags = List.copyOf(requiredTags);
        workloadTags = List.copyOf(workloadTags);
    }

    public static PolicySettings defaults() {
        return new PolicySettings(DEFAULT_REQUIRED_TAGS, DEFAULT_WORKLOAD_TAGS, null);
    }
}
