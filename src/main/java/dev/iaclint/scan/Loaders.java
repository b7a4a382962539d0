package dev.iaclint.scan;

import dev.iaclint.cdk.CdkLoader;
import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Loader;
import dev.iaclint.plan.PlanLoader;
import dev.iaclint.terraform.TerraformLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The formats iac-lint reads, in the order a file is offered to them: a new format is one line
 * here. A cloud assembly's files go to the CDK loader (they are templates in a folder with a
 * CDK manifest); Terraform takes its files by name; any other file is a plan when it has a plan's shape,
 * else a template when it has a template's.
 */
public final class Loaders {

    private Loaders() {
    }

    /**
     * Fresh loaders for one scan: a loader may cache what it parsed, and that must not outlive
     * the files it read.
     *
     * @param display  how reports name a path
     * @param varFiles Terraform {@code --var-file}s
     */
    public static List<Loader> forScan(KindTable kinds, Function<Path, String> display, List<Path> varFiles) {
        return List.of(
                new CdkLoader(new TemplateLoader(kinds)),
                new TerraformLoader(kinds, display, varFiles),
                new PlanLoader(kinds),
                new TemplateLoader(kinds));
    }
}
