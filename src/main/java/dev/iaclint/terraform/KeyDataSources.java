package dev.iaclint.terraform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code data "aws_kms_key"} and {@code data "aws_kms_alias"} look a key up by the alias or key
 * id written in the code: the key they give is the key that names. So {@code alias/aws/bedrock}
 * there is the AWS-managed key and {@code alias/agents} a customer alias, classified like the
 * same text written in place.
 */
final class KeyDataSources {

    /** The suffix of the value name under which the loader keeps what the data source looks the key up by. */
    static final String KEY = ".looked-up-key";

    private static final Map<String, String> NAMING_ATTRIBUTE = Map.of("aws_kms_key", "key_id", "aws_kms_alias", "name");

    /** The attributes of the data sources that stand for the key (other attributes are read at plan time). */
    private static final Set<String> KEY_ATTRIBUTES = Set.of("arn", "id", "key_id", "name", "target_key_arn",
            "target_key_id");

    private KeyDataSources() {
    }

    /** The argument a KMS data source type looks its key up by. */
    static Optional<String> namingAttribute(String dataSourceType) {
        return Optional.ofNullable(NAMING_ATTRIBUTE.get(dataSourceType));
    }

    static boolean identifiesTheKey(String attribute) {
        return KEY_ATTRIBUTES.contains(attribute);
    }
}
