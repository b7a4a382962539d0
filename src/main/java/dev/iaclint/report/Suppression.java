package dev.iaclint.report;

import dev.iaclint.model.Location;

/**
 * Why a finding is not held against the run.
 *
 * @param kind     {@code inline} (a comment), {@code metadata} (CloudFormation resource Metadata),
 *                 {@code config} (the configuration file) or {@code baseline}
 * @param reason   the justification its author wrote
 * @param location where the suppression is written
 */
public record Suppression(String kind, String reason, Location location) {
}
