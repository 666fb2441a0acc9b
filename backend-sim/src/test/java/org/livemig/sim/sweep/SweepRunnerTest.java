package org.livemig.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.livemig.scenario.SweepLoader;
import org.livemig.scenario.SweepRun;

class SweepRunnerTest {

    private static List<SweepRun> runs() throws Exception {
        return SweepLoader.parse("name: t\nmatrix: {strategy: [push, pull], load: [low, high]}\nseeds: [1, 2]\n",
                "t.yaml", null);
    }

    /** A fake run: attempts = seed, migrations = 1 for push. */
    private static RunResult fake(Scenario s) {
        List<MetricsSample> samples = List.of(new MetricsSample(500, 0.9, 0.4, s.topology().pms(), s.seed(), 0, 100),
                new MetricsSample(1000, 0.95, 0.4, s.topology().pms(), 0,
                        s.strategy() == org.livemig.scenario.Strategy.PUSH ? 1 : 0, 900));
        RunSummary summary = RunSummary.fromSamples(s.name(), s.strategy().name().toLowerCase(), "xen", s.seed(),
                s.topology().pms(), s.topology().vms(), 1000, samples, 10, 0.01,
                Map.of("load", s.workload().level().name().toLowerCase(), "type", "normal"));
        return new RunResult(summary, samples, List.of(), List.of());
    }

    @Test
    void runsEveryRunWritesTheIndexAndSkipsFinishedRunsOnResume(@TempDir Path out) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SweepRunner runner = SweepRunner.of(out, 3, (s, p) -> {
            calls.incrementAndGet();
            p.accept(0.5);
            return fake(s);
        }, new SweepRunner.Listener() { });
        SweepRunner.Outcome first = runner.run(runs());
        assertEquals(8, first.ran().size());
        assertEquals(8, calls.get());
        List<IndexRow> rows = SweepIndex.read(out);
        assertEquals(runs().stream().map(SweepRun::id).toList(), rows.stream().map(IndexRow::run).toList());
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
        SweepRunner.Outcome outcome = SweepRunner.of(out, 2, (s, p) -> {
            if (s.strategy() == org.livemig.scenario.Strategy.PULL && s.seed() == 2) {
                p.accept(0.5);
                throw new UnsupportedOperationException("strategy pull\ncannot run");
            }
            return fake(s);
        }, new SweepRunner.Listener() {
            @Override
            public synchronized void failed(String id, String reason) {
                heard.add(id + ": " + reason);
            }

            @Override
            public synchronized void progress(double fraction) {
                progress.add(fraction);
            }
        }).run(runs());
        assertEquals(6, outcome.ran().size());
        assertEquals(List.of("t-pull-low-s2", "t-pull-high-s2"), List.copyOf(outcome.failed().keySet()));
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
        SweepRunner.Outcome outcome = SweepRunner.of(out, 1, (s, p) -> fake(s), new SweepRunner.Listener() { })
                .run(runs());
        assertEquals(8, outcome.ran().size());
        assertFalse(Files.exists(out.resolve(".t-push-low-s1.tmp-123")));
        assertTrue(Files.isDirectory(out.resolve("unrelated")));
        assertTrue(Files.isRegularFile(out.resolve("t-push-low-s1").resolve("summary.json")));
    }
}
