package dev.iaclint.model;

import java.util.Optional;

/**
 * One resource of a unit, in the shape every format shares.
 *
 * @param address      as the format's own tools print it: a logical id, {@code aws_x.name}, {@code module.m.aws_x.name[0]}
 * @param type         the native type: {@code AWS::Bedrock::Agent}, {@code aws_bedrockagent_agent}
 * @param kind         the canonical kind ({@code bedrock.agent}), or null when the type has none
 * @param location     where the resource is declared (its logical id, its block header)
 * @param attributes   the resource's own settings (CloudFormation {@code Properties}, Terraform block body):
 *                     a mapping, or an expression that resolves to one
 * @param deployment   what its format says about how it deploys: region, provider tags, deletion
 *                     protection, planned change, existence
 * @param suppressions suppressions written on the resource itself (CloudFormation
 *                     {@code Metadata: iac-lint:}), where the format has such a place
 * @param construct    the CDK construct that synthesized it (from {@code aws:cdk:path} metadata);
 *                     empty for code written by hand
 */
public record Resource(String address, String type, String kind, Format format, Location location,
                       Node attributes, Deployment deployment, Optional<Node> suppressions, Optional<Construct> construct) {

    /** A resource not synthesized by the CDK. */
    public Resource(String address, String type, String kind, Format format, Location location,
                    Node attributes, Deployment deployment, Optional<Node> suppressions) {
        this(address, type, kind, format, location, attributes, deployment, suppressions, Optional.empty());
    }

    public Optional<String> canonicalKind() {
        return Optional.ofNullable(kind);
    }

    public Resource withDeployment(Deployment newDeployment) {
        return new Resource(address, type, kind, format, location, attributes, newDeployment, suppressions,
                construct);
    }
}
