package org.livemig.results.chart;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.RunResult;

/**
 * The normalised load of every PM over time (SPEC 6): one line per PM up to {@link #MAX_PM_LINES} PMs; for a larger
 * datacentre, where thousands of lines and legend entries would be unreadable (and hold every sample as a chart
 * item), the distribution of the PMs' loads at each sample time: minimum, 10th percentile, median, 90th
 * percentile and maximum.
 */
public final class PmLoadChart {
    /** Width of the written figure in pixels. */
    public static final int WIDTH = 1000;
    /** Height of the written figure in pixels. */
    public static final int HEIGHT = 600;
    /** Most PMs drawn one line each. */
    public static final int MAX_PM_LINES = 50;

    private static final double[] PERCENTILES = {0, 10, 50, 90, 100};
    private static final String[] PERCENTILE_NAMES = {"min", "10th percentile", "median", "90th percentile", "max"};

    private PmLoadChart() {}

    /**
     * The chart of {@code result}'s per-PM loads.
     *
     * @param result the run
     * @return the chart, with PMs in id order
     */
    public static JFreeChart create(RunResult result) {
        ChartFiles.ensureHeadless();
        int pms = result.summary().pms();
        XYSeriesCollection data = pms <= MAX_PM_LINES ? onePerPm(result) : distribution(result);

        XYLineAndShapeRenderer renderer = ChartStyle.lines(1.0f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(), ChartStyle.valueAxis("Load (load / cores)"), renderer);
        ChartStyle.plot(plot);

        String title = pms <= MAX_PM_LINES ? "Load of each PM over time" : "Load of the " + pms + " PMs over time";
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.chart(chart, result.summary());
        return chart;
    }

    private static XYSeriesCollection onePerPm(RunResult result) {
        Map<Integer, XYSeries> byPm = new TreeMap<>();
        for (PmLoadSample s : result.pmLoads()) {
            byPm.computeIfAbsent(s.pm(), pm -> new XYSeries("PM " + pm, false, true))
                    .add(s.timeS(), s.load(), false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byPm.values().forEach(data::addSeries);
        return data;
    }

    /**
     * Five lines of the loads' distribution, one point per sample time. The samples of one time are consecutive
     * (the measurement point writes every PM at each sample), so memory stays one sample's loads.
     */
    private static XYSeriesCollection distribution(RunResult result) {
        XYSeries[] lines = new XYSeries[PERCENTILES.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new XYSeries(PERCENTILE_NAMES[i], false, true);
        }
        Percentile percentile = new Percentile();
        double[] loads = new double[64];
        int n = 0;
        double time = Double.NaN;
        for (PmLoadSample s : result.pmLoads()) {
            if (s.timeS() != time && n > 0) {
                addPoints(lines, percentile, time, loads, n);
                n = 0;
            }
            time = s.timeS();
            if (n == loads.length) {
                loads = Arrays.copyOf(loads, n * 2);
            }
            loads[n++] = s.load();
        }
        if (n > 0) {
            addPoints(lines, percentile, time, loads, n);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries line : lines) {
            data.addSeries(line);
        }
        return data;
    }

    private static void addPoints(XYSeries[] lines, Percentile percentile, double time, double[] loads, int n) {
        percentile.setData(loads, 0, n);
        for (int i = 0; i < lines.length; i++) {
            double p = PERCENTILES[i];
            double value = p == 0
                    ? StatUtils.min(loads, 0, n)
                    : p == 100 ? StatUtils.max(loads, 0, n) : percentile.evaluate(p);
            lines[i].add(time, value, false);
        }
    }
}
