package dev.iaclint.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keys of every kind are one kind; what their type alone decides is a fact of the table. */
class KindFactsTest {

    private final KindTable kinds = KindTable.builtIn();

    @Test
    void replicaAndExternalKeysAreKmsKeys() {
        for (String type : new String[] {"AWS::KMS::ReplicaKey", "aws_kms_external_key", "aws_kms_replica_key",
                "aws_kms_replica_external_key", "awscc_kms_replica_key"}) {
            assertEquals("kms.key", kinds.forNativeType(type).orElseThrow().id(), type);
        }
    }

    @Test
    void aReplicaIsAlwaysMultiRegionAndImportedMaterialIsExternal() {
        Kind key = kinds.kind("kms.key").orElseThrow();
        assertEquals(Optional.of(true), key.fact("aws_kms_replica_key", "multiRegion"));
        assertEquals(Optional.of(true), key.fact("AWS::KMS::ReplicaKey", "replica"));
        assertEquals(Optional.of("EXTERNAL"), key.fact("aws_kms_external_key", "origin"));
        assertEquals(Optional.of("EXTERNAL"), key.fact("aws_kms_replica_external_key", "origin"));
        // An external key says itself whether it is Multi-Region; a key KMS generates has no facts.
        assertEquals(Optional.of("multi_region"), key.path("aws_kms_external_key", "multiRegion"));
        assertEquals(Optional.empty(), key.fact("aws_kms_key", "multiRegion"));
        assertTrue(key.fields().contains("replica"));
    }
}
