package dev.iaclint.kinds;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import java.util.List;
import java.util.Optional;

/**
 * The key that encrypts a data store a Bedrock resource names (a bucket it reads from or writes
 * to, a log group it writes to, the vector store of a knowledge base), classified like any key.
 * The store must be a resource of the unit: one outside it (a literal name or ARN no resource of
 * the unit has) is unknown, since its encryption is decided elsewhere. How each kind of store is
 * encrypted is {@link StoreEncryption}'s.
 */
public final class StoreKeys {

    private final Unit unit;
    private final FieldAccess fields;
    private final StoreEncryption encryption;

    public StoreKeys(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
        this.encryption = new StoreEncryption(unit, fields);
    }

    /** The key of the store that {@code value} (a name, ARN or {@code s3://} URI, or a reference) names. */
    public KeyReference of(Node value) {
        return of(value, Optional.empty());
    }

    /**
     * @param member the name of a store inside the one {@code value} names, when the resource names
     *               both (a knowledge base's S3 vector bucket and the index in it)
     */
    public KeyReference of(Node value, Optional<Node> member) {
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
            return KeyReference.of(KeyClass.UNKNOWN, describe(resolved, "a value") + ", which names no data store of "
                    + unit.name() + ": its encryption is decided elsewhere", value.location());
        }
        if (StoreEncryption.VECTOR_BUCKET.equals(store.get().kind()) && member.isPresent()) {
            return memberKey(store.get(), member.get(), value.location());
        }
        return keyOf(store.get(), value.location());
    }

    /** The store's key, said to be the store's and pointing at {@code at}, where the resource names it. */
    private KeyReference keyOf(Resource store, Location at) {
        KeyReference key = encryption.of(store);
        String title = fields.kind(store).map(Kind::title).orElse(store.type());
        return new KeyReference(key.keyClass(), title + " " + store.address() + " encrypted with " + key.description(),
                at, key.keyResource());
    }

    /**
     * The key of the index named {@code member} in a vector bucket: the index of the unit with that
     * name, or else the bucket's (an index made elsewhere takes it unless made with its own). A name
     * known only at deployment leaves the bucket's deciding only if no index of the unit in it has
     * an encryption of its own.
     */
    private KeyReference memberKey(Resource bucket, Node member, Location at) {
        Optional<String> name = Optional.of(unit.resolve(member)).filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text());
        List<Resource> indexes = unit.resources().stream().filter(r -> StoreEncryption.VECTOR_INDEX.equals(r.kind()))
                .filter(r -> encryption.vectorBucketOf(r).filter(bucket::equals).isPresent()).toList();
        if (name.isEmpty()) {
            boolean ownEncryption = indexes.stream()
                    .anyMatch(r -> fields.find(unit, r, "encryptionAlgorithm").isPresent());
            return ownEncryption ? KeyReference.of(KeyClass.UNKNOWN, "an index of vector bucket " + bucket.address()
                    + " named only at deployment, and not every index of it takes the bucket's encryption", at)
                    : keyOf(bucket, at);
        }
        return keyOf(indexes.stream().filter(r -> fields.literal(unit, r, "name").equals(name)).findFirst()
                .orElse(bucket), at);
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

    /** A store of the unit that a literal name, ARN or {@code s3://} URI names (see {@link StoreName}). */
    private Optional<Resource> storeNamed(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.text() == null) {
            return Optional.empty();
        }
        StoreName named = StoreName.of(scalar.text());
        return unit.resources().stream().filter(StoreKeys::isStore)
                .filter(r -> fields.literal(unit, r, "name").filter(name -> named.names(r.kind(), name)).isPresent())
                .filter(r -> named.container().isEmpty() || encryption.vectorBucketOf(r)
                        .flatMap(bucket -> fields.literal(unit, bucket, "name")).equals(named.container()))
                .findFirst();
    }

    private static boolean isStore(Resource resource) {
        return StoreEncryption.STORES.contains(resource.kind());
    }

    /** A literal or a reference, quoted, for a message; {@code otherwise} for anything else. */
    static String describe(Node node, String otherwise) {
        if (node instanceof ScalarNode scalar && scalar.text() != null) {
            return "'" + scalar.text() + "'";
        }
        if (node instanceof ReferenceNode reference) {
            return "'" + reference.display() + "'";
        }
        return otherwise;
    }
}
