package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/usage.md documents every command and every option: each command has a section whose
 * heading shows its synopsis (for example {@code ### `iac-lint test [OPTIONS] [DIR]`}), and that
 * section names each of the command's options in code, so an option added to the code without a
 * line in the documentation fails the build.
 */
class UsageDocTest {

    private static final Path USAGE = Path.of("docs/usage.md");

    @Test
    void everyOptionOfEveryCommandIsInItsSectionOfTheUsage() throws IOException {
        List<String> lines = Files.readAllLines(USAGE, StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        for (CommandLine command : commands(Main.commands(new ScanCommand(), new ScanCommand()))) {
            String name = command.getCommandSpec().qualifiedName();
            if (name.equals("iac-lint scan")) {
                continue; // the top command spelled out: its options are the top command's section
            }
            String section = section(lines, name);
            if (section == null) {
                undocumented.add(name + " (no section whose heading is `" + name + " [OPTIONS]...`)");
                continue;
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                for (String optionName : option.names()) {
                    if (!Pattern.compile("`" + Pattern.quote(optionName) + "[ `]").matcher(section).find()) {
                        undocumented.add(name + " " + optionName);
                    }
                }
            }
        }
        assertEquals(List.of(), undocumented, "document these in " + USAGE);
    }

    @Test
    void theCheckSeesTheSubcommandsAndTheirOptions() {
        List<String> names = commands(Main.commands(new ScanCommand(), new ScanCommand())).stream()
                .map(command -> command.getCommandSpec().qualifiedName()).toList();
        assertEquals(List.of("iac-lint", "iac-lint scan", "iac-lint policies", "iac-lint explain", "iac-lint test", "iac-lint fix",
                "iac-lint kpi", "iac-lint generate-completion"), names);
        CommandSpec policies = Main.commands(new ScanCommand(), new ScanCommand()).getSubcommands().get("policies").getCommandSpec();
        assertTrue(policies.findOption("--policy-dir") != null, "options of mixins are listed too");
    }

    @Test
    void aSectionEndsAtTheNextHeadingOfItsLevel() {
        List<String> lines = List.of("## `iac-lint [OPTIONS] [PATH...]`", "`--strict`", "```", "# a comment", "```",
                "### `iac-lint test [DIR]`", "`--fixtures DIR`", "## Exit codes", "`--debug`");

        assertEquals("`--strict`\n```\n# a comment\n```\n### `iac-lint test [DIR]`\n`--fixtures DIR`\n",
                section(lines, "iac-lint"));
        assertEquals("`--fixtures DIR`\n", section(lines, "iac-lint test"));
        assertEquals(null, section(lines, "iac-lint explain"));
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }

    /**
     * The text under the heading that shows the command's synopsis: its name followed by the
     * closing backtick or by a space and an argument ({@code [}, or an upper-case label), never by
     * a subcommand's name. The section ends at the next heading of the same or a higher level.
     */
    static String section(List<String> lines, String command) {
        Pattern heading = Pattern.compile("^(#+) .*`" + Pattern.quote(command) + "(`| [\\[A-Z][^`]*`)");
        for (int i = 0; i < lines.size(); i++) {
            var match = heading.matcher(lines.get(i));
            if (match.find()) {
                int level = match.group(1).length();
                StringBuilder text = new StringBuilder();
                boolean inCode = false;  // a '#' in a fenced block is a comment, not a heading
                for (int j = i + 1; j < lines.size() && (inCode || !endsSection(lines.get(j), level)); j++) {
                    inCode ^= lines.get(j).startsWith("```");
                    text.append(lines.get(j)).append('\n');
                }
                return text.toString();
            }
        }
        return null;
    }

    private static boolean endsSection(String line, int level) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes > 0 && hashes <= level && line.length() > hashes && line.charAt(hashes) == ' ';
    }
}
