package org.livemig.results.figures;

import java.util.List;

/**
 * The mean, minimum and maximum over replications (seeds) of one line of a figure, point by point. Runs of
 * different lengths are cut to the shortest.
 *
 * @param xs the x values (of the first run)
 * @param mean the mean over runs at each x
 * @param min the lowest value at each x
 * @param max the highest value at each x
 * @param runs how many runs were combined
 */
public record SeedBand(double[] xs, double[] mean, double[] min, double[] max, int runs) {

  /**
   * Combines the points of several runs.
   *
   * @param points each run's {@code {xs, ys}}
   * @return the band; empty arrays when there are no runs
   */
  public static SeedBand of(List<double[][]> points) {
    if (points.isEmpty()) {
      return new SeedBand(new double[0], new double[0], new double[0], new double[0], 0);
    }
    int n = points.stream().mapToInt(p -> p[0].length).min().orElse(0);
    double[] xs = java.util.Arrays.copyOf(points.get(0)[0], n);
    double[] mean = new double[n];
    double[] min = new double[n];
    double[] max = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[][] p : points) {
        double y = p[1][i];
        sum += y;
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      mean[i] = sum / points.size();
      min[i] = lo;
      max[i] = hi;
    }
    return new SeedBand(xs, mean, min, max, points.size());
  }
}
