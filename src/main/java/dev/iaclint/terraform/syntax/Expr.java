package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import java.util.List;

/**
 * An HCL native-syntax expression, kept as written: nothing is evaluated, every node has its span.
 */
public sealed interface Expr {

    Location span();

    /** {@code 1}, {@code 1e3}, {@code "text"} without interpolation, {@code true}, {@code null}: value is a
     *  String, BigDecimal, Boolean or null. */
    record Literal(Location span, Object value) implements Expr {
    }

    /** A string or heredoc with interpolations or directives; parts are literal strings and expressions. */
    record Template(Location span, List<Expr> parts) implements Expr {
        public Template {
            parts = List.copyOf(parts);
        }
    }

    /** {@code %{ if cond }...%{ else }...%{ endif }} inside a template. */
    record TemplateIf(Location span, Expr condition, List<Expr> then, List<Expr> otherwise) implements Expr {
    }

    /** {@code %{ for k, v in collection }...%{ endfor }} inside a template; key is null without one. */
    record TemplateFor(Location span, String key, String value, Expr collection, List<Expr> body) implements Expr {
    }

    /** A name in scope: {@code var}, {@code aws_kms_key}, {@code each}, a for-expression's variable. */
    record Variable(Location span, String name) implements Expr {
    }

    /** Steps applied to a source: attributes, indexes and splats. */
    record Traversal(Location span, Expr source, List<Step> steps) implements Expr {
        public Traversal {
            steps = List.copyOf(steps);
        }
    }

    /** One step of a traversal. */
    sealed interface Step {
        /** {@code .name}; also the legacy numeric index {@code .0}, kept as its digits. */
        record Attribute(String name) implements Step {
        }

        /** {@code [expression]}. */
        record Index(Expr key) implements Step {
        }

        /** {@code [*]} (full splat) or {@code .*} (legacy attribute splat). */
        record Splat(boolean legacy) implements Step {
        }
    }

    record Tuple(Location span, List<Expr> items) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    record ObjectCons(Location span, List<Item> items) implements Expr {
        public ObjectCons {
            items = List.copyOf(items);
        }

        /** A key (a literal name, or any expression) and its value. */
        public record Item(Expr key, Expr value) {
        }
    }

    /** {@code f(a, b)}, {@code provider::ns::f(a)}; {@code expandFinal} for {@code f(list...)}. */
    record Call(Location span, String name, List<Expr> arguments, boolean expandFinal) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    record Conditional(Location span, Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {
    }

    /** {@code [for k, v in c : value if cond]} or {@code {for k, v in c : key => value... if cond}}. */
    record For(Location span, String keyVariable, String valueVariable, Expr collection, Expr key, Expr value,
               Expr condition, boolean grouping, boolean object) implements Expr {
    }

    record Unary(Location span, String operator, Expr operand) implements Expr {
    }

    record Binary(Location span, String operator, Expr left, Expr right) implements Expr {
    }

    record Parenthesized(Location span, Expr inner) implements Expr {
    }
}
