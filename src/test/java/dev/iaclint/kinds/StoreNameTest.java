package dev.iaclint.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreNameTest {

    @Test
    void aBucketIsNamedByItsNameItsArnOrAnS3Uri() {
        assertEquals("docs", StoreName.of("docs").name());
        assertEquals("docs", StoreName.of("arn:aws:s3:::docs").name());
        assertEquals("docs", StoreName.of("arn:aws-us-gov:s3:::docs/prefix/").name());
        assertEquals("docs", StoreName.of("s3://docs/train/data.jsonl").name());
        assertEquals("docs", StoreName.of("s3://docs").name());
        assertTrue(StoreName.of("s3://docs").names("s3.bucket", "docs"));
        assertFalse(StoreName.of("s3://docs").names("logs.log-group", "docs"));
    }

    @Test
    void aLogGroupKeepsTheSlashesOfItsName() {
        assertEquals("/bedrock/invocations", StoreName.of("/bedrock/invocations").name());
        assertEquals("/bedrock/invocations",
                StoreName.of("arn:aws:logs:us-east-1:111122223333:log-group:/bedrock/invocations:*").name());
        assertEquals("/bedrock/invocations",
                StoreName.of("arn:aws:logs:us-east-1:111122223333:log-group:/bedrock/invocations").name());
    }

    @Test
    void vectorStoresAreNamedByTheirArns() {
        StoreName cluster = StoreName.of("arn:aws:rds:us-east-1:111122223333:cluster:vectors");
        assertEquals(Set.of("rds.cluster"), cluster.kinds());
        assertTrue(cluster.names("rds.cluster", "Vectors"), "AWS keeps cluster identifiers in lowercase");
        assertEquals(Set.of("opensearch.domain"), StoreName.of("arn:aws:es:us-east-1:111122223333:domain/kb").kinds());
        StoreName bucket = StoreName.of("arn:aws:s3vectors:us-east-1:111122223333:bucket/embeddings");
        assertEquals(Set.of("s3vectors.bucket"), bucket.kinds());
        assertEquals(Optional.empty(), bucket.container());
        StoreName index = StoreName.of("arn:aws:s3vectors:us-east-1:111122223333:bucket/embeddings/index/chunks");
        assertEquals(Set.of("s3vectors.index"), index.kinds());
        assertEquals("chunks", index.name());
        assertEquals(Optional.of("embeddings"), index.container());
    }

    @Test
    void anArnWithAnIdentifierAwsAssignsNamesNoStoreOfTheCode() {
        assertEquals(Set.of(), StoreName.of("arn:aws:aoss:us-east-1:111122223333:collection/142bezjddq707i5stcrf").kinds());
        assertEquals(Set.of(), StoreName.of("arn:aws:neptune-graph:us-east-1:111122223333:graph/g-abcdefghij").kinds());
    }
}
