package org.livemig.results.findings;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.livemig.results.figures.FigureMetric;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.sweep.IndexRow;

/** Selections of runs and means over their seeds, for the findings. */
final class RunGroups {

  private final List<RunSeries> runs;

  RunGroups(List<RunSeries> runs) {
    this.runs = runs;
  }

  /** The (PM count, hypervisor) groups present, larger first, Xen first. */
  List<Group> groups() {
    return runs.stream().map(r -> new Group(r.row().pms(), r.row().hypervisor())).distinct()
        .sorted(java.util.Comparator.comparing((Group g) -> -g.pms()).thenComparing(Group::hypervisor,
            java.util.Comparator.comparing(h -> h.equals("xen") ? "0" : h)))
        .toList();
  }

  /** The distinct PM counts, larger first. */
  List<Integer> sizes() {
    return runs.stream().map(r -> r.row().pms()).distinct().sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  List<RunSeries> select(Predicate<IndexRow> filter) {
    return runs.stream().filter(r -> filter.test(r.row())).toList();
  }

  /** The mean of {@code quantity} over the selected runs (their seeds); NaN when none. */
  Mean mean(Predicate<IndexRow> filter, ToDoubleFunction<RunSeries> quantity) {
    List<RunSeries> chosen = select(filter);
    return new Mean(chosen.stream().mapToDouble(quantity).average().orElse(Double.NaN), chosen.size());
  }

  /** Attempts per 1000 s after (or before) the change of a burst or drain. */
  static double attemptsPerWindow(RunSeries run, boolean after) {
    double[][] w = FigureMetric.ATTEMPTS.points(run.metrics());
    double sum = 0;
    int n = 0;
    for (int i = 0; i < w[0].length; i++) {
      boolean isAfter = w[0][i] - FigureMetric.WINDOW_S >= run.row().changeAtS() - 1e-9;
      if (isAfter == after) {
        sum += w[1][i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** A PM count and hypervisor. */
  record Group(int pms, String hypervisor) implements Predicate<IndexRow> {
    @Override
    public boolean test(IndexRow r) {
      return r.pms() == pms && r.hypervisor().equals(hypervisor);
    }

    @Override
    public String toString() {
      return pms + " PMs " + hypervisor;
    }
  }

  /** A mean over {@code n} runs. */
  record Mean(double value, int n) {
    boolean present() {
      return n > 0;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f", value);
    }
  }
}
