package org.livemig.results.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.livemig.core.measurement.MetricsSample;

/**
 * Sums a per-interval quantity of {@link MetricsSample}s over windows of fixed length aligned at 0
 * (SPEC 6: "per 1000 s").
 *
 * <p>A sample counts what happened in the interval ending at its {@code timeS}, so a sample at time
 * t belongs to the window {@code [k w, (k+1) w)} with {@code k w < t <= (k+1) w}; a sample at 0
 * belongs to the first window. The windows cover {@code [0, end)} where {@code end} is the last
 * sample's time. A trailing partial window is dropped unless it is the only window, in which case it
 * is returned with its actual length {@code end}. Windows with no samples have sum 0.
 */
public final class WindowSums {
    /** Relative slack so that times such as 999.9999999 from summed steps land on the boundary. */
    private static final double EPSILON = 1e-9;

    private WindowSums() {}

    /**
     * Sums {@code quantity} of the samples per window.
     *
     * @param samples samples in any order
     * @param windowS window length in seconds, finite and positive
     * @param quantity the per-interval quantity to sum, e.g. {@code MetricsSample::overheadBytes}
     * @return the windows in time order; empty when there are no samples or the last sample is at 0
     * @throws IllegalArgumentException if {@code windowS} is not finite and positive
     */
    public static List<Window> of(
            List<MetricsSample> samples, double windowS, ToDoubleFunction<MetricsSample> quantity) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(quantity, "quantity");
        if (!(windowS > 0) || !Double.isFinite(windowS)) {
            throw new IllegalArgumentException("windowS must be a finite number > 0, was " + windowS);
        }
        double end = 0;
        for (MetricsSample s : samples) {
            end = Math.max(end, s.timeS());
        }
        if (end <= 0) {
            return List.of();
        }
        int complete = (int) Math.min(Integer.MAX_VALUE - 1L, (long) Math.floor(end / windowS + EPSILON));
        boolean lonePartial = complete == 0;
        int count = lonePartial ? 1 : complete;
        double[] sums = new double[count];
        for (MetricsSample s : samples) {
            int index = windowIndex(s.timeS(), windowS);
            if (index < count) {
                sums[index] += quantity.applyAsDouble(s);
            }
        }
        List<Window> windows = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            windows.add(new Window(k * windowS, lonePartial ? end : windowS, sums[k]));
        }
        return List.copyOf(windows);
    }

    /** Index k of the window {@code (k w, (k+1) w]} holding the interval that ends at {@code timeS}. */
    static int windowIndex(double timeS, double windowS) {
        long k = (long) Math.ceil(timeS / windowS - EPSILON) - 1;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, k));
    }
}
