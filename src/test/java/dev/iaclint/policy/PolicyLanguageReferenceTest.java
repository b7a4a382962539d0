package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.functions.Describes;
import dev.iaclint.policy.functions.FunctionNamespaces;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy author's reference cannot drift from the code: the README embeds what the code prints. */
class PolicyLanguageReferenceTest {

    @Test
    void theReadmeEmbedsTheGeneratedReference() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String start = "<!-- reference:start -->\n";
        String end = "<!-- reference:end -->";
        String embedded = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
        assertEquals(PolicyLanguageReference.markdown(KindTable.builtIn()), embedded,
                "refresh the README with: java -jar target/iac-lint.jar policies --reference");
    }

    @Test
    void everyFunctionIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (var namespace : FunctionNamespaces.ALL.entrySet()) {
            for (Method method : namespace.getValue().getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isAnnotationPresent(Describes.class)) {
                    undescribed.add(namespace.getKey() + ":" + method.getName());
                }
            }
        }
        assertEquals(List.of(), undescribed);
    }
}
