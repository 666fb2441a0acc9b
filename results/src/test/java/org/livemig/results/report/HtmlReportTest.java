package org.livemig.results.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultWriter;
import org.livemig.results.RunSummary;
import org.livemig.results.figures.FigureMetric;
import org.livemig.results.figures.RunSeries;

class HtmlReportTest {

    /** Writes a 3000 s synthetic result directory sampled every 500 s into {@code runs/NAME}. */
    private static void writeRun(Path runs, String type, String strategy, String load, long seed) throws Exception {
        List<MetricsSample> samples = new ArrayList<>();
        long attempts = load.equals("high") == strategy.equals("push") ? 3 : 1;
        for (int t = 500; t <= 3000; t += 500) {
            samples.add(new MetricsSample(
                    t, 0.6 + 0.05 * seed + t / 30000.0, 0.4, 4, attempts, t == 1000 ? 1 : 0, 1000 * attempts));
        }
        RunSummary s = RunSummary.fromSamples(
                "tiny-" + type,
                strategy,
                "xen",
                seed,
                4,
                8,
                3000,
                samples,
                1,
                0,
                Map.of("load", load, "type", type, "variable_thresholds", !type.equals("normal")));
        RunResultWriter.write(
                runs.resolve(type + "-" + strategy + "-" + load + "-s" + seed),
                new RunResult(s, samples, List.of(), List.of()));
    }

    private static List<RunSeries> runs(Path dir) throws Exception {
        Path runs = dir.resolve("runs");
        for (String strategy : List.of("push", "pull")) {
            for (String load : List.of("low", "high")) {
                for (long seed = 1; seed <= 2; seed++) {
                    writeRun(runs, "normal", strategy, load, seed);
                }
            }
        }
        writeRun(runs, "burst", "push", "low", 1);
        return RunSeries.load(List.of(runs));
    }

    @Test
    void pageIsSelfContainedAndHoldsFindingsFiguresAndTables(@TempDir Path dir) throws Exception {
        HtmlReport report = HtmlReport.of("Tiny sweep <a&b>", runs(dir));
        String html = report.html();
        assertEquals(2 * FigureMetric.values().length, report.figures());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Tiny sweep &lt;a&amp;b&gt;</title>"), "title is escaped");
        assertEquals(report.figures(), count(html, "src=\"data:image/png;base64,"));
        assertEquals(report.figures(), count(html, "<img "));
        assertFalse(Pattern.compile("(src|href)=\"(?!data:|#)").matcher(html).find(), "no external resources");
        assertFalse(html.contains("<link"), "no stylesheets from elsewhere");
        assertTrue(html.contains("<code>push-most-at-high</code>"), "findings table");
        assertTrue(html.contains("<span class=\"status PASS\">PASS</span>"));
        assertTrue(html.contains("<span class=\"status SKIPPED\">SKIPPED</span>"));
        assertTrue(html.contains("Normal without variable thresholds on Xen (testbed, 4 PMs)"), "overhead table");
        assertTrue(
                html.contains("<figcaption>Migration attempts per 1000 s: Burst with variable thresholds"),
                "figures per variant");
        assertTrue(html.contains("<code>normal-push-high-s2</code>"), "run table");
    }

    @Test
    void writeReplacesTheFileAtomicallyAndRefusesADirectory(@TempDir Path dir) throws Exception {
        HtmlReport report = HtmlReport.of("t", runs(dir));
        Path file = dir.resolve("out/report.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        report.write(file);
        assertEquals(report.html(), Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        Exception e = assertThrows(java.io.IOException.class, () -> report.write(dir.resolve("runs")));
        assertTrue(e.getMessage().endsWith("is a directory, not an HTML file"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.of("t", List.of()));
    }

    @Test
    void everyFigureLoadsInHeadlessChromium(@TempDir Path dir) throws Exception {
        HeadlessChromium.requireInstalled();
        HtmlReport report = HtmlReport.of("Tiny sweep", runs(dir));
        Path page = dir.resolve("report.html");
        report.write(page);
        String dom = HeadlessChromium.dumpDom(page, Files.createDirectories(dir.resolve("chromium")));
        Matcher loaded =
                Pattern.compile(HtmlReport.IMAGES_LOADED + "=\"(\\d+)/(\\d+)\"").matcher(dom);
        assertTrue(
                loaded.find(),
                () -> "the load script did not run; DOM starts: " + dom.substring(0, Math.min(300, dom.length())));
        assertTrue(report.figures() > 0);
        assertEquals(report.figures(), Integer.parseInt(loaded.group(2)), "images in the page");
        assertEquals(report.figures(), Integer.parseInt(loaded.group(1)), "images decoded by chromium");
        String screenshot = System.getProperty("livemig.report.screenshot");
        if (screenshot != null) {
            HeadlessChromium.screenshot(page, Path.of(screenshot), 1200, 2000, dir.resolve("chromium"));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
