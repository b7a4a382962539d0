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

    private static final Pattern ACCOUNT_ROOT = Pattern.compile(
            "(\\d{12}|[\\x00]|arn:[^:]*:iam::(\\d{12}|[\\x00]):root)");

    /** Anyone: {@code "*"} or {@code {"AWS": "*"}}. */
    public boolean isAnyone() {
        return type.equals("*") || type.equals("AWS") && value.equals("*");
    }

    /** An account as a whole ({@code 111122223333} or {@code arn:aws:iam::111122223333:root}): it delegates to IAM. */
    public boolean isAccountRoot() {
        return type.equals("AWS") && ACCOUNT_ROOT.matcher(value).matches() && !value.equals(String.valueOf(UNKNOWN_PART));
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
