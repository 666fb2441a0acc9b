package org.livemig.results.figures;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.stats.Window;
import org.livemig.results.stats.WindowSums;

/** The quantities of the thesis figures (SPEC 6), each as a series of (time, value) points of one run. */
public enum FigureMetric {
    /** System performance E over time (thesis Figures 5.1, 5.13, ...), mean per 100 s. */
    SYSTEM_PERFORMANCE("system-performance", "System performance", "System performance E (0-1)"),
    /** Migration attempts (HOTSPOT and STEAL_ATTEMPT) per 1000 s window. */
    ATTEMPTS("attempts", "Migration attempts per 1000 s", "Attempts per 1000 s"),
    /** Completed migrations (MIGRATION_ACK) per 1000 s window. */
    MIGRATIONS("migrations", "Migrations per 1000 s", "Migrations per 1000 s"),
    /** Mean normalised load of the PMs that are on, mean per 100 s. */
    SYSTEM_LOAD("system-load", "Normalised system load", "Normalised system load"),
    /** Overhead traffic per 1000 s window, Kb/s. */
    OVERHEAD("overhead", "Overhead traffic", "Overhead traffic (Kb/s)");

    /** Bin of the time series (performance, load), s. */
    public static final double SERIES_BIN_S = 100;
    /** Window of the counts and the traffic, s (SPEC 6). */
    public static final double WINDOW_S = 1000;

    private final String fileStem;
    private final String title;
    private final String axisLabel;

    FigureMetric(String fileStem, String title, String axisLabel) {
        this.fileStem = fileStem;
        this.title = title;
        this.axisLabel = axisLabel;
    }

    /** The figure's file name without extension, e.g. {@code attempts}. */
    public String fileStem() {
        return fileStem;
    }

    /** The figure's title, e.g. {@code Migrations per 1000 s}. */
    public String title() {
        return title;
    }

    /** The value axis label, with its unit. */
    public String axisLabel() {
        return axisLabel;
    }

    /**
     * The points of one run: x is the end of a bin or window in s, y the value.
     *
     * @param samples the run's samples in time order
     * @return {@code {xs, ys}}
     */
    public double[][] points(List<MetricsSample> samples) {
        return points(samples, SERIES_BIN_S, WINDOW_S);
    }

    /**
     * The points of one run with the given bin and window lengths; values stay per 1000 s (or Kb/s) whatever
     * the window, so that figures of short runs keep the thesis units.
     *
     * @param samples the run's samples in time order
     * @param binS bin of the time series, s
     * @param windowS window of the counts and the traffic, s
     * @return {@code {xs, ys}}
     */
    public double[][] points(List<MetricsSample> samples, double binS, double windowS) {
        return switch (this) {
            case SYSTEM_PERFORMANCE -> binnedMean(samples, binS, MetricsSample::systemPerformance);
            case SYSTEM_LOAD -> binnedMean(samples, binS, MetricsSample::systemLoad);
            case ATTEMPTS -> windows(samples, windowS, MetricsSample::attempts, 1);
            case MIGRATIONS -> windows(samples, windowS, MetricsSample::migrations, 1);
            case OVERHEAD -> windows(samples, windowS, MetricsSample::overheadBytes, 8.0 / 1000.0 / WINDOW_S);
        };
    }

    /**
     * The bin of the time series for runs that last {@code endS}: {@link #SERIES_BIN_S} for runs of 5000 s
     * or more (the thesis runs), else a round length giving about 50 bins, so that a short testbed run
     * (a minute, samples every second) still draws a line rather than a single point.
     */
    public static double binFor(double endS) {
        return Math.min(SERIES_BIN_S, roundUp(endS / 50));
    }

    /**
     * The window of the counts and the traffic for runs that last {@code endS}: {@link #WINDOW_S} for runs of
     * 10000 s or more, else a round length giving about 10 windows.
     */
    public static double windowFor(double endS) {
        return Math.min(WINDOW_S, roundUp(endS / 10));
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code x} (at least 1). */
    private static double roundUp(double x) {
        if (!(x > 1)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= x - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double[][] windows(
            List<MetricsSample> samples, double windowS, ToDoubleFunction<MetricsSample> q, double scale) {
        List<Window> ws = WindowSums.of(samples, windowS, q);
        double[][] xy = new double[2][ws.size()];
        for (int i = 0; i < ws.size(); i++) {
            Window w = ws.get(i);
            xy[0][i] = w.startS() + w.lengthS();
            xy[1][i] = w.lengthS() == WINDOW_S ? w.sum() * scale : w.sum() * scale * WINDOW_S / w.lengthS();
        }
        return xy;
    }

    /** Means of the samples within bins {@code (k b, (k+1) b]}, placed at the bin's end. */
    private static double[][] binnedMean(List<MetricsSample> samples, double binS, ToDoubleFunction<MetricsSample> q) {
        if (samples.isEmpty()) {
            return new double[2][0];
        }
        double end = samples.get(samples.size() - 1).timeS();
        int bins = Math.max(1, (int) Math.ceil(end / binS - 1e-9));
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (MetricsSample s : samples) {
            int k = (int) Math.max(0, Math.min(bins - 1, Math.ceil(s.timeS() / binS - 1e-9) - 1));
            sum[k] += q.applyAsDouble(s);
            count[k]++;
        }
        double[] xs = new double[bins];
        double[] ys = new double[bins];
        int n = 0;
        for (int k = 0; k < bins; k++) {
            if (count[k] > 0) {
                xs[n] = Math.min(end, (k + 1) * binS);
                ys[n] = sum[k] / count[k];
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
    }
}
