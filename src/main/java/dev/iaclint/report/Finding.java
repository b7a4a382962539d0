package dev.iaclint.report;

import dev.iaclint.model.Location;
import dev.iaclint.policy.Severity;

/**
 * One policy outcome worth reporting on one resource.
 *
 * @param resource     the resource's address
 * @param resourceType its native type
 */
public record Finding(String ruleId, String title, Severity severity, Status status, String resource,
                      String resourceType, Location location, String message, String remediation) {
}
