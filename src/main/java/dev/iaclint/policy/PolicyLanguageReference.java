package dev.iaclint.policy;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.functions.Describes;
import dev.iaclint.policy.functions.FunctionNamespaces;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The policy author's reference, in Markdown, made from the code itself: the variables an
 * expression sees (from {@link PolicyVariables}), the functions of every namespace, and the
 * canonical kinds with their native types and fields. docs/writing-policies.md embeds it, and a
 * test keeps the two equal.
 */
public final class PolicyLanguageReference {

    private PolicyLanguageReference() {
    }

    public static String markdown(KindTable kinds) {
        StringBuilder out = new StringBuilder();
        out.append("| name | value |\n|---|---|\n");
        PolicyVariables.descriptions().forEach((name, description) ->
                out.append("| `").append(name).append("` | ").append(description).append(" |\n"));
        for (Map.Entry<String, Class<?>> namespace : new TreeMap<>(FunctionNamespaces.ALL).entrySet()) {
            List<Method> functions = new ArrayList<>(Arrays.stream(namespace.getValue().getMethods())
                    .filter(m -> m.isAnnotationPresent(Describes.class)).toList());
            functions.sort(Comparator.comparing(Method::getName));
            for (Method function : functions) {
                out.append("| `").append(namespace.getKey()).append(':').append(function.getName()).append('(')
                        .append(function.getParameterCount() == 0 ? "" : "field").append(")` | ")
                        .append(function.getAnnotation(Describes.class).value()).append(" |\n");
            }
        }
        out.append("\n| kind | native types | fields |\n|---|---|---|\n");
        for (Kind kind : kinds.kinds()) {
            Set<String> fields = new LinkedHashSet<>();
            kind.fieldPaths().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(type -> fields.addAll(type.getValue().keySet()));
            kind.facts().values().forEach(fixed -> fields.addAll(fixed.keySet()));
            out.append("| `").append(kind.id()).append("` | ")
                    .append(String.join(", ", kind.nativeTypes().stream().map(t -> "`" + t + "`").toList())).append(" | ")
                    .append(String.join(", ", fields.stream().sorted().map(f -> "`" + f + "`").toList())).append(" |\n");
        }
        return out.toString();
    }
}
