package org.livemig.results.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of replications (seeds) with its two-sided 95 % confidence interval from Student's t distribution
 * with n - 1 degrees of freedom: mean +- t(0.975, n - 1) * s / sqrt(n), s the sample standard deviation
 * (n - 1). One value has no interval (half width NaN); none has no mean.
 *
 * @param n how many values
 * @param mean their mean, NaN when there are none
 * @param std their sample standard deviation, NaN below two values
 * @param halfWidth half the interval's width, NaN below two values
 */
public record MeanInterval(int n, double mean, double std, double halfWidth) {

    /** The confidence level of the interval. */
    public static final double LEVEL = 0.95;

    /** The mean and interval of {@code values}. */
    public static MeanInterval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new MeanInterval(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanInterval(1, mean, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / (n - 1));
        return new MeanInterval(n, mean, std, quantile(n - 1) * std / Math.sqrt(n));
    }

    /** The t quantile of the interval, t(0.975, df). */
    public static double quantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    /** The interval's lower end; the mean itself without an interval. */
    public double lower() {
        return Double.isNaN(halfWidth) ? mean : mean - halfWidth;
    }

    /** The interval's upper end; the mean itself without an interval. */
    public double upper() {
        return Double.isNaN(halfWidth) ? mean : mean + halfWidth;
    }
}
