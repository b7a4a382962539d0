package dev.iaclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.support.LiteralUnit;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literal key identifiers; references, conditionals and templates are covered by the policy fixtures. */
class KeyClassifierTest {

    private static final Location AT = Location.point("t", 1, 1);

    private static final Unit EMPTY = LiteralUnit.INSTANCE;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "alias/aws/bedrock, AWS_MANAGED",
        "arn:aws:kms:us-east-1:111122223333:alias/aws/bedrock, AWS_MANAGED",
        "arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/bedrock, AWS_MANAGED",
        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab, CUSTOMER_MANAGED",
        "arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab, CUSTOMER_MANAGED",
        "1234abcd-12ab-34cd-56ef-1234567890ab, CUSTOMER_MANAGED",
        "mrk-1234abcd12ab34cd56ef1234567890ab, CUSTOMER_MANAGED",
        "alias/agents, CUSTOMER_MANAGED",
        "alias/awsome-keys, CUSTOMER_MANAGED",
        "arn:aws:kms:us-east-1:111122223333:alias/agents, CUSTOMER_MANAGED",
        "'', DEFAULT",
        "'   ', DEFAULT",
        "not-a-key, UNKNOWN",
        "'{{resolve:ssm:/key}}', UNKNOWN",
    })
    void classifiesLiterals(String text, KeyClass expected) {
        ScalarNode node = ScalarNode.ofString(AT, text == null ? "" : text);
        assertEquals(expected, KeyClassifier.classify(EMPTY, Optional.of(node), AT).keyClass());
    }

    @ParameterizedTest
    @CsvSource({"true, DEFAULT", "false, UNKNOWN"})
    void absentAndNullAreTheAwsOwnedDefault(boolean absent, KeyClass expected) {
        Optional<Node> value = absent ? Optional.empty() : Optional.of(new UnknownNode(AT, "an input"));
        assertEquals(expected, KeyClassifier.classify(EMPTY, value, AT).keyClass());
        assertEquals(KeyClass.DEFAULT, KeyClassifier.classify(EMPTY, Optional.of(ScalarNode.ofNull(AT)), AT).keyClass());
    }
}
