package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.bench.HistoryGenerator;
import dev.iaclint.kpi.HistoryScan;
import dev.iaclint.kpi.KpiReport;
import dev.iaclint.kpi.Point;
import dev.iaclint.report.Coverage;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.GitRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reusing what a commit did not touch changes nothing: at every commit, {@code kpi}'s coverage
 * and failing count are those of a full scan of that commit checked out.
 */
class KpiReuseTest {

    @TempDir
    Path folder;

    @Test
    void everyCommitAsAFullScanOfItsCheckout() throws Exception {
        Path repo = folder.resolve("repo");
        HistoryGenerator.generate(repo, 24, 7);
        try (GitRepository git = GitRepository.open(repo)) {
            // A new file in a Terraform folder changes its module without changing a file it read.
            git.write("stacks/s1/terraform/terraform.tfvars", "use_cmk = false\n");
            git.commit("stack 1 without its key", Instant.parse("2026-02-01T00:00:00Z"));
            git.delete("stacks/s2/template.yaml");
            git.commit("stack 2's template removed", Instant.parse("2026-02-02T00:00:00Z"));
        }
        KpiReport report = KpiCommand.report(List.of(repo), new HistoryScan.Settings("HEAD",
                Instant.parse("2000-01-01T00:00:00Z"), List.of(), null, false, Instant.parse("2026-03-01T00:00:00Z")), 2);
        assertTrue(report.stats().reused() > 0, "units were reused");
        List<String> kpi = new ArrayList<>();
        List<String> full = new ArrayList<>();
        try (Git git = Git.open(repo.toFile())) {
            for (Point point : report.points()) {
                kpi.add(describe(point.coverage()) + " failing " + point.failing());
                git.checkout().setName(point.revision().id()).call();
                CliRun scan = CliRun.allRules("--no-config", "-f", "json", repo.toString());
                full.add(describe(scan) + " failing " + scan.findings().stream()
                        .filter(f -> f.get("status").equals("fail") && f.get("suppression") == null).count());
            }
        }
        assertEquals(full, kpi);
        assertTrue(new java.util.HashSet<>(kpi).size() >= 4, () -> "the history changes the numbers: " + kpi);
    }

    private static String describe(Coverage coverage) {
        return String.join(", ", coverage.families().stream()
                .map(f -> f.name() + " " + f.customerManaged() + "/" + f.total() + " (" + f.unknown() + " unknown)")
                .toList());
    }

    private static String describe(CliRun scan) {
        List<String> families = new ArrayList<>();
        for (Object family : (List<?>) dev.iaclint.support.Json.parse(scan.out()).get("coverage")) {
            Map<?, ?> f = (Map<?, ?>) family;
            families.add(f.get("family") + " " + f.get("customerManaged") + "/" + f.get("total") + " ("
                    + f.get("unknown") + " unknown)");
        }
        return String.join(", ", families);
    }
}
