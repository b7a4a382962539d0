package dev.iaclint.model;

import java.util.List;
import java.util.Optional;

/**
 * What a loader knows about how a resource deploys, beyond its own attributes. Each format fills
 * it in its own way; policies and the engine read it without knowing the format.
 *
 * @param region      the Region it deploys to as the code declares it (a Terraform provider's
 *                    {@code region}); empty when it is the Region the deployment is pointed at,
 *                    which only the command line or the configuration can tell
 * @param defaultTags tags the provider adds to every resource (Terraform {@code default_tags})
 * @param appliedTags every tag the resource will carry, as a plan computes them ({@code tags_all});
 *                    when known, it replaces the resource's tags and the default tags
 * @param protection  whether it survives its own deletion from the code
 * @param change      what a plan will do to it; empty outside plans
 * @param existence   whether it will be created
 * @param instanceKey the instance of a {@code count}/{@code for_each} resource ({@code ["acme"]},
 *                    {@code [0]}); empty for a single resource
 * @param callers     the module calls through which it was reached, outermost first
 */
public record Deployment(Optional<Node> region, Optional<Node> defaultTags, Optional<Node> appliedTags,
                         DeletionProtection protection, Optional<PlannedChange> change, Existence existence,
                         String instanceKey, List<String> callers) {

    /** Nothing known beyond the resource itself: deployed, unprotected, no provider settings. */
    public static final Deployment PLAIN = new Deployment(Optional.empty(), Optional.empty(), Optional.empty(),
            DeletionProtection.NONE, Optional.empty(), Existence.DEPLOYED, "", List.of());

    public Deployment {
        callers = List.copyOf(callers);
    }

    public Deployment withRegion(Node value) {
        return new Deployment(Optional.of(value), defaultTags, appliedTags, protection, change, existence, instanceKey,
                callers);
    }

    public Deployment withDefaultTags(Node value) {
        return new Deployment(region, Optional.of(value), appliedTags, protection, change, existence, instanceKey,
                callers);
    }

    public Deployment withAppliedTags(Node value) {
        return new Deployment(region, defaultTags, Optional.of(value), protection, change, existence, instanceKey,
                callers);
    }

    public Deployment withProtection(DeletionProtection value) {
        return new Deployment(region, defaultTags, appliedTags, value, change, existence, instanceKey, callers);
    }

    public Deployment withExistence(Existence value) {
        return new Deployment(region, defaultTags, appliedTags, protection, change, value, instanceKey, callers);
    }

    public Deployment withChange(PlannedChange value) {
        return new Deployment(region, defaultTags, appliedTags, protection, Optional.of(value), existence, instanceKey,
                callers);
    }
}
