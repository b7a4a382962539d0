package dev.iaclint.engine.suppress;

import dev.iaclint.model.Deployment;
import dev.iaclint.model.Location;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Inline ignores written on a Terraform {@code module} block ({@code # iac-lint:ignore RULE reason}
 * above {@code module "x" {}) reach the findings inside the module reached through that call,
 * which the comment's line alone would not: those findings point into the module's files.
 */
public final class ModuleCallIgnores {

    private ModuleCallIgnores() {
    }

    /** The ignores, with each one on a module call of the unit reaching through it. */
    public static List<Ignore> widen(List<Ignore> ignores, Unit unit) {
        Map<String, Set<String>> callsBySite = callsBySite(unit);
        if (callsBySite.isEmpty()) {
            return ignores;
        }
        List<Ignore> widened = new ArrayList<>(ignores.size());
        for (Ignore ignore : ignores) {
            Set<String> calls = ignore.reach() instanceof Ignore.Line line
                    ? callsBySite.get(site(line.file(), line.line())) : null;
            widened.add(calls == null ? ignore : ignore.reaching(new Ignore.ModuleCall((Ignore.Line) ignore.reach(), calls)));
        }
        return widened;
    }

    /** Each call's header line, with the calls written there as findings name them ({@code CONFIGURATION: module.a}). */
    private static Map<String, Set<String>> callsBySite(Unit unit) {
        Map<String, Set<String>> calls = new TreeMap<>();
        for (Resource resource : unit.resources()) {
            Deployment deployment = resource.deployment();
            for (int i = 0; i < deployment.callSites().size(); i++) {
                Location at = deployment.callSites().get(i);
                calls.computeIfAbsent(site(at.file(), at.line()), s -> new LinkedHashSet<>())
                        .add(unit.name() + ": " + deployment.callers().get(i));
            }
        }
        return calls;
    }

    private static String site(String file, int line) {
        return file + ":" + line;
    }
}
