package dev.iaclint.cli;

import dev.iaclint.report.CompactRenderer;
import dev.iaclint.report.GithubRenderer;
import dev.iaclint.report.GitlabRenderer;
import dev.iaclint.report.Highlight;
import dev.iaclint.report.JUnitRenderer;
import dev.iaclint.report.JsonRenderer;
import dev.iaclint.report.Renderer;
import dev.iaclint.report.SarifRenderer;
import dev.iaclint.report.TextRenderer;
import dev.iaclint.report.html.HtmlRenderer;
import java.nio.file.Path;

/** The report formats {@code --format} accepts. */
enum OutputFormat {
    text, compact, json, sarif, junit, github, gitlab, html;

    /**
     * @param quiet     text and compact: only what fails the run, and errors
     * @param highlight text and compact: colours, for a terminal
     */
    Renderer renderer(boolean verbose, boolean quiet, Highlight highlight, String version) {
        return switch (this) {
            case text -> new TextRenderer(verbose, quiet, highlight);
            case compact -> new CompactRenderer(quiet, highlight);
            case json -> new JsonRenderer(version);
            case sarif -> new SarifRenderer(Path.of(""));
            case junit -> new JUnitRenderer();
            case github -> new GithubRenderer();
            case gitlab -> new GitlabRenderer();
            case html -> new HtmlRenderer(version);
        };
    }
}
