package org.livemig.results.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.RunSummary;
import org.livemig.results.sweep.IndexRow;

class ThesisFiguresTest {

    /** A run of 3000 s sampled every 500 s; every sample has {@code bytes} overhead bytes. */
    static RunSeries run(String strategy, String load, String hypervisor, int pms, long seed, long bytes) {
        List<MetricsSample> samples = new ArrayList<>();
        for (int t = 500; t <= 3000; t += 500) {
            samples.add(new MetricsSample(t, 0.5 + seed * 0.1, 0.4, pms, seed, t == 1000 ? 1 : 0, bytes));
        }
        RunSummary s = RunSummary.fromSamples(
                "r",
                strategy,
                hypervisor,
                seed,
                pms,
                pms * 2,
                3000,
                samples,
                1,
                0,
                Map.of("load", load, "type", "normal", "variable_thresholds", false));
        return new RunSeries(IndexRow.of(strategy + "-" + load + "-" + hypervisor + pms + "-s" + seed, s), samples);
    }

    @Test
    void metricPointsArePerWindowAndBinnedMeans() {
        RunSeries r = run("push", "high", "xen", 4, 1, 1000);
        double[][] attempts = FigureMetric.ATTEMPTS.points(r.metrics());
        assertArrayEquals(new double[] {1000, 2000, 3000}, attempts[0]);
        assertArrayEquals(new double[] {2, 2, 2}, attempts[1]);
        assertArrayEquals(new double[] {1, 0, 0}, FigureMetric.MIGRATIONS.points(r.metrics())[1]);
        // 2000 bytes per 1000 s = 16 b/s = 0.016 Kb/s
        assertEquals(0.016, FigureMetric.OVERHEAD.points(r.metrics())[1][0], 1e-12);
        double[][] perf = FigureMetric.SYSTEM_PERFORMANCE.points(r.metrics());
        assertEquals(6, perf[0].length);
        assertEquals(0.6, perf[1][0], 1e-12);
    }

    @Test
    void seedBandIsTheMeanWithItsStudentTInterval() {
        SeedBand band = SeedBand.of(List.of(new double[][] {{1, 2}, {1, 4}}, new double[][] {{1, 2, 3}, {3, 0, 9}}));
        assertArrayEquals(new double[] {1, 2}, band.xs());
        assertArrayEquals(new double[] {2, 2}, band.mean());
        // two values 1 and 3: s = sqrt(2), t(0.975, 1) = 12.7062, half width 12.7062 * sqrt(2) / sqrt(2)
        assertEquals(2 - 12.7062, band.lower()[0], 1e-3);
        assertEquals(2 + 12.7062, band.upper()[0], 1e-3);
        assertEquals(2 + 12.7062 * 2, band.upper()[1], 1e-3); // 4 and 0: s = sqrt(8), half width t * s / sqrt(2)
        assertEquals(2, band.runs());
        SeedBand one = SeedBand.of(List.<double[][]>of(new double[][] {{1}, {5}}));
        assertArrayEquals(new double[] {5}, one.lower(), "one run has no interval");
    }

    @Test
    void writesValidPngAndSvgForEveryMetric(@TempDir Path dir) throws Exception {
        List<RunSeries> runs = new ArrayList<>();
        for (String strategy : List.of("push", "pull")) {
            for (String load : List.of("low", "high")) {
                for (int pms : List.of(4, 19)) {
                    for (long seed = 1; seed <= 2; seed++) {
                        runs.add(run(strategy, load, "xen", pms, seed, 100 * seed));
                    }
                }
            }
        }
        List<Path> pngs = ThesisFigures.writeAll(runs, dir);
        assertEquals(FigureMetric.values().length, pngs.size());
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png.toString());
            assertTrue(image.getWidth() >= 2 * FigureGrid.PANEL_W, png.toString());
            Path svg = dir.resolve(png.getFileName().toString().replace(".png", ".svg"));
            String text = Files.readString(svg);
            assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), svg.toString());
            assertTrue(text.contains("Normal without variable thresholds"), svg.toString());
            assertTrue(text.trim().endsWith("</svg>"));
        }
        assertTrue(Files.exists(dir.resolve("normal-fixed-overhead.svg")));
    }

    @Test
    void overheadTableAveragesEachStatisticOverSeedsInThesisOrder() {
        List<IndexRow> rows = new ArrayList<>();
        rows.add(row("push", "low", 1, new OverheadStatistics(4, 0, 2, 1, 1)));
        rows.add(row("push", "low", 2, new OverheadStatistics(8, 2, 4, 3, 2)));
        rows.add(row("push", "high", 1, new OverheadStatistics(80.4, 41.56, 63.63, 66.04, 8.94)));
        rows.add(row("pull", "low", 1, new OverheadStatistics(1, 1, 1, 1, 0)));
        List<OverheadTables.Row> table = OverheadTables.rows(rows);
        assertEquals(
                List.of("push/high", "push/low", "pull/low"),
                table.stream().map(r -> r.strategy() + "/" + r.load()).toList());
        OverheadTables.Row pushLow = table.get(1);
        assertEquals(2, pushLow.seeds());
        assertEquals(new OverheadStatistics(6, 1, 3, 2, 1.5), pushLow.stats());
        String csv = OverheadTables.csv(table);
        assertTrue(
                csv.contains("normal-fixed,4,xen,push,low,2,6.000000,1.000000,3.000000,2.000000,1.500000,simulation\n"),
                csv);
        String md = OverheadTables.markdown(table);
        assertTrue(md.contains("## Normal without variable thresholds on Xen (testbed, 4 PMs)"), md);
        assertTrue(md.contains("| Push | High | 80.40 | 41.56 | 63.63 | 66.04 | 8.94 | 1 |"), md);
    }

    private static IndexRow row(String strategy, String load, long seed, OverheadStatistics o) {
        return new IndexRow(
                strategy + load + seed,
                "x",
                strategy,
                "xen",
                "normal",
                load,
                false,
                4,
                8,
                0.55,
                0.25,
                seed,
                20000,
                10000,
                0,
                0,
                1,
                1,
                o,
                0,
                0);
    }
}
