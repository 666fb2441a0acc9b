package org.livemig.results.figures;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.livemig.results.MetricsSample;
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
    return switch (this) {
      case SYSTEM_PERFORMANCE -> binnedMean(samples, MetricsSample::systemPerformance);
      case SYSTEM_LOAD -> binnedMean(samples, MetricsSample::systemLoad);
      case ATTEMPTS -> windows(samples, MetricsSample::attempts, 1);
      case MIGRATIONS -> windows(samples, MetricsSample::migrations, 1);
      case OVERHEAD -> windows(samples, MetricsSample::overheadBytes, 8.0 / 1000.0 / WINDOW_S);
    };
  }

  private static double[][] windows(List<MetricsSample> samples, ToDoubleFunction<MetricsSample> q,
      double scale) {
    List<Window> ws = WindowSums.of(samples, WINDOW_S, q);
    double[][] xy = new double[2][ws.size()];
    for (int i = 0; i < ws.size(); i++) {
      Window w = ws.get(i);
      xy[0][i] = w.startS() + w.lengthS();
      xy[1][i] = w.lengthS() == WINDOW_S ? w.sum() * scale : w.sum() * scale * WINDOW_S / w.lengthS();
    }
    return xy;
  }

  /** Means of the samples within bins {@code (k b, (k+1) b]}, placed at the bin's end. */
  private static double[][] binnedMean(List<MetricsSample> samples, ToDoubleFunction<MetricsSample> q) {
    if (samples.isEmpty()) {
      return new double[2][0];
    }
    double end = samples.get(samples.size() - 1).timeS();
    int bins = Math.max(1, (int) Math.ceil(end / SERIES_BIN_S - 1e-9));
    double[] sum = new double[bins];
    int[] count = new int[bins];
    for (MetricsSample s : samples) {
      int k = (int) Math.max(0, Math.min(bins - 1, Math.ceil(s.timeS() / SERIES_BIN_S - 1e-9) - 1));
      sum[k] += q.applyAsDouble(s);
      count[k]++;
    }
    double[] xs = new double[bins];
    double[] ys = new double[bins];
    int n = 0;
    for (int k = 0; k < bins; k++) {
      if (count[k] > 0) {
        xs[n] = Math.min(end, (k + 1) * SERIES_BIN_S);
        ys[n] = sum[k] / count[k];
        n++;
      }
    }
    return new double[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
  }
}
