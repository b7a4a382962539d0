package dev.iaclint.cli;

import dev.iaclint.report.JsonRenderer;
import dev.iaclint.report.Renderer;
import dev.iaclint.report.TextRenderer;

/** The report formats {@code --format} accepts. */
enum OutputFormat {
    text, json;

    Renderer renderer(boolean verbose, String version) {
        return switch (this) {
            case text -> new TextRenderer(verbose);
            case json -> new JsonRenderer(version);
        };
    }
}
