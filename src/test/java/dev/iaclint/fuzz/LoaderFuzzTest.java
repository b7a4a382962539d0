package dev.iaclint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.parse.InputException;
import dev.iaclint.plan.PlanLoader;
import dev.iaclint.terraform.syntax.HclParser;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the three loaders. A loader may reject any input, but only with an
 * InputException (which names file, line and cause); any other exception, or a hang, is a bug.
 * In a normal build each method replays its seed corpus under
 * src/test/resources/dev/iaclint/fuzz/LoaderFuzzTestInputs/; {@code bench/fuzz.sh} fuzzes.
 */
class LoaderFuzzTest {

    private static final TemplateLoader TEMPLATES = new TemplateLoader(KindTable.builtIn());
    private static final PlanLoader PLANS = new PlanLoader(KindTable.builtIn());

    @FuzzTest(maxDuration = "2m")
    void cloudFormationYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            TEMPLATES.load("fuzz.yaml", text, false);
        } catch (InputException expected) {
            // a clear rejection is a correct outcome
        }
    }

    @FuzzTest(maxDuration = "2m")
    void cloudFormationJson(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            TEMPLATES.load("fuzz.json", text, true);
        } catch (InputException expected) {
            // a clear rejection is a correct outcome
        }
    }

    @FuzzTest(maxDuration = "2m")
    void hcl(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            HclParser.parse("fuzz.tf", text);
        } catch (InputException expected) {
            // a clear rejection is a correct outcome
        }
    }

    @FuzzTest(maxDuration = "2m")
    void plan(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            PLANS.load("fuzz.json", text);
        } catch (InputException expected) {
            // a clear rejection is a correct outcome
        }
    }
}
