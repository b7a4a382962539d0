package dev.iaclint.model;

import java.util.List;

/**
 * A reference to another named thing of the unit: a CloudFormation {@code Ref} or
 * {@code Fn::GetAtt}, a Terraform traversal such as {@code aws_kms_key.k.arn} or {@code var.x}.
 * What the target is (parameter, resource, variable...) is for the {@link Unit} to decide.
 *
 * @param target        the referenced name: a logical id, or a Terraform address root
 * @param attributePath the attribute steps after the target ({@code Arn}, {@code arn}); empty for Ref
 * @param syntax        how it was written ({@code Ref}, {@code Fn::GetAtt}, ...), for messages
 */
public record ReferenceNode(Location location, String target, List<String> attributePath, String syntax)
        implements Node {

    public ReferenceNode {
        attributePath = List.copyOf(attributePath);
    }

    /** The reference as a person would write it, e.g. {@code Key.Arn}. */
    public String display() {
        return attributePath.isEmpty() ? target : target + "." + String.join(".", attributePath);
    }
}
