package dev.iaclint.terraform;

import dev.iaclint.terraform.syntax.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Terraform's override files ({@code override.tf}, {@code *_override.tf} and their {@code .tf.json}
 * forms): merged into the module's other files after all of them, in name order, whatever
 * their names sort like, as Terraform does. A block of an override file replaces, in the block
 * of the same type and labels, each top-level argument it sets and every nested block of a type
 * it writes (as a whole); {@code locals} replace per name; a resource's {@code lifecycle} merges
 * per argument. Without this a pull request's {@code a_override.tf} is read before
 * {@code main.tf} and loses, and the check judges a configuration Terraform never applies.
 */
final class Overrides {

    private static final Set<String> MERGED_PER_ARGUMENT = Set.of("lifecycle");

    private Overrides() {
    }

    static boolean isOverride(String display) {
        String name = display.substring(display.lastIndexOf('/') + 1);
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return base.equals("override.tf") || base.endsWith("_override.tf");
    }

    /**
     * The files with every override merged into the others; an override file stays in the list,
     * empty, so it still counts as read.
     */
    static List<ParsedFile> apply(List<ParsedFile> files) {
        List<ParsedFile> merged = new ArrayList<>();
        List<ParsedFile> overrides = new ArrayList<>();
        for (ParsedFile file : files) {
            (isOverride(file.display()) ? overrides : merged).add(file);
        }
        if (overrides.isEmpty()) {
            return files;
        }
        for (ParsedFile override : overrides) {
            if (override.body() == null) {
                continue;
            }
            for (Body.Block block : override.body().blocks()) {
                if (!(block.type().equals("locals") ? overrideLocals(merged, block) : overrideBlock(merged, block))) {
                    // No base to override: Terraform rejects this; read it as written rather than drop it.
                    merged.add(new ParsedFile(override.display(), new Body(List.of(block)), override.lines()));
                }
            }
        }
        List<ParsedFile> result = new ArrayList<>(merged);
        overrides.forEach(o -> result.add(new ParsedFile(o.display(), o.body() == null ? null : new Body(List.of()),
                o.lines())));
        return result;
    }

    private static boolean overrideBlock(List<ParsedFile> files, Body.Block override) {
        for (int f = 0; f < files.size(); f++) {
            ParsedFile file = files.get(f);
            if (file.body() == null) {
                continue;
            }
            List<Body.Item> items = new ArrayList<>(file.body().items());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Body.Block base && base.type().equals(override.type())
                        && base.labels().equals(override.labels())) {
                    items.set(i, new Body.Block(base.span(), base.type(), base.labels(), merge(base.body(), override.body())));
                    files.set(f, new ParsedFile(file.display(), new Body(items), file.lines()));
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overrideLocals(List<ParsedFile> files, Body.Block override) {
        boolean all = true;
        for (Body.Attribute local : override.body().attributes()) {
            all &= replaceLocal(files, local);
        }
        return all;
    }

    private static boolean replaceLocal(List<ParsedFile> files, Body.Attribute local) {
        for (int f = 0; f < files.size(); f++) {
            ParsedFile file = files.get(f);
            if (file.body() == null) {
                continue;
            }
            List<Body.Item> items = new ArrayList<>(file.body().items());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Body.Block base && base.type().equals("locals")
                        && base.body().attributes().stream().anyMatch(a -> a.name().equals(local.name()))) {
                    items.set(i, new Body.Block(base.span(), base.type(), base.labels(),
                            merge(base.body(), new Body(List.of(local)))));
                    files.set(f, new ParsedFile(file.display(), new Body(items), file.lines()));
                    return true;
                }
            }
        }
        return false;
    }

    /** The base body with the override's arguments replaced in place and its nested block types replaced whole. */
    private static Body merge(Body base, Body override) {
        Set<String> replacedTypes = override.blocks().stream().map(Overrides::nestedType)
                .filter(type -> !MERGED_PER_ARGUMENT.contains(type)).collect(Collectors.toSet());
        List<Body.Item> items = new ArrayList<>();
        List<Body.Attribute> pending = new ArrayList<>(override.attributes());
        for (Body.Item item : base.items()) {
            if (item instanceof Body.Attribute attribute) {
                Body.Attribute replacement = pending.stream().filter(a -> a.name().equals(attribute.name()))
                        .findFirst().orElse(null);
                pending.remove(replacement);
                items.add(replacement == null ? attribute : replacement);
            } else {
                Body.Block block = (Body.Block) item;
                if (MERGED_PER_ARGUMENT.contains(block.type())) {
                    Body.Block patch = override.blocks(block.type()).stream().findFirst().orElse(null);
                    items.add(patch == null ? block
                            : new Body.Block(block.span(), block.type(), block.labels(), merge(block.body(), patch.body())));
                } else if (!replacedTypes.contains(nestedType(block))) {
                    items.add(block);
                }
            }
        }
        items.addAll(pending);
        for (Body.Block block : override.blocks()) {
            boolean mergedIntoBase = MERGED_PER_ARGUMENT.contains(block.type())
                    && !base.blocks(block.type()).isEmpty();
            if (!mergedIntoBase) {
                items.add(block);
            }
        }
        return new Body(items);
    }

    /** The nested block type a block writes: {@code dynamic "rule"} writes {@code rule} blocks. */
    private static String nestedType(Body.Block block) {
        return block.type().equals("dynamic") && block.labels().size() == 1 ? block.labels().get(0) : block.type();
    }
}
