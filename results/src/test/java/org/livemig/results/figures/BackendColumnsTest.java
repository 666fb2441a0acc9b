package org.livemig.results.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultWriter;
import org.livemig.results.RunSummary;

/** A short testbed run (libvirt, jittered sample times) plotted beside the simulation of its scenario. */
class BackendColumnsTest {

    /** A 60 s run of 3 PMs sampled about every second; {@code jitter} ms late per sample when non-zero. */
    private static RunResult run(String backend, int jitterMs, double performance) {
        List<MetricsSample> samples = new ArrayList<>();
        for (int k = 1; k <= 60; k++) {
            double t = k + (jitterMs == 0 ? 0 : 0.592 + k * jitterMs / 1000.0);
            samples.add(new MetricsSample(t, performance, 0.4, 3, k % 10 == 0 ? 1 : 0, 0, 300));
        }
        Map<String, Object> extra =
                new HashMap<>(Map.of("load", "medium", "type", "normal", "variable_thresholds", false));
        if (backend != null) {
            extra.put("backend", backend);
        }
        RunSummary summary =
                RunSummary.fromSamples("testbed-local-push", "push", "kvm", 1, 3, 5, 60, samples, 0, 60, extra);
        return new RunResult(summary, samples, List.of(), List.of());
    }

    private static List<RunSeries> testbedAndSimulation(Path dir) throws Exception {
        RunResultWriter.write(dir.resolve("tb"), run("libvirt", 3, 0.8));
        RunResultWriter.write(dir.resolve("sim"), run(null, 0, 0.95));
        return RunSeries.load(List.of(dir.resolve("tb"), dir.resolve("sim")));
    }

    @Test
    void testbedAndSimulationAreSeparateColumnsEachWithALine(@TempDir Path dir) throws Exception {
        List<RunSeries> runs = testbedAndSimulation(dir);
        assertEquals(
                List.of("libvirt", "simulation"),
                runs.stream().map(r -> r.row().backend()).toList());
        for (FigureMetric metric : FigureMetric.values()) {
            FigureGrid grid = ThesisFigures.figure(runs, metric, "normal-fixed");
            List<List<FigureGrid.Panel>> rows = grid.rows();
            assertEquals(1, rows.size(), metric.name());
            assertEquals(
                    List.of("Push - simulation (3 PMs), KVM", "Push - testbed (libvirt, 3 PMs), KVM"),
                    rows.get(0).stream().map(FigureGrid.Panel::title).toList(),
                    metric.name());
            for (FigureGrid.Panel panel : rows.get(0)) {
                SeedBand band = panel.lines().get("medium load (0.4)");
                assertEquals(1, band.runs(), panel.title());
                assertTrue(band.xs().length >= 2, metric + " " + panel.title() + " has no line");
            }
        }
        SeedBand testbed = ThesisFigures.figure(runs, FigureMetric.SYSTEM_PERFORMANCE, "normal-fixed")
                .rows()
                .get(0)
                .get(1)
                .lines()
                .get("medium load (0.4)");
        assertEquals(0.8, testbed.mean()[5], 1e-12);
    }

    @Test
    void overheadTablesSeparateTheBackends(@TempDir Path dir) throws Exception {
        List<RunSeries> runs = testbedAndSimulation(dir);
        List<OverheadTables.Row> table =
                OverheadTables.rows(runs.stream().map(RunSeries::row).toList());
        assertEquals(
                List.of("simulation", "libvirt"),
                table.stream().map(OverheadTables.Row::backend).toList());
        String md = OverheadTables.markdown(table);
        assertTrue(md.contains("on KVM (simulation, 3 PMs)"), md);
        assertTrue(md.contains("on KVM (testbed on libvirt, 3 PMs)"), md);
        ThesisFigures.writeAll(runs, dir.resolve("figures"));
        assertTrue(Files.exists(dir.resolve("figures").resolve("normal-fixed-system-performance.png")));
    }

    @Test
    void simulationOnlyFiguresKeepTheThesisColumnNames() {
        List<RunSeries> runs = List.of(
                ThesisFiguresTest.run("push", "low", "xen", 19, 1, 10),
                ThesisFiguresTest.run("push", "low", "xen", 4, 1, 10));
        FigureGrid grid = ThesisFigures.figure(runs, FigureMetric.ATTEMPTS, "normal-fixed");
        assertEquals(
                List.of("Push - simulation (19 PMs), Xen", "Push - testbed (4 PMs), Xen"),
                grid.rows().get(0).stream().map(FigureGrid.Panel::title).toList());
    }

    @Test
    void seedsWithUnalignedSampleTimesAreInterpolated() {
        SeedBand band = SeedBand.of(List.of(
                new double[][] {{2, 4, 6}, {1, 1, 1}}, new double[][] {{2.01, 4.02, 6.03, 8.04}, {3, 5, 7, 9}}));
        assertArrayEquals(new double[] {2, 4, 6}, band.xs());
        assertEquals(2, band.mean()[0], 1e-12);
        double second = 5 + (7 - 5) * (6 - 4.02) / (6.03 - 4.02);
        assertEquals((1 + second) / 2, band.mean()[2], 1e-9);
        assertEquals(2, band.runs());
    }
}
