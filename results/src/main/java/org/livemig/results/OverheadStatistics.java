package org.livemig.results;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.livemig.argument.Arguments;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.stats.Window;
import org.livemig.results.stats.WindowSums;

/**
 * Overhead traffic of a run in Kb/s per window, summarised as in thesis Tables 5-2 to 5-11
 * ({@code overhead_kbps} of {@code summary.json}, SPEC 6 and 8).
 *
 * @param max the highest per-window rate, Kb/s
 * @param min the lowest per-window rate, Kb/s
 * @param mean the mean per-window rate, Kb/s
 * @param median the median per-window rate, Kb/s (mean of the two middle values for an even count)
 * @param std the <em>sample</em> standard deviation (divisor n - 1) of the per-window rates, Kb/s;
 *     0 for a single window
 */
public record OverheadStatistics(double max, double min, double mean, double median, double std) {

    /** The window of the thesis tables, in seconds. */
    public static final double THESIS_WINDOW_S = 1000.0;

    /** All zeros: a run with no windows. */
    public static final OverheadStatistics ZERO = new OverheadStatistics(0, 0, 0, 0, 0);

    /** Checks that every value is finite. */
    public OverheadStatistics {
        Arguments.finite("max", max);
        Arguments.finite("min", min);
        Arguments.finite("mean", mean);
        Arguments.finite("median", median);
        Arguments.finite("std", std);
    }

    /**
     * Summarises the overhead traffic of {@code samples} over windows of {@code windowS} seconds.
     *
     * <p>Each window's rate is {@code bytes * 8 / 1000 / windowS} Kb/s (1 Kb = 1000 bits). The windows
     * cover {@code [0, end)}, aligned at 0, where {@code end} is the last sample's time; a trailing
     * partial window is ignored unless it is the only one, in which case its rate is taken over its
     * actual length {@code end} (see {@link WindowSums}). Empty input gives {@link #ZERO}.
     *
     * @param samples the run's metrics samples, each counting the bytes of its own interval
     * @param windowS the window length in seconds, e.g. {@link #THESIS_WINDOW_S}
     * @return max, min, mean, median and sample standard deviation of the per-window rates
     * @throws IllegalArgumentException if {@code windowS} is not finite and positive
     */
    public static OverheadStatistics ofWindows(List<MetricsSample> samples, double windowS) {
        List<Window> windows = WindowSums.of(samples, windowS, MetricsSample::overheadBytes);
        if (windows.isEmpty()) {
            return ZERO;
        }
        DescriptiveStatistics stats = new DescriptiveStatistics();
        for (Window w : windows) {
            stats.addValue(w.ratePerSecond() * 8.0 / 1000.0);
        }
        return new OverheadStatistics(
                stats.getMax(), stats.getMin(), stats.getMean(), stats.getPercentile(50), stats.getStandardDeviation());
    }
}
