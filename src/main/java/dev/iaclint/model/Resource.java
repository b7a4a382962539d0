package dev.iaclint.model;

import java.util.Optional;

/**
 * One resource of a unit, in the shape every format shares.
 *
 * @param address    as the format's own tools print it: a logical id, {@code aws_x.name}, {@code module.m.aws_x.name[0]}
 * @param type       the native type: {@code AWS::Bedrock::Agent}, {@code aws_bedrockagent_agent}
 * @param kind       the canonical kind ({@code bedrock.agent}), or null when the type has none
 * @param location   where the resource is declared (its logical id, its block header)
 * @param attributes the resource's own settings (CloudFormation {@code Properties}, Terraform block body):
 *                   a mapping, or an expression that resolves to one
 * @param definition everything declared around them: CloudFormation {@code DeletionPolicy} and
 *                   {@code Metadata}, Terraform {@code lifecycle}
 */
public record Resource(String address, String type, String kind, Format format, Location location,
                       Node attributes, MappingNode definition) {

    /** The Terraform provider of a native type, the part before its first '_' ({@code aws}, {@code awscc}); empty otherwise. */
    public static String providerOf(String type) {
        return type.substring(0, Math.max(0, type.indexOf('_')));
    }

    public Optional<String> canonicalKind() {
        return Optional.ofNullable(kind);
    }
}
