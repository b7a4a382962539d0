package dev.iaclint.fix;

import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.model.Format;
import dev.iaclint.model.Resource;
import dev.iaclint.parse.InputException;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.report.Finding;
import dev.iaclint.report.ScanResult;
import dev.iaclint.scan.Loaders;
import dev.iaclint.scan.Scanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code iac-lint fix}: scans, then turns each failing finding of a fixable rule into edits of
 * the file that declares it, and gathers them per file. Nothing is written here; the caller
 * prints the diff or writes {@link Plan#fixedTexts()}.
 */
public final class Remediation {

    private static final List<Fixer> FIXERS = List.of(new RotationFixer(), new DeletionProtectionFixer(),
            new CustomerManagedKeyFixer(), new KeyAccessFixer(), new ConfusedDeputyFixer(), new TagsFixer());

    private final KindTable kinds;
    private final Pipeline pipeline;
    private final Function<Path, String> display;
    private final List<Path> varFiles;
    private final int threads;
    private final List<String> requiredTags;

    /**
     * @param requiredTags the tag keys the configuration requires, which a new key carries (a
     *                     placeholder value where the resource has none to copy)
     */
    public Remediation(KindTable kinds, Pipeline pipeline, Function<Path, String> display, List<Path> varFiles,
                       int threads, List<String> requiredTags) {
        this.requiredTags = List.copyOf(requiredTags);
        this.kinds = kinds;
        this.pipeline = pipeline;
        this.display = display;
        this.varFiles = List.copyOf(varFiles);
        this.threads = threads;
    }

    /**
     * @param failing  the findings that count against the run, as {@link #failing} gives them
     * @param original each edited file's text as read, by name
     * @param fixed    each edited file's text with its fixes applied, by name
     */
    public record Plan(List<Finding> failing, List<Fix> fixes, List<Unfixable> unfixable,
                       Map<String, String> original, Map<String, String> fixed) {
    }

    /** Whether a rule's findings can be fixed by this command at all. */
    public static boolean isFixable(Finding finding) {
        return FIXERS.stream().anyMatch(f -> f.fixes(finding));
    }

    /**
     * @param rules the rules whose findings to fix; empty for every fixable rule
     */
    public Plan plan(List<InputFile> files, List<Ignore> ignores, Set<String> rules) {
        ScanResult result = Pipeline.triage(pipeline.scan(files), ignores, Optional.empty(), false);
        List<Finding> failing = result.outcomes().stream().filter(Finding::isFailure).toList();
        List<Finding> wanted = failing.stream().filter(Remediation::isFixable)
                .filter(f -> rules.isEmpty() || rules.contains(f.ruleId())).toList();
        List<Loaded> units = wanted.isEmpty() ? List.of() : load(files);
        Sources sources = new Sources(files);
        FieldAccess fields = new FieldAccess(kinds);
        Map<Loaded, KeyUsers> keyUsers = new LinkedHashMap<>();
        List<Fix> fixes = new ArrayList<>();
        List<Unfixable> unfixable = new ArrayList<>();
        Map<String, List<TextEdit>> edits = new TreeMap<>();
        NewKeys newKeys = new NewKeys();
        for (Finding finding : wanted) {
            Fixer fixer = FIXERS.stream().filter(f -> f.fixes(finding)).findFirst().orElseThrow();
            FixOutcome outcome;
            Optional<Located> located = locate(units, finding);
            if (located.isEmpty()) {
                outcome = new Unfixable(finding, "its resource is not declared in a scanned file");
            } else if (located.get().resource().format() == Format.TERRAFORM_PLAN) {
                outcome = new Unfixable(finding, "plans are never edited: fix the configuration the plan was made from");
            } else {
                Loaded loaded = located.get().loaded();
                Target target = new Target(loaded.unit(), located.get().resource(), fields,
                        keyUsers.computeIfAbsent(loaded, l -> new KeyUsers(l.unit(), fields)), sources, requiredTags, newKeys);
                try {
                    outcome = fixer.fix(finding, target);
                } catch (CannotFix e) {
                    outcome = new Unfixable(finding, e.getMessage());
                }
            }
            if (outcome instanceof Fix fix) {
                List<TextEdit> ofFile = edits.computeIfAbsent(fix.file(), k -> new ArrayList<>());
                if (fix.edits().stream().anyMatch(e -> ofFile.stream().anyMatch(e::overlaps))) {
                    outcome = new Unfixable(finding, "its fix overlaps another fix of this run; run iac-lint fix "
                            + "again once that one is applied");
                    newKeys.withdraw(finding);
                } else {
                    ofFile.addAll(fix.edits());
                }
            }
            if (outcome instanceof Fix fix) {
                fixes.add(fix);
            } else {
                unfixable.add((Unfixable) outcome);
            }
        }
        Map<String, String> original = new TreeMap<>();
        Map<String, String> fixed = new TreeMap<>();
        Map<String, FileText> texts = sources.read();
        edits.forEach((file, ofFile) -> {
            if (!ofFile.isEmpty()) {
                original.put(file, texts.get(file).text());
                fixed.put(file, texts.get(file).apply(ofFile));
            }
        });
        return new Plan(failing, fixes, unfixable, original, fixed);
    }

    private record Located(Loaded loaded, Resource resource) {
    }

    /**
     * The resource a finding is about: declared where the finding says, of its type, and for a
     * resource of a module, reached through the module call the finding names.
     */
    private static Optional<Located> locate(List<Loaded> units, Finding finding) {
        List<Located> declared = new ArrayList<>();
        for (Loaded loaded : units) {
            for (Resource resource : loaded.unit().resources()) {
                if (resource.location().equals(finding.resourceLocation()) && resource.type().equals(finding.resourceType())) {
                    declared.add(new Located(loaded, resource));
                }
            }
        }
        // A module's resource is reached from one configuration through one call, as the finding names them.
        return declared.stream().filter(l -> finding.via().isEmpty() || finding.via().get(0)
                        .equals(l.loaded().unit().name() + ": " + innermost(l.resource().deployment().callers())))
                .findFirst().or(() -> declared.stream().findFirst());
    }

    private static String innermost(List<String> callers) {
        return callers.isEmpty() ? "" : callers.get(callers.size() - 1);
    }

    /** The units again, for the model the fixers read (the pipeline keeps only findings). */
    private List<Loaded> load(List<InputFile> files) {
        Scanner scanner = new Scanner(Loaders.forScan(kinds, display, varFiles), threads);
        List<Optional<Loaded>> loaded = scanner.scan(files, new Scanner.Stage<>() {
            @Override
            public Optional<Loaded> loaded(Input input, Loaded unit) {
                return Optional.of(unit);
            }

            @Override
            public Optional<Loaded> skipped(InputFile file, String reason) {
                return Optional.empty();
            }

            @Override
            public Optional<Loaded> failed(InputException problem) {
                return Optional.empty();
            }
        });
        return loaded.stream().flatMap(Optional::stream).toList();
    }
}
