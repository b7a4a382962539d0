package dev.iaclint.cli;

import dev.iaclint.report.GithubRenderer;
import dev.iaclint.report.GitlabRenderer;
import dev.iaclint.report.JUnitRenderer;
import dev.iaclint.report.JsonRenderer;
import dev.iaclint.report.Renderer;
import dev.iaclint.report.SarifRenderer;
import dev.iaclint.report.TextRenderer;
import dev.iaclint.report.html.HtmlRenderer;
import java.nio.file.Path;

/** The report formats {@code --format} accepts. */
enum OutputFormat {
    text, json, sarif, junit, github, gitlab, html;

    Renderer renderer(boolean verbose, String version) {
        return switch (this) {
            case text -> new TextRenderer(verbose);
            case json -> new JsonRenderer(version);
            case sarif -> new SarifRenderer(Path.of(""));
            case junit -> new JUnitRenderer();
            case github -> new GithubRenderer();
            case gitlab -> new GitlabRenderer();
            case html -> new HtmlRenderer(version);
        };
    }
}
