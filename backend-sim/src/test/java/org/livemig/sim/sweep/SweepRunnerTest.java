package org.livemig.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunResult;
import org.livemig.results.RunSummary;
import org.livemig.results.sweep.IndexRow;
import org.livemig.results.sweep.SweepIndex;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioWriter;
import org.livemig.scenario.SweepLoader;
import org.livemig.scenario.SweepRun;

class SweepRunnerTest {

    private static List<SweepRun> runs() throws Exception {
        return SweepLoader.parse(
                "name: t\nmatrix: {strategy: [push, pull], load: [low, high]}\nseeds: [1, 2]\n", "t.yaml", null);
    }

    /** A fake run: attempts = seed, migrations = 1 for push. */
    private static RunResult fake(Scenario s) {
        List<MetricsSample> samples = List.of(
                new MetricsSample(500, 0.9, 0.4, s.topology().pms(), s.seed(), 0, 100),
                new MetricsSample(
                        1000,
                        0.95,
                        0.4,
                        s.topology().pms(),
                        0,
                        s.strategy() == org.livemig.scenario.Strategy.PUSH ? 1 : 0,
                        900));
        RunSummary summary = RunSummary.fromSamples(
                s.name(),
                s.strategy().name().toLowerCase(),
                "xen",
                s.seed(),
                s.topology().pms(),
                s.topology().vms(),
                1000,
                samples,
                10,
                0.01,
                Map.of("load", s.workload().level().name().toLowerCase(), "type", "normal"));
        return new RunResult(summary, samples, List.of(), List.of(), ScenarioWriter.toYaml(s));
    }

    private static List<SweepRun> runs(String extra) throws Exception {
        return SweepLoader.parse(
                "name: t\nscenario: {" + extra + "}\nmatrix: {strategy: [push, pull], "
                        + "load: [low, high]}\nseeds: [1, 2]\n",
                "t.yaml",
                null);
    }

    @Test
    void aRunWhoseEffectiveScenarioChangedRunsAgainAndTheIndexSaysWhatVaries(@TempDir Path out) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SweepRunner runner = SweepRunner.of(
                out,
                2,
                (s, p) -> {
                    calls.incrementAndGet();
                    return fake(s);
                },
                new SweepRunner.Listener() {});
        runner.run(runs("duration_s: 1000"));
        IndexRow before = SweepIndex.read(out).get(0);
        SweepRunner.Outcome changed = runner.run(runs("duration_s: 2000"));
        assertEquals(16, calls.get(), "every run's scenario changed, so every run ran again");
        assertEquals(8, changed.changed().size());
        assertTrue(changed.skipped().isEmpty());
        IndexRow after = SweepIndex.read(out).get(0);
        assertTrue(after.scenarioHash().matches("sha256:[0-9a-f]{16}"), after.scenarioHash());
        assertNotEquals(before.scenarioHash(), after.scenarioHash());
        assertEquals("low", after.columns().get("workload.load"));
        assertFalse(after.columns().containsKey("strategy"), "strategy has its fixed column");
        assertFalse(after.columns().containsKey("workload.type"), "a key that does not vary has no column");
        List<String> header =
                List.of(Files.readAllLines(out.resolve("index.csv")).get(0).split(","));
        assertEquals(
                List.of("scenario_hash", "workload.load"),
                header.subList(SweepIndex.FIXED_COLUMNS.size(), header.size()));
    }

    @Test
    void partsRunDisjointlyAndAMergeWritesTheSameIndexAsOneSweep(@TempDir Path parts, @TempDir Path whole)
            throws Exception {
        List<SweepRun> runs = runs();
        org.livemig.scenario.Sweep sweep = new org.livemig.scenario.Sweep(runs);
        List<String> ran = new ArrayList<>();
        SweepRunner runner = SweepRunner.of(parts, 1, (s, p) -> fake(s), new SweepRunner.Listener() {});
        SweepRunner.Outcome early = runner.merge(runs);
        assertEquals(8, early.missing().size());
        assertEquals(1, Files.readAllLines(parts.resolve("index.csv")).size(), "an index of no finished run");
        Files.delete(parts.resolve("index.csv"));
        for (int i = 1; i <= 3; i++) {
            SweepRunner.Outcome part = runner.runPart(runs, sweep.shard(i, 3));
            ran.addAll(part.ran());
            assertFalse(Files.exists(parts.resolve("index.csv")), "a part writes no index");
        }
        assertEquals(
                runs.stream().map(SweepRun::id).sorted().toList(),
                ran.stream().sorted().toList());
        SweepRunner.Outcome merged = runner.merge(runs);
        assertTrue(merged.missing().isEmpty());
        assertEquals(8, merged.skipped().size());
        SweepRunner.of(whole, 2, (s, p) -> fake(s), new SweepRunner.Listener() {})
                .run(runs);
        assertEquals(Files.readAllLines(whole.resolve("index.csv")), Files.readAllLines(parts.resolve("index.csv")));
    }

    @Test
    void runsEveryRunWritesTheIndexAndSkipsFinishedRunsOnResume(@TempDir Path out) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SweepRunner runner = SweepRunner.of(
                out,
                3,
                (s, p) -> {
                    calls.incrementAndGet();
                    p.accept(0.5);
                    return fake(s);
                },
                new SweepRunner.Listener() {});
        SweepRunner.Outcome first = runner.run(runs());
        assertEquals(8, first.ran().size());
        assertEquals(8, calls.get());
        List<IndexRow> rows = SweepIndex.read(out);
        assertEquals(
                runs().stream().map(SweepRun::id).toList(),
                rows.stream().map(IndexRow::run).toList());
        IndexRow row = rows.get(1);
        assertEquals("t-push-low-s2", row.run());
        assertEquals("push", row.strategy());
        assertEquals("low", row.load());
        assertEquals(2, row.attempts());
        assertEquals(1, row.migrations());
        assertEquals(0.925, row.meanSystemPerformance(), 1e-9);
        assertEquals(0.008, row.overheadKbps().mean(), 1e-9); // 1000 bytes in 1000 s = 8 b/s = 0.008 Kb/s
        SweepRunner.Outcome second = runner.run(runs());
        assertEquals(8, calls.get());
        assertEquals(8, second.skipped().size());
        assertTrue(second.ran().isEmpty());
        assertEquals(8, SweepIndex.read(out).size());
    }

    @Test
    void aFailedRunIsReportedAndTheOthersGoOn(@TempDir Path out) throws Exception {
        List<String> heard = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        SweepRunner.Outcome outcome = SweepRunner.of(
                        out,
                        2,
                        (s, p) -> {
                            if (s.strategy() == org.livemig.scenario.Strategy.PULL && s.seed() == 2) {
                                p.accept(0.5);
                                throw new UnsupportedOperationException("strategy pull\ncannot run");
                            }
                            return fake(s);
                        },
                        new SweepRunner.Listener() {
                            @Override
                            public synchronized void failed(String id, String reason) {
                                heard.add(id + ": " + reason);
                            }

                            @Override
                            public synchronized void progress(double fraction) {
                                progress.add(fraction);
                            }
                        })
                .run(runs());
        assertEquals(6, outcome.ran().size());
        assertEquals(
                List.of("t-pull-low-s2", "t-pull-high-s2"),
                List.copyOf(outcome.failed().keySet()));
        assertEquals("strategy pull cannot run", outcome.failed().get("t-pull-low-s2"));
        assertEquals(2, heard.size());
        assertFalse(Files.exists(out.resolve("t-pull-low-s2")), "an interrupted run leaves no result directory");
        assertEquals(6, SweepIndex.read(out).size());
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
        try (var children = Files.list(out)) {
            assertTrue(children.noneMatch(p -> p.getFileName().toString().startsWith(".")));
        }
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedAndTheRunIsRedone(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve(".t-push-low-s1.tmp-123"));
        Files.writeString(out.resolve(".t-push-low-s1.tmp-123").resolve("metrics.csv"), "half");
        Files.createDirectories(out.resolve("unrelated"));
        SweepRunner.Outcome outcome = SweepRunner.of(out, 1, (s, p) -> fake(s), new SweepRunner.Listener() {})
                .run(runs());
        assertEquals(8, outcome.ran().size());
        assertFalse(Files.exists(out.resolve(".t-push-low-s1.tmp-123")));
        assertTrue(Files.isDirectory(out.resolve("unrelated")));
        assertTrue(Files.isRegularFile(out.resolve("t-push-low-s1").resolve("summary.json")));
    }
}
