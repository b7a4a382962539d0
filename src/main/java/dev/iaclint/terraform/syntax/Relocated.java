package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import java.util.List;

/**
 * An expression with every span moved to one location: a template read out of a JSON string
 * points at that string, where its parts were written.
 */
final class Relocated {

    private Relocated() {
    }

    static Expr at(Expr expr, Location at) {
        if (expr instanceof Expr.Literal e) {
            return new Expr.Literal(at, e.value());
        }
        if (expr instanceof Expr.Template e) {
            return new Expr.Template(at, all(e.parts(), at));
        }
        if (expr instanceof Expr.TemplateIf e) {
            return new Expr.TemplateIf(at, at(e.condition(), at), all(e.then(), at), all(e.otherwise(), at));
        }
        if (expr instanceof Expr.TemplateFor e) {
            return new Expr.TemplateFor(at, e.key(), e.value(), at(e.collection(), at), all(e.body(), at));
        }
        if (expr instanceof Expr.Variable e) {
            return new Expr.Variable(at, e.name());
        }
        if (expr instanceof Expr.Traversal e) {
            List<Expr.Step> steps = e.steps().stream().map(step -> step instanceof Expr.Step.Index index
                    ? (Expr.Step) new Expr.Step.Index(at(index.key(), at)) : step).toList();
            return new Expr.Traversal(at, at(e.source(), at), steps);
        }
        if (expr instanceof Expr.Tuple e) {
            return new Expr.Tuple(at, all(e.items(), at));
        }
        if (expr instanceof Expr.ObjectCons e) {
            return new Expr.ObjectCons(at, e.items().stream()
                    .map(item -> new Expr.ObjectCons.Item(at(item.key(), at), at(item.value(), at))).toList());
        }
        if (expr instanceof Expr.Call e) {
            return new Expr.Call(at, e.name(), all(e.arguments(), at), e.expandFinal());
        }
        if (expr instanceof Expr.Conditional e) {
            return new Expr.Conditional(at, at(e.condition(), at), at(e.whenTrue(), at), at(e.whenFalse(), at));
        }
        if (expr instanceof Expr.For e) {
            return new Expr.For(at, e.keyVariable(), e.valueVariable(), at(e.collection(), at), nullable(e.key(), at),
                    at(e.value(), at), nullable(e.condition(), at), e.grouping(), e.object());
        }
        if (expr instanceof Expr.Unary e) {
            return new Expr.Unary(at, e.operator(), at(e.operand(), at));
        }
        if (expr instanceof Expr.Binary e) {
            return new Expr.Binary(at, e.operator(), at(e.left(), at), at(e.right(), at));
        }
        Expr.Parenthesized e = (Expr.Parenthesized) expr;
        return new Expr.Parenthesized(at, at(e.inner(), at));
    }

    private static Expr nullable(Expr expr, Location at) {
        return expr == null ? null : at(expr, at);
    }

    private static List<Expr> all(List<Expr> exprs, Location at) {
        return exprs.stream().map(e -> at(e, at)).toList();
    }
}
