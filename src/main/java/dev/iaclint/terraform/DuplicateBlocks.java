package dev.iaclint.terraform;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.terraform.syntax.Body;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two blocks of a module that declare the same thing (resource type and name, data source, module
 * call, variable, output), in one file or two: Terraform rejects the configuration, and so do we,
 * naming both places. Override files are merged before this, so what they redeclare is no duplicate.
 */
final class DuplicateBlocks {

    private static final Set<String> UNIQUE = Set.of("resource", "data", "module", "variable", "output");

    private DuplicateBlocks() {
    }

    static List<InputException> find(List<ParsedFile> files) {
        Map<List<String>, Location> first = new HashMap<>();
        List<InputException> duplicates = new ArrayList<>();
        for (ParsedFile file : files) {
            if (file.body() == null) {
                continue;
            }
            for (Body.Block block : file.body().blocks()) {
                if (!UNIQUE.contains(block.type())) {
                    continue;
                }
                List<String> key = new ArrayList<>(List.of(block.type()));
                key.addAll(block.labels());
                Location earlier = first.putIfAbsent(key, block.span());
                if (earlier != null) {
                    duplicates.add(new InputException(block.span(), name(block) + " is declared twice, at "
                            + earlier.file() + ":" + earlier.line() + " and at " + block.span().file() + ":"
                            + block.span().line() + "; Terraform rejects a module that declares it more than once"));
                }
            }
        }
        return duplicates;
    }

    /** As Terraform addresses it: {@code aws_kms_key.k}, {@code data.aws_iam_policy_document.p}, {@code module.m}. */
    private static String name(Body.Block block) {
        String labels = String.join(".", block.labels());
        return switch (block.type()) {
            case "resource" -> "resource " + labels;
            case "data" -> "data source data." + labels;
            case "module" -> "module call module." + labels;
            default -> block.type() + " " + labels;
        };
    }
}
