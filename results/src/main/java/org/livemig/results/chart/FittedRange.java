package org.livemig.results.chart;

/**
 * The value range of a system-performance axis fitted to the data, as the thesis's figures do (0.7-1.2), so
 * that 0.94 and 0.99 look different: from the smallest value less a margin to the largest plus one, on a 0.05
 * grid, at least 0.1 wide and never below 0.
 */
public record FittedRange(double lower, double upper) {

    /** Grid the bounds snap to. */
    static final double STEP = 0.05;
    /** Room left beyond the data. */
    static final double MARGIN = 0.01;

    /** The fitted range of values between {@code min} and {@code max}; 0-1.05 when there are none (NaN). */
    public static FittedRange of(double min, double max) {
        if (!(min <= max)) {
            return new FittedRange(0, 1.05);
        }
        double lower = Math.max(0, Math.floor((min - MARGIN) / STEP) * STEP);
        double upper = Math.ceil((max + MARGIN) / STEP) * STEP;
        if (upper - lower < 2 * STEP) {
            lower = Math.max(0, upper - 2 * STEP);
            upper = lower + 2 * STEP;
        }
        return new FittedRange(round(lower), round(upper));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
