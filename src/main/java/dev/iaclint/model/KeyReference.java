package dev.iaclint.model;

import java.util.Optional;

/**
 * What the node naming an encryption key means.
 *
 * @param keyClass    the classification
 * @param description a phrase for messages, e.g. "the AWS-managed key alias/aws/bedrock"
 * @param location    where the deciding value is written (the branch that falls short, or the
 *                    attribute, or the resource when the attribute is absent)
 * @param keyResource the KMS key (or alias) resource of the unit, when the reference resolves to one
 */
public record KeyReference(KeyClass keyClass, String description, Location location, Optional<Resource> keyResource) {

    public static KeyReference of(KeyClass keyClass, String description, Location location) {
        return new KeyReference(keyClass, description, location, Optional.empty());
    }

    public boolean isCustomerManaged() {
        return keyClass == KeyClass.CUSTOMER_MANAGED;
    }
}
