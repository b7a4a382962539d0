package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.kpi.Exemption;
import dev.iaclint.kpi.HistoryScan;
import dev.iaclint.kpi.KpiReport;
import dev.iaclint.kpi.Lifetime;
import dev.iaclint.kpi.Mttr;
import dev.iaclint.kpi.Point;
import dev.iaclint.report.Coverage;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.GitRepository;
import dev.iaclint.support.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iac-lint kpi} on a history built with JGit: a guardrail without a customer-managed key
 * is introduced in commit 2, excused by a suppression in commit 3, left alone by a commit that
 * changes only documentation, and fixed in commit 5.
 */
class KpiCommandTest {

    static final Instant DAY_1 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CONFIG = """
            # The scenario is about keys: the tag policy would add findings of its own.
            rules:
              KMS-007: {enabled: false}
            """;
    private static final String AGENT = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Agent:
                Type: AWS::Bedrock::Agent
                Properties:
                  AgentName: support
                  CustomerEncryptionKeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
            """;
    private static final String GUARDRAIL = """
              Guardrail:
                Type: AWS::Bedrock::Guardrail
                Properties:
                  Name: support
                  BlockedInputMessaging: Sorry.
                  BlockedOutputsMessaging: Sorry.
            """;
    static final String REASON = "accepted until the platform key is provisioned";

    @TempDir
    static Path folder;
    static List<RevCommit> commits;

    /** The five commits of the scenario, a day apart (commit 5 two days after commit 4), made in {@code where}. */
    static List<RevCommit> history(Path where) throws Exception {
        List<RevCommit> commits = new ArrayList<>();
        try (GitRepository git = GitRepository.init(where)) {
            git.write(".iac-lint.yaml", CONFIG).write("stacks/bot.yaml", AGENT).write("README.md", "# bots\n");
            commits.add(git.commit("an agent under a customer-managed key", DAY_1));
            git.write("stacks/bot.yaml", AGENT + GUARDRAIL);
            commits.add(git.commit("a guardrail, without a key", DAY_1.plus(Duration.ofDays(1))));
            git.write("stacks/bot.yaml", AGENT + "  # iac-lint:ignore BEDROCK-006 " + REASON + "\n" + GUARDRAIL);
            commits.add(git.commit("excuse the guardrail for now", DAY_1.plus(Duration.ofDays(2))));
            git.write("README.md", "# bots\n\nSupport bots.\n");
            commits.add(git.commit("docs only", DAY_1.plus(Duration.ofDays(3))));
            git.write("stacks/bot.yaml", AGENT + GUARDRAIL
                    + "      KmsKeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n");
            commits.add(git.commit("the guardrail gets the platform key", DAY_1.plus(Duration.ofDays(5))));
        }
        return commits;
    }

    static KpiReport report;

    @BeforeAll
    static void scanHistory() throws Exception {
        commits = history(folder.resolve("repo"));
        report = KpiCommand.report(List.of(folder.resolve("repo")), new HistoryScan.Settings("HEAD",
                DAY_1.minus(Duration.ofDays(1)), List.of(), null, false, DAY_1.plus(Duration.ofDays(30))), 1);
    }

    @Test
    void scansTheCommitsThatChangedInfrastructureCode() {
        assertEquals(List.of(commits.get(0).getName(), commits.get(1).getName(), commits.get(2).getName(),
                commits.get(4).getName()), report.points().stream().map(p -> p.revision().id()).toList());
        assertEquals(5, report.stats().commits());
        assertEquals(4, report.stats().scanned());
    }

    @Test
    void coverageSeriesPerFamily() {
        assertEquals(List.of("agents 1/1", "agents 1/1 guardrails 0/1", "agents 1/1 guardrails 0/1",
                "agents 1/1 guardrails 1/1"), report.points().stream().map(p -> series(p.coverage())).toList());
        assertEquals(List.of(100, 100, 100, 100), percents(report.points(), "agents"));
        assertEquals(java.util.Arrays.asList(null, 0, 0, 100), percents(report.points(), "guardrails"));
    }

    @Test
    void findingLifetimeAndTimeToRemediate() {
        Lifetime guardrail = report.lifetimes().get(0);
        assertEquals(1, report.lifetimes().size());
        assertEquals("BEDROCK-006", guardrail.finding().ruleId());
        assertEquals("guardrails", guardrail.family());
        assertEquals(commits.get(1).getName(), guardrail.appeared().id());
        assertEquals(commits.get(4).getName(), guardrail.fixed().id());
        assertEquals(List.of(new Mttr("BEDROCK-006", 1, 0, Duration.ofDays(4), Duration.ofDays(4))), report.mttrByRule());
        assertEquals(List.of(new Mttr("guardrails", 1, 0, Duration.ofDays(4), Duration.ofDays(4))),
                report.mttrByFamily());
        assertTrue(report.open().isEmpty());
    }

    @Test
    void exceptionsOverTimeWithTheirReason() {
        assertEquals(List.of(0, 0, 1, 0), report.points().stream().map(Point::exceptions).toList());
        assertEquals(List.of(0, 1, 0, 0), report.points().stream().map(Point::failing).toList());
        Exemption exemption = report.exemptions().get(0);
        assertEquals(1, report.exemptions().size());
        assertEquals("inline", exemption.kind());
        assertEquals(REASON, exemption.reason());
        assertEquals(commits.get(2).getName(), exemption.granted().id());
        assertEquals(commits.get(4).getName(), exemption.ended().id());
    }

    @Test
    void anOpenFindingCountsWithItsAgeSoFar() throws Exception {
        Path repo = folder.resolve("open");
        try (GitRepository git = GitRepository.init(repo)) {
            git.write(".iac-lint.yaml", CONFIG).write("bot.yaml", AGENT + GUARDRAIL);
            git.commit("a guardrail without a key", DAY_1);
        }
        KpiReport open = KpiCommand.report(List.of(repo), new HistoryScan.Settings("HEAD", DAY_1, List.of(), null,
                false, DAY_1.plus(Duration.ofDays(10))), 1);
        assertEquals(List.of(new Mttr("BEDROCK-006", 0, 1, Duration.ofDays(10), Duration.ofDays(10))),
                open.mttrByRule());
        assertNull(open.lifetimes().get(0).fixed());
        assertEquals(1, open.openByAge().get(1).count(), "8-30 days");
    }

    @Test
    void jsonForDashboards() {
        CliRun run = CliRun.allRules("kpi", "--since", "2026-03-01", "-f", "json", folder.resolve("repo").toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = Json.parse(run.out());
        List<?> points = (List<?>) json.get("commits");
        assertEquals(4, points.size());
        Map<?, ?> mttr = (Map<?, ?>) ((List<?>) json.get("mttrByRule")).get(0);
        assertEquals("BEDROCK-006", mttr.get("name"));
        assertEquals(4L * 86400, ((Number) mttr.get("meanSeconds")).longValue());
        assertEquals(4L * 86400, ((Number) mttr.get("medianSeconds")).longValue());
        Map<?, ?> exception = (Map<?, ?>) ((List<?>) json.get("exceptions")).get(0);
        assertEquals(REASON, exception.get("reason"));
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) json.get("findings")).get(0);
        assertEquals(commits.get(1).getName(), ((Map<?, ?>) finding.get("appeared")).get("id"));
        assertEquals("2026-03-07T09:00:00Z", ((Map<?, ?>) finding.get("fixed")).get("date"));
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAnError() {
        CliRun run = CliRun.allRules("kpi", "/");
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertTrue(run.err().contains("no git repository"), run.err());
    }

    private static String series(Coverage coverage) {
        return String.join(" ", coverage.families().stream()
                .map(f -> f.name() + " " + f.customerManaged() + "/" + (f.total() - f.unknown())).toList());
    }

    private static List<Integer> percents(List<Point> points, String family) {
        List<Integer> values = new ArrayList<>();
        for (Point point : points) {
            values.add(point.coverage().families().stream().filter(f -> f.name().equals(family)).findFirst()
                    .map(Coverage.Family::percent).orElse(null));
        }
        return values;
    }
}
