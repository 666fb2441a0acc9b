package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report end to end on a tiny real sweep (testbed, two 600 s runs). */
class ReportCommandTest {

    @Test
    void reportWritesOneSelfContainedPageAndRejectsBadInput(@TempDir Path dir) throws Exception {
        Path sweepFile = dir.resolve("tiny.yaml");
        Files.writeString(sweepFile, """
                name: tiny
                scenario: {preset: testbed, duration_s: 600}
                cases:
                  - {strategy: [push, pull], load: low}
                seeds: [1]
                """);
        Path sweep = dir.resolve("sweep");
        CommandRun swept = CommandRun.of("sweep", sweepFile.toString(), "--out", sweep.toString(), "--quiet");
        assertEquals(0, swept.exit(), swept.err());

        Path page = dir.resolve("site/report.html");
        CommandRun report = CommandRun.of("report", sweep.toString(), "--out", page.toString());
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().startsWith(page + ": 2 runs, 5 figures, "), report.out());
        String html = Files.readString(page);
        assertTrue(html.contains("<title>livemig report: sweep</title>"), "default title");
        assertEquals(5, html.split("src=\"data:image/png;base64,", -1).length - 1);
        assertTrue(html.contains("<code>tiny-pull-s1</code>"), "run table");
        assertEquals(List.of(page), Files.list(page.getParent()).toList(), "no temporary file left");

        CommandRun titled = CommandRun.of(
                "report", sweep.resolve("tiny-push-s1").toString(), "--out", page.toString(), "--title", "One run");
        assertEquals(0, titled.exit(), titled.err());
        assertTrue(Files.readString(page).contains("<h1>One run</h1>"));

        CommandRun missing = CommandRun.of("report", dir.resolve("nothing").toString(), "--out", page.toString());
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, missing.exit());
        assertEquals(1, missing.err().lines().count(), missing.err());
        CommandRun toDirectory = CommandRun.of("report", sweep.toString(), "--out", dir.toString());
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, toDirectory.exit());
        assertEquals(
                List.of("livemig: --out: " + dir + " is a directory, not an HTML file"),
                toDirectory.err().lines().toList());
    }
}
