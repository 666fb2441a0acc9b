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
        CommandRun first =
                CommandRun.of("sweep", sweepFile.toString(), "--out", out.toString(), "--jobs", "2", "--quiet");
        assertEquals(LivemigCommand.EXIT_FAILURE, first.exit(), first.err());
        assertTrue(first.out().contains("10 runs: 8 ran, 0 already finished, 2 failed"), first.out());
        assertTrue(
                first.err().contains("failed: LccRuntimeException: " + badModel + ":2:1: expected a message"),
                first.err());
        assertTrue(
                first.err().contains("2 run(s) failed: tiny-lcc-balance-low-s1, tiny-lcc-balance-low-s2"), first.err());
        assertEquals(9, Files.readAllLines(out.resolve("index.csv")).size());

        CommandRun second = CommandRun.of("sweep", sweepFile.toString(), "--out", out.toString(), "--quiet");
        assertTrue(second.out().contains("8 already finished"), second.out());

        Path figures = dir.resolve("figures");
        CommandRun plot = CommandRun.of("plot", out.toString(), "--out", figures.toString());
        assertEquals(0, plot.exit(), plot.err());
        assertTrue(ImageIO.read(figures.resolve("normal-variable-attempts.png").toFile())
                        .getWidth()
                > 0);
        assertTrue(Files.readString(figures.resolve("normal-variable-overhead.svg"))
                .contains("</svg>"));
        assertTrue(Files.readString(figures.resolve("overhead-tables.md")).contains("| Push | High |"));
        CommandRun single = CommandRun.of(
                "plot",
                out.resolve("tiny-push-low-s1").toString(),
                "--out",
                dir.resolve("one").toString());
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
        assertEquals(
                List.of("livemig: " + dir.resolve("nothing.yaml") + ": no such file or directory"),
                bad.err().lines().toList());
    }

    @Test
    void setShardMergePlotByAndClaimsOnALossSweep(@TempDir Path dir) throws Exception {
        Path sweepFile = dir.resolve("loss.yaml");
        Files.writeString(sweepFile, """
                name: loss
                scenario: {preset: testbed, duration_s: 600}
                matrix: {strategy: [push, pull], network.loss_probability: [0, 0.05]}
                seeds: [1, 2]
                """);
        String out = dir.resolve("sweep").toString();
        CommandRun varied = CommandRun.of("sweep", sweepFile.toString(), "--out", out, "--set", "strategy=push");
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, varied.exit());
        assertTrue(varied.err().contains("the sweep varies strategy"), varied.err());
        assertEquals(
                LivemigCommand.EXIT_BAD_INPUT,
                CommandRun.of("sweep", sweepFile.toString(), "--out", out, "--shard", "0/2")
                        .exit());
        for (String part : List.of("1/2", "2/2")) {
            CommandRun r = CommandRun.of(
                    "sweep", sweepFile.toString(), "--out", out, "--quiet", "--shard", part, "--set", "duration_s=500");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("4 of 8 runs: 4 ran"), r.out());
        }
        CommandRun merge =
                CommandRun.of("sweep", sweepFile.toString(), "--out", out, "--merge", "--set", "duration_s=500");
        assertEquals(0, merge.exit(), merge.err());
        String header = Files.readAllLines(Path.of(out, "index.csv")).get(0);
        assertTrue(header.contains(",scenario_hash,network.loss_probability,"), header);
        CommandRun stale = CommandRun.of("sweep", sweepFile.toString(), "--out", out, "--merge");
        assertEquals(LivemigCommand.EXIT_FAILURE, stale.exit(), "without the --set every run's scenario differs");
        CommandRun again = CommandRun.of("sweep", sweepFile.toString(), "--out", out, "--quiet");
        assertTrue(again.out().contains("8 ran (8 of them again: their scenario changed)"), again.out());

        CommandRun plot = CommandRun.of(
                "plot", out, "--out", dir.resolve("fig").toString(), "--by", "strategy,network.loss_probability");
        assertEquals(0, plot.exit(), plot.err());
        assertTrue(Files.readString(dir.resolve("fig").resolve("aggregate.csv"))
                .startsWith("strategy,network.loss_probability,metric,n,mean,std,ci95_low,ci95_high\n"));
        Path claims = dir.resolve("claims.yaml");
        Files.writeString(
                claims,
                "claims:\n  - name: nope\n    metric: attempts\n    lower: {strategy: push}\n"
                        + "    than: {strategy: pull}\n");
        CommandRun check = CommandRun.of("check", out, "--claims", claims.toString());
        assertEquals(LivemigCommand.EXIT_FAILURE, check.exit(), check.out());
        assertTrue(check.err().contains("1 claim(s) of " + claims + " do not hold: nope ("), check.err());
        Files.writeString(claims, "claims:\n  - name: x\n    metric: attempts\n    lower: push\n");
        CommandRun bad = CommandRun.of("check", out, "--claims", claims.toString());
        assertEquals(LivemigCommand.EXIT_BAD_INPUT, bad.exit());
        assertEquals(
                List.of("livemig: " + claims + ":4: claims[1].lower: must be a mapping of keys to values, "
                        + "e.g. {strategy: pull, load: low}"),
                bad.err().lines().toList());
    }
}
