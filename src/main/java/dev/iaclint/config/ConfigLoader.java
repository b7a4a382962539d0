package dev.iaclint.config;

import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.engine.suppress.PathPatterns;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Severity;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.SourceText;
import dev.iaclint.parse.TagHandler;
import dev.iaclint.parse.YamlNodeReader;
import dev.iaclint.policy.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .iac-lint.yaml}. Like {@code .cfnlintrc} and {@code .checkov.yaml}, it is
 * looked for in the scanned path's folder and then in each folder above. Every key is checked:
 * an unknown one is an error that names it.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = ".iac-lint.yaml";

    private static final Set<String> KEYS = Set.of("fail-on", "strict", "rules", "required-tags", "region", "exclude",
            "policy-dirs", "ignore");
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity");
    private static final Set<String> IGNORE_KEYS = Set.of("rule", "rules", "paths", "resources", "reason");

    private ConfigLoader() {
    }

    /** The first {@value #FILE_NAME} at or above {@code start} (a file or a folder). */
    public static Optional<Path> find(Path start) {
        Path folder = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        for (; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Config read(Path file) {
        String display = file.toString();
        String text = SourceText.read(file, display);
        Optional<Node> root = YamlNodeReader.read(display, text, TagHandler.NONE);
        if (root.isEmpty()) {
            return new Config(Optional.of(file), Optional.empty(), false, Set.of(), Map.of(), Map.of(),
                    PolicySettings.DEFAULT_REQUIRED_TAGS, Optional.empty(), new PathPatterns(List.of()), List.of(), List.of());
        }
        MappingNode config = mapping(root.get(), "the configuration");
        checkKeys(config, KEYS, "configuration");
        Path base = file.toAbsolutePath().getParent();

        Optional<Severity> failOn = config.get("fail-on").map(ConfigLoader::severity);
        boolean strict = config.get("strict").map(ConfigLoader::bool).orElse(false);
        Set<String> disabled = new LinkedHashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Location> ruleIds = new LinkedHashMap<>();
        config.get("rules").ifPresent(rules -> {
            for (MappingNode.Entry rule : mapping(rules, "'rules'").entries()) {
                ruleIds.put(rule.key(), rule.keyLocation());
                MappingNode settings = mapping(rule.value(), "rule " + rule.key());
                checkKeys(settings, RULE_KEYS, "rule " + rule.key());
                if (!settings.get("enabled").map(ConfigLoader::bool).orElse(true)) {
                    disabled.add(rule.key());
                }
                settings.get("severity").ifPresent(s -> severities.put(rule.key(), severity(s)));
            }
        });
        List<String> requiredTags = config.get("required-tags").map(ConfigLoader::texts).orElse(PolicySettings.DEFAULT_REQUIRED_TAGS);
        Optional<String> region = config.get("region").map(ConfigLoader::text);
        // Globs and folders are relative to this file, wherever iac-lint runs.
        PathPatterns exclude = new PathPatterns(config.get("exclude").map(ConfigLoader::texts).orElse(List.of()), base);
        List<Path> policyDirs = config.get("policy-dirs").map(ConfigLoader::texts).orElse(List.of())
                .stream().map(base::resolve).toList();
        List<Ignore> ignores = new ArrayList<>();
        config.get("ignore").ifPresent(list -> {
            if (!(list instanceof SequenceNode items)) {
                throw new InputException(list.location(), "'ignore' must be a list of {rule, reason, paths, resources}");
            }
            for (Node item : items.items()) {
                ignores.add(ignore(mapping(item, "an ignore"), base));
            }
        });
        return new Config(Optional.of(file), failOn, strict, disabled, severities, ruleIds, requiredTags, region, exclude,
                policyDirs, ignores);
    }

    private static Ignore ignore(MappingNode item, Path base) {
        checkKeys(item, IGNORE_KEYS, "ignore");
        Set<String> rules = new LinkedHashSet<>();
        item.get("rule").map(ConfigLoader::text).ifPresent(rules::add);
        item.get("rules").map(ConfigLoader::texts).ifPresent(rules::addAll);
        String reason = item.get("reason").map(ConfigLoader::text).orElse("");
        if (rules.isEmpty() || reason.isBlank()) {
            throw new InputException(item.location(), "an ignore needs 'rule' (or 'rules') and a 'reason'");
        }
        PathPatterns paths = new PathPatterns(item.get("paths").map(ConfigLoader::texts).orElse(List.of()), base);
        Set<String> resources = new LinkedHashSet<>(item.get("resources").map(ConfigLoader::texts).orElse(List.of()));
        return new Ignore("config", rules, reason, item.location(), new Ignore.Paths(paths, resources));
    }

    private static void checkKeys(MappingNode mapping, Set<String> known, String what) {
        for (MappingNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                throw new InputException(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what
                        + Suggestions.didYouMean(entry.key(), known)
                        + " (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new InputException(node.location(), what + " must be a mapping");
    }

    private static Severity severity(Node node) {
        return Severity.parse(text(node)).orElseThrow(() -> new InputException(node.location(),
                "severity must be one of critical, high, medium, low, info"));
    }

    private static boolean bool(Node node) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Boolean b) {
            return b;
        }
        throw new InputException(node.location(), "expected true or false");
    }

    private static String text(Node node) {
        if (node instanceof ScalarNode scalar && scalar.text() != null && !scalar.text().isBlank()) {
            return scalar.text().strip();
        }
        throw new InputException(node.location(), "expected text");
    }

    private static List<String> texts(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().map(ConfigLoader::text).toList();
        }
        return List.of(text(node));
    }
}
