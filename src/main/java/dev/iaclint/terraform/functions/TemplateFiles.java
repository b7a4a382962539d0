package dev.iaclint.terraform.functions;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.terraform.syntax.Expr;
import dev.iaclint.terraform.syntax.HclParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code templatefile(path, vars)}: the file's template rendered with {@code vars}, its only
 * scope. Literals, interpolations of the variables (with attribute and index steps), function
 * calls, lists, objects and conditionals are evaluated; directives ({@code %{ for }},
 * {@code %{ if }}) and unknown values are unknown parts of the rendered template, which is then
 * a template of its parts. The result takes the place of the call: its location is the call's.
 */
final class TemplateFiles {

    private TemplateFiles() {
    }

    static Optional<Node> templatefile(List<Node> arguments, Location at, ModuleFiles files) {
        if (arguments.size() != 2) {
            return Optional.of(Values.failure(at, "templatefile() takes a path and a map of variables"));
        }
        Optional<String> path = Values.string(arguments.get(0));
        if (path.isEmpty() || !FileFunctions.isAbsolute(path.get())
                || !(arguments.get(1) instanceof MappingNode vars)) {
            return Optional.empty();
        }
        Optional<String> text = files.read(path.get());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Expr template;
        try {
            template = HclParser.parseTemplate(path.get(), text.get());
        } catch (InputException e) {
            return Optional.of(Values.failure(at, "templatefile() of a file that is not a template: " + e.getMessage()));
        }
        return new Scope(vars, at, files).evaluate(template);
    }

    /** Evaluates a template's expressions with only the template's variables in scope. */
    private record Scope(MappingNode vars, Location at, ModuleFiles files) {

        Optional<Node> evaluate(Expr expr) {
            if (expr instanceof Expr.Literal literal) {
                Object value = literal.value();
                return Optional.of(value == null ? ScalarNode.ofNull(at)
                        : value instanceof BigDecimal n ? Values.number(at, n)
                        : value instanceof Boolean b ? Values.bool(at, b) : Values.string(at, value.toString()));
            }
            if (expr instanceof Expr.Template template) {
                return template(template);
            }
            if (expr instanceof Expr.Variable variable) {
                return Optional.of(vars.get(variable.name())
                        .orElseGet(() -> Values.failure(at, "templatefile() without the variable " + variable.name())));
            }
            if (expr instanceof Expr.Traversal traversal) {
                return traversal(traversal);
            }
            if (expr instanceof Expr.Tuple tuple) {
                return all(tuple.items()).map(items -> new SequenceNode(at, items));
            }
            if (expr instanceof Expr.ObjectCons object) {
                return object(object);
            }
            if (expr instanceof Expr.Call call && !call.expandFinal()) {
                return all(call.arguments()).flatMap(args -> Functions.call(call.name(), args, at, files));
            }
            if (expr instanceof Expr.Conditional conditional) {
                return evaluate(conditional.condition()).flatMap(Values::bool)
                        .flatMap(b -> evaluate(b ? conditional.whenTrue() : conditional.whenFalse()));
            }
            if (expr instanceof Expr.Parenthesized parenthesized) {
                return evaluate(parenthesized.inner());
            }
            return Optional.empty();
        }

        /**
         * The rendered text; where a part is unknown (a variable known at deployment, a directive),
         * a template of the parts, so that what does not depend on it (the literal statements of a
         * policy) can still be read.
         */
        private Optional<Node> template(Expr.Template template) {
            List<Node> parts = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            boolean known = true;
            for (Expr part : template.parts()) {
                Optional<Node> value = evaluate(part);
                if (value.isPresent() && Values.isFailure(value.get())) {
                    return Optional.empty();
                }
                Optional<String> text = value.flatMap(Values::string);
                if (text.isPresent()) {
                    out.append(text.get());
                    parts.add(Values.string(at, text.get()));
                } else {
                    known = false;
                    parts.add(value.orElseGet(() -> new UnknownNode(at, "a part of the template known only at deployment")));
                }
            }
            return Optional.of(known ? Values.string(at, out.toString()) : new ExpressionNode(at, ExpressionNode.TEMPLATE, parts));
        }

        private Optional<List<Node>> all(List<Expr> exprs) {
            List<Node> nodes = new ArrayList<>();
            for (Expr expr : exprs) {
                Optional<Node> node = evaluate(expr);
                if (node.isEmpty()) {
                    return Optional.empty();
                }
                nodes.add(node.get());
            }
            return Optional.of(nodes);
        }

        private Optional<Node> object(Expr.ObjectCons object) {
            List<MappingNode.Entry> entries = new ArrayList<>();
            for (Expr.ObjectCons.Item item : object.items()) {
                Optional<String> key = item.key() instanceof Expr.Variable name ? Optional.of(name.name())
                        : evaluate(item.key()).flatMap(Values::string);
                Optional<Node> value = evaluate(item.value());
                if (key.isEmpty() || value.isEmpty()) {
                    return Optional.empty();
                }
                entries.add(new MappingNode.Entry(key.get(), at, value.get()));
            }
            return Optional.of(new MappingNode(at, entries));
        }

        private Optional<Node> traversal(Expr.Traversal traversal) {
            Optional<Node> current = evaluate(traversal.source());
            for (Expr.Step step : traversal.steps()) {
                if (current.isEmpty() || Values.isFailure(current.get()) || step instanceof Expr.Step.Splat) {
                    return current.filter(Values::isFailure);
                }
                Optional<String> key = step instanceof Expr.Step.Attribute attribute ? Optional.of(attribute.name())
                        : evaluate(((Expr.Step.Index) step).key()).flatMap(Values::string);
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                current = Optional.of(step(current.get(), key.get()));
            }
            return current;
        }

        private Node step(Node value, String key) {
            if (value instanceof MappingNode mapping) {
                return mapping.get(key).orElseGet(() -> Values.failure(at, "templatefile(): no key " + key));
            }
            if (value instanceof SequenceNode sequence) {
                try {
                    return sequence.items().get(Integer.parseInt(key));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    return Values.failure(at, "templatefile(): no element " + key);
                }
            }
            return Values.failure(at, "templatefile(): a step into a value that has none");
        }
    }
}
