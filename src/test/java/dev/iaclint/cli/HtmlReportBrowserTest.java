package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Chromium;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports in a real browser: headless Chromium opens each from a {@code file://} URL,
 * and the test reads the charts' series and the findings table from the DOM it built. Screenshots
 * are kept in {@code target/html-report/} to look at.
 */
class HtmlReportBrowserTest {

    private static final Path OUTPUT = Path.of("target", "html-report");
    /** What would make a page load something: a URL in an attribute or in CSS, or an element that fetches. */
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)(src|href|action|poster|srcset)\\s*=\\s*[\"']?\\s*(https?:|//)|url\\s*\\(|@import|<(script|link|img|iframe|object|embed)\\b");

    @TempDir
    static Path folder;
    static Path kpiPage;
    static Path scanPage;
    static String kpiDom;
    static String scanDom;

    @BeforeAll
    static void renderAndOpen() throws Exception {
        Path repo = folder.resolve("repo");
        KpiCommandTest.history(repo);
        try (GitRepository git = GitRepository.open(repo)) {
            git.write("stacks/prompts.yaml", """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Resources:
                      Greeting:
                        Type: AWS::Bedrock::Prompt
                        Properties:
                          Name: greeting
                    """);
            git.commit("a prompt, without a key", KpiCommandTest.DAY_1.plus(Duration.ofDays(6)));
        }
        Files.createDirectories(OUTPUT);
        kpiPage = OUTPUT.resolve("kpi.html");
        scanPage = OUTPUT.resolve("scan.html");
        CliRun kpi = CliRun.allRules("kpi", "--since", "2026-03-01", "-f", "html:" + kpiPage, repo.toString());
        assertEquals(0, kpi.exitCode(), kpi.err());
        CliRun scan = CliRun.allRules("scan", "--config", repo.resolve(".iac-lint.yaml").toString(), "-f",
                "html:" + scanPage, repo.resolve("stacks").toString());
        assertEquals(ExitCode.FINDINGS, scan.exitCode(), scan.err());
        kpiDom = Chromium.dumpDom(kpiPage, folder.resolve("profile"));
        scanDom = Chromium.dumpDom(scanPage, folder.resolve("profile"));
        Chromium.screenshot(kpiPage, folder.resolve("profile"), OUTPUT.resolve("kpi.png"), 1200, 3000);
        Chromium.screenshot(scanPage, folder.resolve("profile"), OUTPUT.resolve("scan.png"), 1200, 1300);
    }

    @Test
    void theCoverageTrendHasASeriesPerFamily() {
        // Scanned commits 1, 2, 3, 5 and 6; the prompt family starts at commit 6.
        assertEquals("100 100 100 100 100", series(kpiDom, "coverage-trend", "agents"));
        assertEquals("- 0 0 100 100", series(kpiDom, "coverage-trend", "guardrails"));
        assertEquals("- - - - 0", series(kpiDom, "coverage-trend", "prompts"));
        assertEquals("0 1 0 0 1", series(kpiDom, "exceptions-trend", "failing"));
        assertEquals("0 0 1 0 0", series(kpiDom, "exceptions-trend", "exceptions"));
    }

    @Test
    void timeToRemediateAndExceptionsAreTables() {
        assertTrue(kpiDom.contains("data-name=\"BEDROCK-006\" data-mean-seconds=\"345600\" data-median-seconds=\"345600\""),
                "BEDROCK-006 fixed in four days");
        assertTrue(kpiDom.contains(KpiCommandTest.REASON), "the exception's reason");
    }

    @Test
    void todaysFindingsLinkToTheirFiles() {
        List<String> rows = rows(kpiDom);
        assertEquals(List.of("BEDROCK-008"), rows);
        assertTrue(kpiDom.contains("stacks/prompts.yaml:3</a>"), "the finding's file and line, linked");
    }

    @Test
    void theScanPageGroupsFindingsWithTheirSourceLine() {
        assertEquals(List.of("BEDROCK-008"), rows(scanDom));
        assertTrue(scanDom.contains("<span class=\"code\">Greeting:</span>"), "the line the finding points at");
        assertTrue(scanDom.contains("data-bar=\"guardrails\" data-value=\"100\""), "guardrails fully covered");
        assertTrue(scanDom.contains("data-bar=\"prompts\" data-value=\"0\""), "prompts not covered");
    }

    @Test
    void thePagesRequestNothing() throws Exception {
        for (Path page : List.of(kpiPage, scanPage)) {
            String html = Files.readString(page);
            assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""),
                    page + " forbids every request by its Content-Security-Policy");
            Matcher request = REQUEST.matcher(html);
            assertFalse(request.find(), () -> page + " would load " + request.group());
        }
    }

    @Test
    void screenshotsAreTaken() throws Exception {
        assertTrue(Files.size(OUTPUT.resolve("kpi.png")) > 10_000);
        assertTrue(Files.size(OUTPUT.resolve("scan.png")) > 10_000);
    }

    private static String series(String dom, String chart, String name) {
        int start = dom.indexOf("data-chart=\"" + chart + "\"");
        int end = dom.indexOf("</svg>", start);
        Matcher m = Pattern.compile("data-series=\"" + Pattern.quote(name) + "\" data-values=\"([^\"]*)\"")
                .matcher(dom.substring(start, end));
        return m.find() ? m.group(1) : null;
    }

    private static List<String> rows(String dom) {
        List<String> rules = new ArrayList<>();
        int table = dom.indexOf("<table id=\"findings\"");
        Matcher m = Pattern.compile("<tr data-rule=\"([^\"]+)\"").matcher(dom.substring(table, dom.indexOf("</table>", table)));
        while (m.find()) {
            rules.add(m.group(1));
        }
        return rules;
    }
}
