package dev.iaclint.terraform;

import dev.iaclint.parse.InputException;
import dev.iaclint.parse.SourceText;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.HclParser;
import dev.iaclint.terraform.syntax.JsonSyntax;
import java.nio.file.Path;
import java.util.List;

/** One file of a module folder: its name as reported, its syntax (null when unreadable) and lines. */
record ParsedFile(String display, Body body, List<String> lines) {

    /**
     * A file read and parsed, native or JSON syntax by its name.
     *
     * @param variables it holds variable values ({@code .tfvars}), not a module's configuration
     * @throws InputException when it cannot be read or parsed
     */
    static ParsedFile read(Path path, String display, boolean variables) {
        String text = SourceText.read(path, display);
        Body body = !display.endsWith(TerraformLoader.JSON) ? HclParser.parse(display, text)
                : variables ? JsonSyntax.variables(display, text) : JsonSyntax.configuration(display, text);
        return new ParsedFile(display, body, text.lines().toList());
    }
}
