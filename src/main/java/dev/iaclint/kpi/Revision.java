package dev.iaclint.kpi;

import java.time.Instant;

/**
 * One commit of the history: its id, when it was committed, and the first line of its message.
 *
 * @param root whether it has no parent, so what it holds was introduced by it
 */
public record Revision(String id, Instant time, String subject, boolean root) {

    public String shortId() {
        return id.substring(0, Math.min(10, id.length()));
    }
}
