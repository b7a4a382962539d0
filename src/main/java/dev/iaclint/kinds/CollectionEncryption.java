package dev.iaclint.kinds;

import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.JsonDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key of an OpenSearch Serverless collection. A collection may name its key itself
 * ({@code EncryptionConfig}); otherwise OpenSearch Serverless assigns, when it creates the
 * collection, the key of the encryption security policy whose rules match its name, the more
 * specific rule winning ({@code collection/logs-special} over {@code collection/logs*}). That
 * policy's {@code KmsARN} is the key; without one, {@code AWSOwnedKey: true} is a key AWS owns.
 * A collection no encryption policy of the unit matches takes one defined elsewhere: unknown.
 */
final class CollectionEncryption {

    private static final String SECURITY_POLICY = "opensearch.security-policy";
    private static final String PREFIX = "collection/";

    private final Unit unit;
    private final FieldAccess fields;

    CollectionEncryption(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
    }

    /**
     * A rule of an encryption policy that matches the collection.
     *
     * @param specificity how closely: the length of a prefix pattern, or {@link Integer#MAX_VALUE} for the name itself
     */
    private record Match(Resource policy, MappingNode document, int specificity) {
    }

    /** A policy whose rules could not be read, and why: it might match. */
    private record Unread(Resource policy, String reason, Location location) {
    }

    KeyReference of(Resource collection) {
        Optional<KeyReference> own = ownConfiguration(collection);
        if (own.isPresent()) {
            return own.get();
        }
        Optional<String> written = fields.literal(unit, collection, "name").filter(text -> !text.isBlank());
        if (written.isEmpty()) {
            return KeyReference.of(KeyClass.UNKNOWN, "a key known only at deployment, as its name is",
                    collection.location());
        }
        String name = written.get().strip().toLowerCase(Locale.ROOT);
        Match best = null;
        Unread unread = null;
        for (Resource policy : unit.resources()) {
            if (!SECURITY_POLICY.equals(policy.kind()) || !policy.deployment().existence().deployed()) {
                continue;
            }
            try {
                Optional<Match> match = match(policy, name);
                if (match.isPresent() && (best == null || match.get().specificity() > best.specificity())) {
                    best = match.get();
                }
            } catch (UnreadableException e) {
                unread = unread == null ? new Unread(policy, e.getMessage(), e.location) : unread;
            }
        }
        if (unread != null && (best == null || best.specificity() != Integer.MAX_VALUE)) {
            return KeyReference.of(KeyClass.UNKNOWN, "the key of encryption policy " + unread.policy().address()
                    + " (" + unread.reason() + "), which may match it", unread.location());
        }
        if (best == null) {
            return KeyReference.of(KeyClass.UNKNOWN, "the key of an encryption policy defined elsewhere (none here"
                    + " matches '" + name + "')", collection.location());
        }
        return keyOf(best);
    }

    /** {@code EncryptionConfig}: a key, or the key AWS owns, named when the collection is created. */
    private Optional<KeyReference> ownConfiguration(Resource collection) {
        Optional<Field> key = fields.find(unit, collection, "storeKey");
        if (key.isPresent()) {
            return Optional.of(KeyClassifier.classify(unit, key.map(Field::value), collection.location()));
        }
        return fields.find(unit, collection, "ownedKey").flatMap(owned -> ownedKey(owned.value(), "its EncryptionConfig"));
    }

    /** {@code AWSOwnedKey}: true is a key AWS owns; false names no key (empty). */
    private Optional<KeyReference> ownedKey(Node value, String where) {
        Node resolved = unit.resolve(value);
        if (!(resolved instanceof ScalarNode scalar) || scalar.text() == null) {
            return Optional.of(KeyReference.of(KeyClass.UNKNOWN, "AWSOwnedKey known only at deployment (" + where + ")",
                    resolved.location()));
        }
        return "true".equalsIgnoreCase(scalar.text().strip())
                ? Optional.of(KeyReference.of(KeyClass.DEFAULT, "a key AWS owns (AWSOwnedKey of " + where + ")",
                        resolved.location()))
                : Optional.empty();
    }

    private KeyReference keyOf(Match match) {
        String where = "encryption policy " + match.policy().address();
        Optional<Node> kmsArn = match.document().get("KmsARN");
        if (kmsArn.isPresent()) {
            KeyReference key = KeyClassifier.classify(unit, kmsArn, match.policy().location());
            return new KeyReference(key.keyClass(), key.description() + " (KmsARN of " + where + ")", key.location(),
                    key.keyResource());
        }
        return match.document().get("AWSOwnedKey").flatMap(value -> ownedKey(value, where))
                .orElseGet(() -> KeyReference.of(KeyClass.UNKNOWN, "no key: " + where
                        + " has neither KmsARN nor AWSOwnedKey true, which AWS rejects", match.policy().location()));
    }

    /** The most specific rule of {@code policy} that matches the collection {@code name}, if it is an encryption policy. */
    private Optional<Match> match(Resource policy, String name) throws UnreadableException {
        String type = text(fields.find(unit, policy, "policyType").map(Field::value).orElse(null), "its type",
                policy.location());
        if (!"encryption".equalsIgnoreCase(type)) {
            return Optional.empty();
        }
        Node documentNode = fields.find(unit, policy, "document").map(Field::value)
                .orElseThrow(() -> new UnreadableException("without a document", policy.location()));
        JsonDocument read = JsonDocument.read(unit, documentNode, "security policy document");
        if (read instanceof JsonDocument.Unknown unknown) {
            throw new UnreadableException(unknown.reason(), unknown.location());
        }
        MappingNode document = ((JsonDocument.Known) read).object();
        int best = -1;
        for (Node rule : items(document.get("Rules").orElse(null), "its rules", document.location())) {
            if (!(unit.resolve(rule) instanceof MappingNode mapping)) {
                throw new UnreadableException("a rule computed at deployment", rule.location());
            }
            String resourceType = text(mapping.get("ResourceType").orElse(null), "a rule's ResourceType", mapping.location());
            if (!"collection".equalsIgnoreCase(resourceType)) {
                continue;
            }
            for (Node resource : items(mapping.get("Resource").orElse(null), "a rule's resources", mapping.location())) {
                best = Math.max(best, specificity(text(resource, "a rule's resource", mapping.location()), name));
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Match(policy, document, best));
    }

    /** How closely {@code collection/PATTERN} matches {@code name}: -1 not at all. */
    private static int specificity(String resource, String name) {
        String lower = resource.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith(PREFIX)) {
            return -1;
        }
        String pattern = lower.substring(PREFIX.length());
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return name.startsWith(prefix) ? prefix.length() : -1;
        }
        return pattern.equals(name) ? Integer.MAX_VALUE : -1;
    }

    private List<Node> items(Node node, String what, Location at) throws UnreadableException {
        if (node == null) {
            return List.of();
        }
        Node resolved = unit.resolve(node);
        if (resolved instanceof SequenceNode list) {
            return list.items();
        }
        if (resolved instanceof MappingNode || resolved instanceof ScalarNode) {
            return List.of(resolved);
        }
        throw new UnreadableException(what + " computed at deployment", at);
    }

    private String text(Node node, String what, Location at) throws UnreadableException {
        Node resolved = node == null ? null : unit.resolve(node);
        if (resolved instanceof ScalarNode scalar && scalar.text() != null) {
            return scalar.text();
        }
        throw new UnreadableException(what + (node == null ? " missing" : " computed at deployment"),
                resolved == null ? at : resolved.location());
    }

    /** What makes a security policy unreadable here, and where. */
    private static final class UnreadableException extends Exception {

        private final transient Location location;

        UnreadableException(String reason, Location location) {
            super(reason, null, false, false);
            this.location = location;
        }
    }
}
