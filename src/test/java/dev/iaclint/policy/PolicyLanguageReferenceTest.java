package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.functions.Describes;
import dev.iaclint.policy.functions.FunctionNamespaces;
import dev.iaclint.support.GeneratedSection;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy author's reference cannot drift from the code: docs/writing-policies.md embeds what the code prints. */
class PolicyLanguageReferenceTest {

    @Test
    void theGuideToWritingPoliciesEmbedsTheGeneratedReference() {
        new GeneratedSection(Path.of("docs/writing-policies.md"), "<!-- reference:start -->", "<!-- reference:end -->",
                PolicyLanguageReferenceTest.class).assertCurrent(PolicyLanguageReference.markdown(KindTable.builtIn()));
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
