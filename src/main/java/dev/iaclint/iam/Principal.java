package dev.iaclint.iam;

import dev.iaclint.model.Location;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One principal of a statement: its type ({@code AWS}, {@code Service}, {@code Federated},
 * {@code CanonicalUser}, or {@code *} for {@code "Principal": "*"}) and its value. A value that
 * is only partly known keeps its literal skeleton, each unknown part written as {@link #UNKNOWN_PART};
 * a reference to a resource (a role of the template) is written as the reference, and
 * {@code resource} is that resource's address (null otherwise).
 */
public record Principal(String type, String value, String resource, Location location) {

    /** Stands for a part of the value that is not known before deployment. */
    public static final char UNKNOWN_PART = '\u0000';

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    /** {@code arn:partition:service:region:account:resource}, the resource not empty. */
    private static final Pattern ARN = Pattern.compile("arn:[^:]+:[^:]+:[^:]*:[^:]*:.+");
    /** A service principal is a DNS name: {@code bedrock.amazonaws.com}, {@code logs.eu-west-1.amazonaws.com}. */
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACCOUNT_ROOT = Pattern.compile(
            "(\\d{12}|[\\x00]|arn:[^:]*:iam::(\\d{12}|[\\x00]):root)");

    /**
     * Whether a literal value can be a principal of its type: an {@code AWS} principal is an
     * account id, an ARN or {@code *}; a {@code Service} principal a service's DNS name. Other
     * types (Federated, CanonicalUser) are not judged here.
     */
    static boolean wellFormed(String type, String value) {
        return switch (type) {
            case "AWS" -> value.equals("*") || ACCOUNT_ID.matcher(value).matches() || ARN.matcher(value).matches();
            case "Service" -> value.equals("*") || SERVICE.matcher(value).matches();
            default -> true;
        };
    }

    /** Anyone: {@code "*"} or {@code {"AWS": "*"}}. */
    public boolean isAnyone() {
        return type.equals("*") || type.equals("AWS") && value.equals("*");
    }

    /** An account as a whole ({@code 111122223333} or {@code arn:aws:iam::111122223333:root}): it delegates to IAM. */
    public boolean isAccountRoot() {
        return type.equals("AWS") && ACCOUNT_ROOT.matcher(value).matches() && !value.equals(String.valueOf(UNKNOWN_PART));
    }

    /**
     * Whether the value names one identity though parts of it may be unknown: an ARN whose
     * partition, Region or account alone is unknown ({@code arn:${AWS::Partition}:iam::${AWS::AccountId}:role/app})
     * still names the role {@code app} of the deployment's account. An unknown resource part
     * ({@code :${KeyManager}}, {@code :role/${name}}) may name any principal, the account root included.
     */
    public boolean identityKnown() {
        if (value.indexOf(UNKNOWN_PART) < 0) {
            return true;
        }
        String[] parts = value.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && parts[2].indexOf(UNKNOWN_PART) < 0
                && parts[5].indexOf(UNKNOWN_PART) < 0;
    }

    /**
     * Whether this and {@code other}, one of them partly unknown, may be the same principal: their
     * types agree, and so do the literal text before the first unknown part and after the last.
     * A reference to a resource of the unit is a value not known here, so it may be anyone.
     */
    boolean maySameAs(Principal other) {
        if (!type.equalsIgnoreCase(other.type)) {
            return false;
        }
        if (resource != null || other.resource != null) {
            return true;
        }
        return agree(head(value), head(other.value), true) && agree(tail(value), tail(other.value), false);
    }

    private static String head(String value) {
        int unknown = value.indexOf(UNKNOWN_PART);
        return unknown < 0 ? value : value.substring(0, unknown);
    }

    private static String tail(String value) {
        return value.substring(value.lastIndexOf(UNKNOWN_PART) + 1);
    }

    /** Two literal ends agree when the shorter is where the longer begins (or ends). */
    private static boolean agree(String a, String b, boolean heads) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return heads ? longer.startsWith(shorter) : longer.endsWith(shorter);
    }

    public boolean isService() {
        return type.equals("Service");
    }

    /** How a message names it: unknown parts shown as {@code *}. */
    public String display() {
        return type.equals("*") ? "*" : type + " " + value.replace(UNKNOWN_PART, '*');
    }

    /** Identity for comparing principals across statements. */
    String key() {
        return type.toLowerCase(Locale.ROOT) + ":" + value;
    }
}
