package dev.iaclint.kinds;

import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How AWS encrypts each kind of data store, read from the store's canonical fields as AWS reads
 * its settings: what a store that names no key gets (a key AWS owns, or an AWS-managed alias), and
 * what a store restored from elsewhere or inheriting a container's setting takes.
 */
final class StoreEncryption {

    static final String BUCKET = "s3.bucket";
    static final String VECTOR_BUCKET = "s3vectors.bucket";
    static final String VECTOR_INDEX = "s3vectors.index";
    private static final String BUCKET_ENCRYPTION = "s3.bucket-encryption";
    private static final String LOG_GROUP = "logs.log-group";
    private static final String COLLECTION = "opensearch.collection";
    private static final String DOMAIN = "opensearch.domain";
    private static final String CLUSTER = "rds.cluster";
    private static final String GRAPH = "neptune.graph";

    /** The kinds of store whose key can be read. */
    static final Set<String> STORES = Set.of(BUCKET, LOG_GROUP, COLLECTION, DOMAIN, CLUSTER, VECTOR_BUCKET,
            VECTOR_INDEX, GRAPH);

    private final Unit unit;
    private final FieldAccess fields;

    StoreEncryption(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
    }

    /** The key that encrypts {@code store}, one of {@link #STORES}. */
    KeyReference of(Resource store) {
        return switch (store.kind()) {
            case BUCKET -> bucket(store);
            case LOG_GROUP -> keyOrOwned(store, "the key CloudWatch Logs owns (no key is named)");
            case GRAPH -> keyOrOwned(store, "a key Neptune Analytics owns (no key is named)");
            case CLUSTER -> cluster(store);
            case DOMAIN -> keyIfEnabled(store, "aws/es", "no key at all (encryption at rest is not on)");
            case VECTOR_BUCKET -> vectorBucket(store);
            case VECTOR_INDEX -> vectorIndex(store);
            case COLLECTION -> new CollectionEncryption(unit, fields).of(store);
            default -> throw new IllegalArgumentException(store.kind() + " is not a data store");
        };
    }

    /**
     * A bucket's default encryption: from an {@code aws_s3_bucket_server_side_encryption_configuration}
     * of the unit that names it, or else its own. No configuration is SSE-S3, which S3 applies to
     * every new bucket; SSE-KMS without a key is the AWS-managed {@code aws/s3}.
     */
    private KeyReference bucket(Resource bucket) {
        Resource configured = unit.resources().stream()
                .filter(r -> BUCKET_ENCRYPTION.equals(r.kind()))
                .filter(r -> namesBucket(r, bucket))
                .findFirst().orElse(bucket);
        return serverSide(configured,
                KeyReference.of(KeyClass.DEFAULT, "SSE-S3, a key AWS owns (no default encryption is configured)",
                        configured.location()),
                at -> KeyReference.of(KeyClass.AWS_MANAGED, "the AWS-managed key aws/s3 (SSE-KMS without a key)", at));
    }

    private boolean namesBucket(Resource configuration, Resource bucket) {
        if (fields.referencedResource(unit, configuration, "bucket").filter(bucket::equals).isPresent()) {
            return true;
        }
        Optional<String> named = fields.literal(unit, configuration, "bucket");
        return named.isPresent() && named.equals(fields.literal(unit, bucket, "name"));
    }

    /** S3 Vectors encrypts with SSE-S3 unless told otherwise, and takes SSE-KMS only with a customer key's ARN. */
    private KeyReference vectorBucket(Resource bucket) {
        return serverSide(bucket,
                KeyReference.of(KeyClass.DEFAULT, "SSE-S3, a key AWS owns (no encryption configuration)", bucket.location()),
                at -> KeyReference.of(KeyClass.UNKNOWN, "SSE-KMS without the key ARN S3 Vectors requires", at));
    }

    /** An index without an encryption configuration of its own takes its vector bucket's. */
    private KeyReference vectorIndex(Resource index) {
        if (fields.find(unit, index, "encryptionAlgorithm").isPresent()) {
            return vectorBucket(index);
        }
        Optional<Resource> bucket = vectorBucketOf(index);
        if (bucket.isEmpty()) {
            return KeyReference.of(KeyClass.UNKNOWN, "the encryption of its vector bucket, which is not in "
                    + unit.name(), index.location());
        }
        KeyReference inherited = vectorBucket(bucket.get());
        return new KeyReference(inherited.keyClass(), inherited.description() + ", its vector bucket "
                + bucket.get().address() + "'s", inherited.location(), inherited.keyResource());
    }

    /** The vector bucket of the unit an index is in: by reference, by name, or by ARN. */
    Optional<Resource> vectorBucketOf(Resource index) {
        for (String field : List.of("bucket", "bucketArn")) {
            Optional<Resource> referenced = fields.referencedResource(unit, index, field);
            if (referenced.isPresent()) {
                return referenced.filter(r -> VECTOR_BUCKET.equals(r.kind()));
            }
            Optional<String> named = fields.literal(unit, index, field).map(text -> "bucketArn".equals(field)
                    ? StoreName.of(text).name() : text);
            if (named.isPresent()) {
                return unit.resources().stream().filter(r -> VECTOR_BUCKET.equals(r.kind()))
                        .filter(r -> fields.literal(unit, r, "name").equals(named)).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * A server-side encryption setting (S3, S3 Vectors): an algorithm and, for SSE-KMS, a key.
     *
     * @param none          what no setting means
     * @param kmsWithoutKey what SSE-KMS without a key means, pointing at the algorithm
     */
    private KeyReference serverSide(Resource configured, KeyReference none, Function<Location, KeyReference> kmsWithoutKey) {
        Optional<Field> algorithm = fields.find(unit, configured, "encryptionAlgorithm");
        if (algorithm.isEmpty()) {
            return none;
        }
        Node value = unit.resolve(algorithm.get().value());
        String text = value instanceof ScalarNode scalar && scalar.text() != null ? scalar.text() : null;
        if (text == null) {
            return KeyReference.of(KeyClass.UNKNOWN, "an algorithm known only at deployment", value.location());
        }
        if (!text.toLowerCase(Locale.ROOT).startsWith("aws:kms")) {
            return KeyReference.of(KeyClass.DEFAULT, "SSE-S3 (" + text + "), a key AWS owns", value.location());
        }
        Optional<Field> key = fields.find(unit, configured, "storeKey");
        if (key.isEmpty()) {
            return kmsWithoutKey.apply(value.location());
        }
        return KeyClassifier.classify(unit, key.map(Field::value), configured.location());
    }

    /** A store that encrypts with a key its service owns unless it names one. */
    private KeyReference keyOrOwned(Resource store, String owned) {
        Optional<Field> key = fields.find(unit, store, "storeKey");
        if (key.isEmpty()) {
            return KeyReference.of(KeyClass.DEFAULT, owned, store.location());
        }
        return KeyClassifier.classify(unit, key.map(Field::value), store.location());
    }

    /**
     * An Aurora cluster restored from a snapshot or another cluster, or made a read replica, takes
     * their encryption unless it names a key; otherwise encryption is a switch.
     */
    private KeyReference cluster(Resource cluster) {
        if (fields.find(unit, cluster, "storeKey").isEmpty()) {
            for (String source : List.of("snapshot", "sourceCluster", "replicationSource")) {
                Optional<Field> from = fields.find(unit, cluster, source);
                if (from.isPresent()) {
                    return KeyReference.of(KeyClass.UNKNOWN, "the key of "
                            + StoreKeys.describe(unit.resolve(from.get().value()), "a source known only at deployment")
                            + ", which it is made from", from.get().keyLocation());
                }
            }
        }
        return keyIfEnabled(cluster, "aws/rds", "a key AWS owns, or none before 18 February 2026 (storage encryption"
                + " is not on)");
    }

    /**
     * A store whose encryption at rest is switched on, with a key or else the service's AWS-managed alias.
     *
     * @param off what the store has when encryption is not switched on
     */
    private KeyReference keyIfEnabled(Resource store, String alias, String off) {
        Optional<Field> key = fields.find(unit, store, "storeKey");
        if (key.isPresent()) {
            return KeyClassifier.classify(unit, key.map(Field::value), store.location());
        }
        Optional<Field> enabled = fields.find(unit, store, "encrypted");
        if (enabled.isEmpty()) {
            return KeyReference.of(KeyClass.DEFAULT, off, store.location());
        }
        Node value = unit.resolve(enabled.get().value());
        if (!(value instanceof ScalarNode scalar) || scalar.text() == null) {
            return KeyReference.of(KeyClass.UNKNOWN, "an encryption setting known only at deployment", value.location());
        }
        return "true".equalsIgnoreCase(scalar.text().strip())
                ? KeyReference.of(KeyClass.AWS_MANAGED, "the AWS-managed key " + alias + " (encrypted without a key)",
                        value.location())
                : KeyReference.of(KeyClass.DEFAULT, off, value.location());
    }

}
