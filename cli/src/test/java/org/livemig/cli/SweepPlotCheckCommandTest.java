package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep, plot and check end to end on a tiny real sweep (testbed, 600 s runs). */
class SweepPlotCheckCommandTest {


    @Test
    void sweepIsResumablePlotWritesFiguresAndCheckReportsFindings(@TempDir Path dir) throws Exception {
        Path sweepFile = dir.resolve("tiny.yaml");
        Path badModel = dir.resolve("bad.lcc");
        Files.writeString(badModel, "a(idle, ID) :: null then\n");
        Files.writeString(sweepFile, """
                name: tiny
                scenario: {preset: testbed, duration_s: 600, lcc: {model_file: "%s"}}
                cases:
                  - {strategy: [push, pull], load: [low, high]}
                  - {strategy: lcc-balance, load: low}
                seeds: [1, 2]
                """.formatted(badModel));
        Path out = dir.resolve("sweep");
        CommandRun first = CommandRun.of("sweep", sweepFile.toString(), "--out", out.toString(), "--jobs", "2", "--quiet");
        assertEquals(LivemigCommand.EXIT_FAILURE, first.exit(), first.err());
        assertTrue(first.out().contains("10 runs: 8 ran, 0 already finished, 2 failed"), first.out());
        assertTrue(first.err().contains("failed: LccRuntimeException: " + badModel + ":2:1: expected a message"),
                first.err());
        assertTrue(first.err().contains("2 run(s) failed: tiny-lcc-balance-low-s1, tiny-lcc-balance-low-s2"),
                first.err());
        assertEquals(9, Files.readAllLines(out.resolve("index.csv")).size());

        CommandRun second = CommandRun.of("sweep", sweepFile.toString(), "--out", out.toString(), "--quiet");
        assertTrue(second.out().contains("8 already finished"), second.out());

        Path figures = dir.resolve("figures");
        CommandRun plot = CommandRun.of("plot", out.toString(), "--out", figures.toString());
        assertEquals(0, plot.exit(), plot.err());
        assertTrue(ImageIO.read(figures.resolve("normal-variable-attempts.png").toFile()).getWidth() > 0);
        assertTrue(Files.readString(figures.resolve("normal-variable-overhead.svg")).contains("</svg>"));
        assertTrue(Files.readString(figures.resolve("overhead-tables.md")).contains("| Push | High |"));
        CommandRun single = CommandRun.of("plot", out.resolve("tiny-push-low-s1").toString(),
                "--out", dir.resolve("one").toString());
        assertEquals(0, single.exit(), single.err());

        CommandRun check = CommandRun.of("check", out.toString());
        assertTrue(check.out().contains("hybrid-busiest-at-medium"), check.out());
        assertTrue(check.out().contains("SKIPPED"), check.out());
        CommandRun enforced = CommandRun.of("check", out.toString(), "--findings", "hybrid-busiest-at-medium");
        assertEquals(0, enforced.exit(), enforced.err());
        CommandRun unknown = CommandRun.of("check", out.toString(), "--findings", "nope");
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().startsWith("livemig: --findings: unknown finding 'nope'"), unknown.err());
        CommandRun missing = CommandRun.of("plot", dir.resolve("nothing").toString(), "--out", figures.toString());
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, missing.exit());
        assertEquals(1, missing.err().lines().count(), missing.err());
        CommandRun bad = CommandRun.of("sweep", dir.resolve("nothing.yaml").toString(), "--out", out.toString());
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, bad.exit());
        assertEquals(List.of("livemig: " + dir.resolve("nothing.yaml") + ": no such file or directory"),
                bad.err().lines().toList());
    }
}
