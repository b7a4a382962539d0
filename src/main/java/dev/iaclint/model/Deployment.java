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
 * @param callers     the module calls through which it was reached, outermost first, each by its
 *                    full address ({@code module.a}, {@code module.a.module.b})
 * @param callSites   where each of the callers is written (its {@code module} block's header), in
 *                    the same order, so that a suppression above a call covers what it reaches
 * @param reportedAt  where its findings are reported when its own file is not part of the scanned
 *                    repository (a module that {@code terraform init} downloaded): the module call
 */
public record Deployment(Optional<Node> region, Optional<Node> defaultTags, Optional<Node> appliedTags,
                         DeletionProtection protection, Optional<PlannedChange> change, Existence existence,
                         String instanceKey, List<String> callers, List<Location> callSites,
                         Optional<Location> reportedAt) {

    /** Nothing known beyond the resource itself: deployed, unprotected, no provider settings. */
    public static final Deployment PLAIN = new Deployment(Optional.empty(), Optional.empty(), Optional.empty(),
            DeletionProtection.NONE, Optional.empty(), Existence.DEPLOYED, "", List.of(), List.of(), Optional.empty());

    public Deployment {
        callers = List.copyOf(callers);
        callSites = List.copyOf(callSites);
    }

    public Deployment withRegion(Node value) {
        return new Deployment(Optional.of(value), defaultTags, appliedTags, protection, change, existence, instanceKey,
                callers, callSites, reportedAt);
    }

    public Deployment withDefaultTags(Node value) {
        return new Deployment(region, Optional.of(value), appliedTags, protection, change, existence, instanceKey,
                callers, callSites, reportedAt);
    }

    public Deployment withAppliedTags(Node value) {
        return new Deployment(region, defaultTags, Optional.of(value), protection, change, existence, instanceKey,
                callers, callSites, reportedAt);
    }

    public Deployment withProtection(DeletionProtection value) {
        return new Deployment(region, defaultTags, appliedTags, value, change, existence, instanceKey, callers, callSites,
                reportedAt);
    }

    public Deployment withExistence(Existence value) {
        return new Deployment(region, defaultTags, appliedTags, protection, change, value, instanceKey, callers, callSites,
                reportedAt);
    }

    public Deployment withInstanceKey(String value) {
        return new Deployment(region, defaultTags, appliedTags, protection, change, existence, value, callers, callSites,
                reportedAt);
    }

    /** @param sites where each call is written, in the same order */
    public Deployment withCallers(List<String> value, List<Location> sites) {
        return new Deployment(region, defaultTags, appliedTags, protection, change, existence, instanceKey, value, sites,
                reportedAt);
    }

    public Deployment withReportedAt(Location value) {
        return new Deployment(region, defaultTags, appliedTags, protection, change, existence, instanceKey, callers,
                callSites, Optional.of(value));
    }

    public Deployment withChange(PlannedChange value) {
        return new Deployment(region, defaultTags, appliedTags, protection, Optional.of(value), existence, instanceKey,
                callers, callSites, reportedAt);
    }
}
