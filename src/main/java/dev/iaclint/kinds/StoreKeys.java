package dev.iaclint.kinds;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import java.util.Locale;
import java.util.Optional;

/**
 * The key that encrypts a data store a Bedrock resource names (a bucket it reads from or writes
 * to, a log group it writes to), classified like any key. The store must be a resource of the
 * unit: one outside it (a literal name or ARN no resource of the unit has) is unknown, since its
 * encryption is decided elsewhere.
 */
public final class StoreKeys {

    private static final String BUCKET = "s3.bucket";
    private static final String BUCKET_ENCRYPTION = "s3.bucket-encryption";
    private static final String LOG_GROUP = "logs.log-group";

    private final Unit unit;
    private final FieldAccess fields;

    public StoreKeys(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
    }

    /** The key of the store that {@code value} (a name, ARN or {@code s3://} URI, or a reference) names. */
    public KeyReference of(Node value) {
        Node resolved = unit.resolve(value);
        if (resolved instanceof UnknownNode unknown) {
            return KeyReference.of(KeyClass.UNKNOWN, "a store named by " + unknown.reason(), value.location());
        }
        Optional<Resource> store = referencedStore(resolved).or(() -> storeNamed(resolved));
        if (store.isEmpty() && resolved instanceof ExpressionNode expression) {
            String reason = expression.arguments().stream().map(unit::resolve).filter(UnknownNode.class::isInstance)
                    .map(n -> ((UnknownNode) n).reason()).findFirst().orElse("a value computed at deployment");
            return KeyReference.of(KeyClass.UNKNOWN, "a store named by " + reason, value.location());
        }
        if (store.isEmpty()) {
            return KeyReference.of(KeyClass.UNKNOWN, describe(resolved) + ", which is not a bucket or log group of "
                    + unit.name() + ": its encryption is decided elsewhere", value.location());
        }
        Resource resource = store.get();
        KeyReference key = BUCKET.equals(resource.kind()) ? bucketKey(resource) : logGroupKey(resource);
        // The finding belongs to the resource that names the store: point there, and say which store.
        return new KeyReference(key.keyClass(), kindTitle(resource) + " " + resource.address() + " encrypted with "
                + key.description(), value.location(), key.keyResource());
    }

    /** A reference to a store resource, or an interpolation with one inside ({@code s3://${aws_s3_bucket.b.id}/data}). */
    private Optional<Resource> referencedStore(Node node) {
        if (node instanceof ReferenceNode reference) {
            return unit.referencedResource(reference).filter(StoreKeys::isStore);
        }
        if (node instanceof ExpressionNode expression && ExpressionNode.TEMPLATE.equals(expression.function())) {
            for (Node part : expression.arguments()) {
                Optional<Resource> store = referencedStore(unit.resolve(part));
                if (store.isPresent()) {
                    return store;
                }
            }
        }
        return Optional.empty();
    }

    /** A literal name, bucket ARN or {@code s3://} URI that a store of the unit is named by. */
    private Optional<Resource> storeNamed(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.text() == null) {
            return Optional.empty();
        }
        String name = storeName(scalar.text());
        return unit.resources().stream().filter(StoreKeys::isStore)
                .filter(r -> fields.find(unit, r, "name").map(f -> unit.resolve(f.value()))
                        .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text())
                        .filter(name::equals).isPresent())
                .findFirst();
    }

    /**
     * {@code arn:aws:s3:::docs}, {@code s3://docs/train/} and {@code docs} all name the bucket
     * {@code docs}; {@code arn:aws:logs:...:log-group:/bedrock/x:*} names the log group {@code /bedrock/x}.
     */
    static String storeName(String text) {
        String name = text.strip();
        if (name.startsWith("arn:") && name.contains(":log-group:")) {
            name = name.substring(name.indexOf(":log-group:") + ":log-group:".length());
            return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
        }
        if (name.startsWith("s3://")) {
            name = name.substring("s3://".length());
        } else if (name.startsWith("arn:") && name.contains(":s3:::")) {
            name = name.substring(name.indexOf(":s3:::") + ":s3:::".length());
        } else {
            return name;
        }
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    /**
     * A bucket's default encryption: from an {@code aws_s3_bucket_server_side_encryption_configuration}
     * of the unit that names it, or else its own. No configuration is SSE-S3, which S3 applies to
     * every new bucket; SSE-KMS without a key is the AWS-managed {@code aws/s3}.
     */
    private KeyReference bucketKey(Resource bucket) {
        Resource configured = unit.resources().stream()
                .filter(r -> BUCKET_ENCRYPTION.equals(r.kind()))
                .filter(r -> namesBucket(r, bucket))
                .findFirst().orElse(bucket);
        Optional<Field> algorithm = fields.find(unit, configured, "encryptionAlgorithm");
        if (algorithm.isEmpty()) {
            return KeyReference.of(KeyClass.DEFAULT, "SSE-S3, a key AWS owns (no default encryption is configured)",
                    configured.location());
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
            return KeyReference.of(KeyClass.AWS_MANAGED, "the AWS-managed key aws/s3 (" + text + " without a key)",
                    value.location());
        }
        return KeyClassifier.classify(unit, key.map(Field::value), configured.location());
    }

    private boolean namesBucket(Resource configuration, Resource bucket) {
        if (fields.referencedResource(unit, configuration, "bucket").filter(bucket::equals).isPresent()) {
            return true;
        }
        Optional<String> named = literal(configuration, "bucket");
        return named.isPresent() && named.equals(literal(bucket, "name"));
    }

    private Optional<String> literal(Resource resource, String field) {
        return fields.find(unit, resource, field).map(f -> unit.resolve(f.value()))
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }

    /** A log group without a key is encrypted by CloudWatch Logs with a key AWS owns. */
    private KeyReference logGroupKey(Resource logGroup) {
        Optional<Field> key = fields.find(unit, logGroup, "storeKey");
        if (key.isEmpty()) {
            return KeyReference.of(KeyClass.DEFAULT, "the key CloudWatch Logs owns (no key is named)", logGroup.location());
        }
        return KeyClassifier.classify(unit, key.map(Field::value), logGroup.location());
    }

    private static boolean isStore(Resource resource) {
        return BUCKET.equals(resource.kind()) || LOG_GROUP.equals(resource.kind());
    }

    private static String kindTitle(Resource resource) {
        return BUCKET.equals(resource.kind()) ? "bucket" : "log group";
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar && scalar.text() != null) {
            return "'" + scalar.text() + "'";
        }
        if (node instanceof ReferenceNode reference) {
            return "'" + reference.display() + "'";
        }
        return "a value that names no resource";
    }
}
