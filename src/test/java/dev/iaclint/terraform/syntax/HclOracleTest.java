package dev.iaclint.terraform.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.parse.InputException;
import dev.iaclint.support.HclOracle;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our parser against HashiCorp's own (hashicorp/hcl compiled to WebAssembly, npm
 * {@code @cdktf/hcl2json}, installed by the build): on every {@code .tf} of the corpus and of
 * testdata, the same blocks, labels and attribute names, every literal equal, and every
 * reference we see present in the expression HashiCorp's parser read; every malformed file
 * rejected by both.
 */
class HclOracleTest {

    private static final Path CORPUS = Path.of("src/test/resources/hcl/corpus");
    private static final Path MALFORMED = Path.of("src/test/resources/hcl/malformed");

    /** What was compared, for the figures the test prints. */
    private static final class Tally {
        int files;
        int blocks;
        int attributes;
        int literals;
        int references;
        final List<String> mismatches = new ArrayList<>();
    }

    @Test
    void agreesWithHashicorpsParserOnTheCorpus() throws Exception {
        List<Path> files = new ArrayList<>(tfFiles(CORPUS));
        files.addAll(tfFiles(Path.of("testdata")));
        Map<String, Object> oracle = oracle(files);
        Tally tally = new Tally();
        for (Path file : files) {
            Map<?, ?> verdict = (Map<?, ?>) oracle.get(file.toString());
            assertTrue(verdict.containsKey("ok"), file + " is rejected by HashiCorp's parser: " + verdict);
            Body body = HclParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            tally.files++;
            compareBody(body, (Map<?, ?>) verdict.get("ok"), file.toString(), tally);
        }
        System.out.printf("HCL oracle: %d files, %d blocks, %d attributes, %d literals and %d references agree; "
                + "%d mismatches%n", tally.files, tally.blocks, tally.attributes, tally.literals, tally.references,
                tally.mismatches.size());
        assertEquals(List.of(), tally.mismatches);
        assertTrue(tally.files >= 10 && tally.references > 50, "a corpus worth the name");
    }

    @Test
    void rejectsWhatHashicorpsParserRejects() throws Exception {
        List<Path> files = tfFiles(MALFORMED);
        Map<String, Object> oracle = oracle(files);
        List<String> accepted = new ArrayList<>();
        for (Path file : files) {
            assertTrue(((Map<?, ?>) oracle.get(file.toString())).containsKey("error"),
                    file + " should be malformed for HashiCorp's parser too");
            try {
                HclParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                accepted.add(file.toString());
            } catch (InputException expected) {
                assertTrue(expected.location().line() >= 1);
            }
        }
        System.out.printf("HCL oracle: %d malformed files rejected by both%n", files.size() - accepted.size());
        assertEquals(List.of(), accepted);
        assertTrue(files.size() >= 10);
    }

    // ---- comparison ---------------------------------------------------------------------------

    private static void compareBody(Body body, Map<?, ?> oracle, String where, Tally tally) {
        Map<String, Object> ours = new LinkedHashMap<>();
        for (Body.Attribute attribute : body.attributes()) {
            ours.put(attribute.name(), attribute.value());
        }
        Map<String, List<Body.Block>> blocks = new LinkedHashMap<>();
        for (Body.Block block : body.blocks()) {
            blocks.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(block);
        }
        ours.putAll(blocks);
        if (!new TreeSet<>(ours.keySet()).equals(new TreeSet<>(keys(oracle)))) {
            tally.mismatches.add(where + ": names " + new TreeSet<>(ours.keySet()) + " vs " + new TreeSet<>(keys(oracle)));
            return;
        }
        for (Body.Attribute attribute : body.attributes()) {
            tally.attributes++;
            compareExpr(attribute.value(), oracle.get(attribute.name()), where + "." + attribute.name(), tally);
        }
        for (Map.Entry<String, List<Body.Block>> type : blocks.entrySet()) {
            compareBlocks(type.getValue(), 0, oracle.get(type.getKey()), where + "." + type.getKey(), tally);
        }
    }

    /** hcl2json nests blocks by label, then lists their bodies. */
    private static void compareBlocks(List<Body.Block> blocks, int label, Object oracle, String where, Tally tally) {
        if (label == blocks.get(0).labels().size()) {
            if (!(oracle instanceof List<?> bodies) || bodies.size() != blocks.size()) {
                tally.mismatches.add(where + ": " + blocks.size() + " block bodies vs " + oracle);
                return;
            }
            for (int i = 0; i < blocks.size(); i++) {
                tally.blocks++;
                compareBody(blocks.get(i).body(), (Map<?, ?>) bodies.get(i), where, tally);
            }
            return;
        }
        Map<String, List<Body.Block>> byLabel = new LinkedHashMap<>();
        for (Body.Block block : blocks) {
            byLabel.computeIfAbsent(block.labels().get(label), l -> new ArrayList<>()).add(block);
        }
        if (!(oracle instanceof Map<?, ?> map) || !new TreeSet<>(byLabel.keySet()).equals(new TreeSet<>(keys(map)))) {
            tally.mismatches.add(where + ": labels " + byLabel.keySet() + " vs " + oracle);
            return;
        }
        for (Map.Entry<String, List<Body.Block>> entry : byLabel.entrySet()) {
            compareBlocks(entry.getValue(), label + 1, map.get(entry.getKey()), where + "." + entry.getKey(), tally);
        }
    }

    private static void compareExpr(Expr expr, Object oracle, String where, Tally tally) {
        // hcl2json folds -7 into a literal; our tree keeps the unary minus, as HCL's does.
        if (expr instanceof Expr.Unary unary && unary.operator().equals("-")
                && unary.operand() instanceof Expr.Literal literal && literal.value() instanceof BigDecimal number) {
            expr = new Expr.Literal(unary.span(), number.negate());
        }
        if (expr instanceof Expr.Literal literal) {
            tally.literals++;
            if (!literalEquals(literal.value(), oracle)) {
                tally.mismatches.add(where + ": literal " + literal.value() + " vs " + oracle);
            }
        } else if (expr instanceof Expr.Tuple tuple && oracle instanceof List<?> list) {
            if (list.size() != tuple.items().size()) {
                tally.mismatches.add(where + ": " + tuple.items().size() + " items vs " + list);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                compareExpr(tuple.items().get(i), list.get(i), where + "[" + i + "]", tally);
            }
        } else if (expr instanceof Expr.ObjectCons object && oracle instanceof Map<?, ?> map) {
            for (Expr.ObjectCons.Item item : object.items()) {
                String key = item.key() instanceof Expr.Literal l ? String.valueOf(l.value()) : expressionKey(item.key(), map);
                if (key == null || !map.containsKey(key)) {
                    tally.mismatches.add(where + ": key " + item.key() + " not in " + map.keySet());
                } else {
                    compareExpr(item.value(), map.get(key), where + "." + key, tally);
                }
            }
        } else if (oracle instanceof String text) {
            for (String reference : References.of(expr)) {
                tally.references++;
                if (!text.contains(reference)) {
                    tally.mismatches.add(where + ": reference " + reference + " not in " + text);
                }
            }
        } else {
            tally.mismatches.add(where + ": " + expr.getClass().getSimpleName() + " vs " + oracle);
        }
    }

    /** hcl2json writes a computed key as "${expression}": the one that holds our references. */
    private static String expressionKey(Expr key, Map<?, ?> map) {
        List<String> references = References.of(key);
        return keys(map).stream().filter(k -> k.startsWith("${") && references.stream().allMatch(k::contains))
                .findFirst().orElse(null);
    }

    /** hcl2json writes HCL's JSON syntax, where a literal "${" or "%{" is escaped by doubling. */
    private static boolean literalEquals(Object ours, Object theirs) {
        if (ours instanceof BigDecimal number) {
            // The oracle's JSON passes through JavaScript, whose numbers are doubles.
            return theirs instanceof Number n && (number.compareTo(new BigDecimal(n.toString())) == 0
                    || number.doubleValue() == n.doubleValue());
        }
        if (ours instanceof String text) {
            return text.replace("${", "$${").replace("%{", "%%{").equals(theirs);
        }
        return ours == null ? theirs == null : ours.equals(theirs);
    }

    private static List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    /** The traversals of an expression, written as in source: aws_kms_key.k[0].arn, var.x. */
    private static final class References {
        static List<String> of(Expr expr) {
            List<String> found = new ArrayList<>();
            walk(expr, found);
            return found;
        }

        private static void walk(Expr expr, List<String> found) {
            if (expr instanceof Expr.Variable v) {
                found.add(v.name());
            } else if (expr instanceof Expr.Traversal t) {
                traversal(t, found);
            } else if (expr instanceof Expr.Template t) {
                t.parts().forEach(p -> walk(p, found));
            } else if (expr instanceof Expr.TemplateIf t) {
                walk(t.condition(), found);
                t.then().forEach(p -> walk(p, found));
                t.otherwise().forEach(p -> walk(p, found));
            } else if (expr instanceof Expr.TemplateFor t) {
                walk(t.collection(), found);
                t.body().forEach(p -> walk(p, found));
            } else if (expr instanceof Expr.Tuple t) {
                t.items().forEach(i -> walk(i, found));
            } else if (expr instanceof Expr.ObjectCons o) {
                o.items().forEach(i -> {
                    walk(i.key(), found);
                    walk(i.value(), found);
                });
            } else if (expr instanceof Expr.Call c) {
                c.arguments().forEach(a -> walk(a, found));
            } else if (expr instanceof Expr.Conditional c) {
                Stream.of(c.condition(), c.whenTrue(), c.whenFalse()).forEach(e -> walk(e, found));
            } else if (expr instanceof Expr.For f) {
                Stream.of(f.collection(), f.key(), f.value(), f.condition())
                        .filter(e -> e != null).forEach(e -> walk(e, found));
            } else if (expr instanceof Expr.Unary u) {
                walk(u.operand(), found);
            } else if (expr instanceof Expr.Binary b) {
                walk(b.left(), found);
                walk(b.right(), found);
            } else if (expr instanceof Expr.Parenthesized p) {
                walk(p.inner(), found);
            }
        }

        private static void traversal(Expr.Traversal t, List<String> found) {
            if (t.source() instanceof Expr.Variable root) {
                StringBuilder text = new StringBuilder(root.name());
                for (Expr.Step step : t.steps()) {
                    if (step instanceof Expr.Step.Attribute a) {
                        text.append('.').append(a.name());
                    } else if (step instanceof Expr.Step.Splat s) {
                        text.append(s.legacy() ? ".*" : "[*]");
                    } else if (step instanceof Expr.Step.Index i && i.key() instanceof Expr.Literal l) {
                        text.append('[').append(l.value() instanceof String s ? "\"" + s + "\"" : l.value()).append(']');
                    } else {
                        break;
                    }
                }
                found.add(text.toString());
            } else {
                walk(t.source(), found);
            }
            t.steps().stream().filter(Expr.Step.Index.class::isInstance)
                    .forEach(s -> walk(((Expr.Step.Index) s).key(), found));
        }
    }

    // ---- the oracle ---------------------------------------------------------------------------

    private static Map<String, Object> oracle(List<Path> files) throws IOException, InterruptedException {
        return HclOracle.parse(files);
    }

    private static List<Path> tfFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
    }
}
