package dev.iaclint.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoreKeysTest {

    @Test
    void aBucketIsNamedByItsNameItsArnOrAnS3Uri() {
        assertEquals("docs", StoreKeys.storeName("docs"));
        assertEquals("docs", StoreKeys.storeName("arn:aws:s3:::docs"));
        assertEquals("docs", StoreKeys.storeName("arn:aws-us-gov:s3:::docs/prefix/"));
        assertEquals("docs", StoreKeys.storeName("s3://docs/train/data.jsonl"));
        assertEquals("docs", StoreKeys.storeName("s3://docs"));
    }

    @Test
    void aLogGroupKeepsTheSlashesOfItsName() {
        assertEquals("/bedrock/invocations", StoreKeys.storeName("/bedrock/invocations"));
        assertEquals("/bedrock/invocations",
                StoreKeys.storeName("arn:aws:logs:us-east-1:111122223333:log-group:/bedrock/invocations:*"));
        assertEquals("/bedrock/invocations",
                StoreKeys.storeName("arn:aws:logs:us-east-1:111122223333:log-group:/bedrock/invocations"));
    }
}
