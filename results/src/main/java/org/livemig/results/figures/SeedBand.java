package org.livemig.results.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.livemig.results.stats.MeanInterval;

/**
 * The mean over replications (seeds) of one line of a figure with its 95 % confidence interval (Student t,
 * n - 1 degrees of freedom; {@link MeanInterval}), point by point; a single run has no interval. The
 * points are those of the run with the fewest (so runs of different lengths are cut to the shortest); the
 * other runs are interpolated linearly onto them, so runs whose sample times do not line up (a testbed
 * samples at 1.003 s, 2.004 s, ...) still combine. Runs on the same grid combine exactly, point by point.
 *
 * @param xs the x values (of the run with the fewest points)
 * @param mean the mean over runs at each x
 * @param lower the lower end of the interval at each x (the mean for one run)
 * @param upper the upper end of the interval at each x (the mean for one run)
 * @param runs how many runs were combined
 */
public record SeedBand(double[] xs, double[] mean, double[] lower, double[] upper, int runs) {

    /**
     * Combines the points of several runs; runs without points are left out.
     *
     * @param points each run's {@code {xs, ys}}, xs ascending
     * @return the band; empty arrays when no run has points
     */
    public static SeedBand of(List<double[][]> points) {
        List<double[][]> runs = new ArrayList<>();
        for (double[][] p : points) {
            if (p[0].length > 0) {
                runs.add(p);
            }
        }
        if (runs.isEmpty()) {
            return new SeedBand(new double[0], new double[0], new double[0], new double[0], 0);
        }
        double[] xs = runs.get(0)[0];
        for (double[][] p : runs) {
            if (p[0].length < xs.length) {
                xs = p[0];
            }
        }
        xs = xs.clone();
        int n = xs.length;
        double[] mean = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] ys = new double[runs.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < ys.length; k++) {
                ys[k] = valueAt(runs.get(k), i, xs[i]);
            }
            MeanInterval m = MeanInterval.of(ys);
            mean[i] = m.mean();
            lower[i] = m.lower();
            upper[i] = m.upper();
        }
        return new SeedBand(xs, mean, lower, upper, runs.size());
    }

    /**
     * The run's value at {@code x}: its own point if it has one at x (tried first at index {@code i}), else
     * linear interpolation between its neighbouring points, the end values beyond its ends.
     */
    private static double valueAt(double[][] p, int i, double x) {
        double[] px = p[0];
        double[] py = p[1];
        if (i < px.length && px[i] == x) {
            return py[i];
        }
        int k = Arrays.binarySearch(px, x);
        if (k >= 0) {
            return py[k];
        }
        int after = -k - 1;
        if (after == 0) {
            return py[0];
        }
        if (after == px.length) {
            return py[px.length - 1];
        }
        double x0 = px[after - 1];
        double x1 = px[after];
        return py[after - 1] + (py[after] - py[after - 1]) * (x - x0) / (x1 - x0);
    }
}
