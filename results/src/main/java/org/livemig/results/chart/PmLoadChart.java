package org.livemig.results.chart;

import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.RunResult;

/** The normalised load of every PM over time, one line per PM (SPEC 6). */
public final class PmLoadChart {
    /** Width of the written figure in pixels. */
    public static final int WIDTH = 1000;
    /** Height of the written figure in pixels. */
    public static final int HEIGHT = 600;

    private PmLoadChart() {}

    /**
     * The chart of {@code result}'s per-PM loads.
     *
     * @param result the run
     * @return the chart, with PMs in id order
     */
    public static JFreeChart create(RunResult result) {
        ChartFiles.ensureHeadless();
        Map<Integer, XYSeries> byPm = new TreeMap<>();
        for (PmLoadSample s : result.pmLoads()) {
            byPm.computeIfAbsent(s.pm(), pm -> new XYSeries("PM " + pm, false, true))
                    .add(s.timeS(), s.load(), false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byPm.values().forEach(data::addSeries);

        XYLineAndShapeRenderer renderer = ChartStyle.lines(1.0f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(), ChartStyle.valueAxis("Load (load / cores)"), renderer);
        ChartStyle.plot(plot);

        JFreeChart chart = new JFreeChart("Load of each PM over time", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.chart(chart, result.summary());
        return chart;
    }
}
