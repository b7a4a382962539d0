package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.JsonQuoting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Terraform's string functions, on strings known now (numbers and bools convert as Terraform converts them). */
final class StringFunctions {

    private StringFunctions() {
    }

    static void register(Map<String, TerraformFunction> functions) {
        functions.put("format", StringFunctions::format);
        functions.put("join", StringFunctions::join);
        functions.put("split", strings(2, (at, s) -> split(s.get(0), s.get(1), at)));
        functions.put("replace", strings(3, (at, s) -> replace(s.get(0), s.get(1), s.get(2), at)));
        functions.put("lower", text(s -> s.toLowerCase(Locale.ROOT)));
        functions.put("upper", text(s -> s.toUpperCase(Locale.ROOT)));
        functions.put("trimspace", text(String::strip));
        functions.put("trimprefix", text2((s, p) -> s.startsWith(p) ? s.substring(p.length()) : s));
        functions.put("trimsuffix", text2((s, p) -> s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s));
        functions.put("startswith", strings(2, (at, s) -> Values.bool(at, s.get(0).startsWith(s.get(1)))));
        functions.put("endswith", strings(2, (at, s) -> Values.bool(at, s.get(0).endsWith(s.get(1)))));
        functions.put("strcontains", strings(2, (at, s) -> Values.bool(at, s.get(0).contains(s.get(1)))));
    }

    /** A function of {@code count} string arguments, all known and none null. */
    private static TerraformFunction strings(int count, java.util.function.BiFunction<Location, List<String>, Node> body) {
        return (arguments, at) -> {
            if (arguments.size() != count) {
                return Optional.of(Values.failure(at, "a function of " + count + " arguments called with "
                        + arguments.size()));
            }
            List<String> texts = new ArrayList<>();
            for (Node argument : arguments) {
                if (Values.isNull(argument)) {
                    return Optional.of(Values.failure(at, "a null string argument"));
                }
                Optional<String> text = Values.string(argument);
                if (text.isEmpty()) {
                    return ConversionFunctions.failIfKnown(argument, at, "a string function of a collection");
                }
                texts.add(text.get());
            }
            return Optional.of(body.apply(at, texts));
        };
    }

    private static TerraformFunction text(UnaryOperator<String> body) {
        return strings(1, (at, s) -> Values.string(at, body.apply(s.get(0))));
    }

    private static TerraformFunction text2(BinaryOperator<String> body) {
        return strings(2, (at, s) -> Values.string(at, body.apply(s.get(0), s.get(1))));
    }

    private static Node split(String separator, String text, Location at) {
        List<Node> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> parts.add(Values.string(at, new String(Character.toChars(c)))));
        } else {
            for (String part : text.split(Pattern.quote(separator), -1)) {
                parts.add(Values.string(at, part));
            }
        }
        return new SequenceNode(at, parts);
    }

    /** A substring, or a regular expression written between slashes. */
    private static Node replace(String text, String search, String replacement, Location at) {
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            try {
                    // Terraform's regular expressions are RE2's, as re2j reads them.
                return Values.string(at, com.google.re2j.Pattern.compile(search.substring(1, search.length() - 1))
                        .matcher(text).replaceAll(replacement));
            } catch (RuntimeException e) {
                return Values.failure(at, "replace() with a pattern this reader does not take");
            }
        }
        return Values.string(at, text.replace(search, replacement));
    }

    private static Optional<Node> join(List<Node> arguments, Location at) {
        if (arguments.size() < 2) {
            return Optional.of(Values.failure(at, "join() takes a separator and lists"));
        }
        Optional<String> separator = Values.string(arguments.get(0));
        if (separator.isEmpty()) {
            return ConversionFunctions.failIfKnown(arguments.get(0), at, "join() with a null separator");
        }
        List<String> parts = new ArrayList<>();
        for (Node list : arguments.subList(1, arguments.size())) {
            if (!(list instanceof SequenceNode sequence)) {
                return ConversionFunctions.failIfKnown(list, at, "join() of something not a list");
            }
            for (Node item : sequence.items()) {
                if (Values.isNull(item)) {
                    return Optional.of(Values.failure(at, "join() of a null element"));
                }
                Optional<String> text = Values.string(item);
                if (text.isEmpty()) {
                    return ConversionFunctions.failIfKnown(item, at, "join() of a list of collections");
                }
                parts.add(text.get());
            }
        }
        return Optional.of(Values.string(at, String.join(separator.get(), parts)));
    }

    /**
     * {@code format} with the verbs that matter for names and ARNs: {@code %s}, {@code %d},
     * {@code %v}, {@code %q}, {@code %t} and {@code %%}. A flag, a width or another verb leaves it to Terraform.
     */
    private static Optional<Node> format(List<Node> arguments, Location at) {
        if (arguments.isEmpty()) {
            return Optional.of(Values.failure(at, "format() without a format"));
        }
        Optional<String> spec = Values.string(arguments.get(0));
        if (spec.isEmpty()) {
            return ConversionFunctions.failIfKnown(arguments.get(0), at, "format() with a null format");
        }
        StringBuilder out = new StringBuilder();
        String text = spec.get();
        int next = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                return Optional.of(Values.failure(at, "format() ending in %"));
            }
            char verb = text.charAt(++i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if ("sdvqt".indexOf(verb) < 0) {
                return Optional.empty();
            }
            if (next >= arguments.size()) {
                return Optional.of(Values.failure(at, "format() with too few arguments"));
            }
            Node argument = arguments.get(next++);
            if (!(argument instanceof ScalarNode scalar)) {
                return ConversionFunctions.failIfKnown(argument, at, "format() of a collection");
            }
            Optional<String> verbText = verb(verb, scalar);
            if (verbText.isEmpty()) {
                return Optional.of(Values.failure(at, "format() %" + verb + " of a value of another type"));
            }
            out.append(verbText.get());
        }
        return Optional.of(Values.string(at, out.toString()));
    }

    private static Optional<String> verb(char verb, ScalarNode value) {
        return switch (verb) {
            case 'd' -> Values.number(value).filter(n -> n.stripTrailingZeros().scale() <= 0)
                    .map(BigDecimal::toBigInteger).map(Object::toString);
            case 't' -> Values.bool(value).map(String::valueOf);
            case 'q' -> value.isNull() ? Optional.empty() : Values.string(value).map(StringFunctions::quoted);
            case 'v' -> value.isNull() ? Optional.of("null") : Values.string(value);
            default -> value.isNull() ? Optional.empty() : Values.string(value);
        };
    }

    /** A string as Terraform quotes it for {@code %q}: JSON string syntax. */
    private static String quoted(String text) {
        return JsonQuoting.quote(text);
    }
}
