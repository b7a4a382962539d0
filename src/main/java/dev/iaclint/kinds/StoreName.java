package dev.iaclint.kinds;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data store a literal names: which kinds of store it can be, by which name, and for a store
 * inside another (an S3 vector index in its vector bucket) the container's name. An ARN that
 * names a store by an identifier AWS assigns at creation (an OpenSearch Serverless collection,
 * a Neptune Analytics graph) names no store of the code: nothing in it can match.
 *
 * @param kinds     the kinds of store the literal can name
 * @param name      the store's name, as its own name field writes it
 * @param container the name of the store it is inside, when it is inside one
 * @param anyCase   whether AWS keeps the name in lowercase, so that it matches in any case
 */
record StoreName(Set<String> kinds, String name, Optional<String> container, boolean anyCase) {

    private static final String ARN = "^arn:[^:]+:";
    private static final List<Form> FORMS = List.of(
            new Form("logs.log-group", Pattern.compile(ARN + "logs:[^:]*:[^:]*:log-group:(.+?)(?::\\*)?$"), false),
            new Form("s3.bucket", Pattern.compile(ARN + "s3:::([^/]+)(?:/.*)?$"), false),
            new Form("s3.bucket", Pattern.compile("^s3://([^/]+)(?:/.*)?$"), false),
            // Cluster identifiers are stored in lowercase, whatever case the code writes.
            new Form("rds.cluster", Pattern.compile(ARN + "rds:[^:]*:[^:]*:cluster:([^:/]+)$"), true),
            new Form("opensearch.domain", Pattern.compile(ARN + "es:[^:]*:[^:]*:domain/([^/]+)$"), false),
            new Form("s3vectors.index", Pattern.compile(ARN + "s3vectors:[^:]*:[^:]*:bucket/([^/]+)/index/([^/]+)$"), false),
            new Form("s3vectors.bucket", Pattern.compile(ARN + "s3vectors:[^:]*:[^:]*:bucket/([^/]+)$"), false));

    /** A plain name (no ARN, no URI) is how buckets and log groups are named. */
    private static final Set<String> BY_PLAIN_NAME = Set.of("s3.bucket", "logs.log-group");

    private record Form(String kind, Pattern pattern, boolean anyCase) {
    }

    static StoreName of(String text) {
        String written = text.strip();
        for (Form form : FORMS) {
            Matcher match = form.pattern().matcher(written);
            if (match.matches()) {
                return match.groupCount() == 2
                        ? new StoreName(Set.of(form.kind()), match.group(2), Optional.of(match.group(1)), form.anyCase())
                        : new StoreName(Set.of(form.kind()), match.group(1), Optional.empty(), form.anyCase());
            }
        }
        if (written.startsWith("arn:")) {
            return new StoreName(Set.of(), written, Optional.empty(), false);
        }
        return new StoreName(BY_PLAIN_NAME, written, Optional.empty(), false);
    }

    /** Whether a store of {@code kind} whose name field is {@code storeName} is the one named. */
    boolean names(String kind, String storeName) {
        return kinds.contains(kind) && (anyCase ? name.equalsIgnoreCase(storeName) : name.equals(storeName));
    }
}
