package dev.iaclint.model;

import java.util.Locale;
import java.util.Optional;

/** How much a failing policy matters, lowest first. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
