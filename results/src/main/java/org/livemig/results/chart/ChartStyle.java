package org.livemig.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.livemig.results.RunSummary;

/** The look shared by the figures of a run: white background, grey grid, legend below the plot. */
final class ChartStyle {
    private static final Color GRID = new Color(0xD0D0D0);
    /** Tableau 20, strong shades first: distinguishable lines on white for up to 20 PMs. */
    private static final int[] PALETTE = {
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF, 0xAEC7E8,
        0xFFBB78, 0x98DF8A, 0xFF9896, 0xC5B0D5, 0xC49C94, 0xF7B6D2, 0xC7C7C7, 0xDBDB8D, 0x9EDAE5
    };

    private ChartStyle() {}

    /** The colour of the {@code index}-th line. */
    static Paint color(int index) {
        return new Color(PALETTE[index % PALETTE.length]);
    }

    /** The time axis: seconds, no margins, numbers formatted the same in every locale. */
    static NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis("Time (s)");
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(format("0.###"));
        return axis;
    }

    /** A value axis that includes 0, numbers formatted the same in every locale. */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A line renderer without point markers, lines {@code width} pixels wide. */
    static XYLineAndShapeRenderer lines(float width) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultStroke(new BasicStroke(width));
        renderer.setAutoPopulateSeriesStroke(false);
        return renderer;
    }

    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
    }

    /** White background, the run named in a subtitle, legend at the bottom. */
    static void chart(JFreeChart chart, RunSummary summary) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 8, 4, 24)); // room for the last time tick label
        chart.addSubtitle(new TextTitle(describe(summary)));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    /** For example {@code "normal-high: push on kvm, 19 PMs, 50 VMs, seed 1"}. */
    static String describe(RunSummary s) {
        return s.scenario() + ": " + s.strategy() + " on " + s.hypervisor() + ", " + s.pms() + " PMs, " + s.vms()
                + " VMs, seed " + s.seed();
    }
}
