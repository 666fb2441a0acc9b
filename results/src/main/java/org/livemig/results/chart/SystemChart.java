package org.livemig.results.chart;

import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunResult;

/**
 * System performance E and system load over time, in two panels sharing the time axis (SPEC 6).
 */
public final class SystemChart {
    /** Width of the written figure in pixels. */
    public static final int WIDTH = 1000;
    /** Height of the written figure in pixels. */
    public static final int HEIGHT = 700;

    private SystemChart() {}

    /**
     * The chart of {@code result}'s metrics.
     *
     * @param result the run
     * @return the chart
     */
    public static JFreeChart create(RunResult result) {
        ChartFiles.ensureHeadless();
        XYSeries performance = new XYSeries("System performance E", false, true);
        XYSeries load = new XYSeries("System load", false, true);
        double min = Double.NaN;
        double max = Double.NaN;
        for (MetricsSample s : result.metrics()) {
            performance.add(s.timeS(), s.systemPerformance(), false);
            min = Double.isNaN(min) ? s.systemPerformance() : Math.min(min, s.systemPerformance());
            max = Double.isNaN(max) ? s.systemPerformance() : Math.max(max, s.systemPerformance());
            load.add(s.timeS(), s.systemLoad(), false);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.timeAxis());
        plot.setGap(12);

        NumberAxis entropyAxis = ChartStyle.valueAxis("Performance E (entropy)");
        FittedRange range = FittedRange.of(min, max);
        entropyAxis.setRange(range.lower(), range.upper());
        plot.add(panel(performance, entropyAxis, ChartStyle.color(0)), 1);

        plot.add(panel(load, ChartStyle.valueAxis("Load (mean load / cores)"), ChartStyle.color(3)), 1);
        ChartStyle.plot(plot);

        JFreeChart chart = new JFreeChart(
                "System performance and system load over time", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.chart(chart, result.summary());
        return chart;
    }

    private static XYPlot panel(XYSeries series, NumberAxis axis, Paint color) {
        XYLineAndShapeRenderer renderer = ChartStyle.lines(1.5f);
        renderer.setSeriesPaint(0, color);
        XYPlot panel = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
        ChartStyle.plot(panel);
        return panel;
    }
}
