package org.livemig.results.findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.measurement.PmLoadSample;

/**
 * How many PMs of one run sit inside a band around the average load (seed 000 section 5: 80-120 %), at
 * the start (first sample) and at the end. At the end each PM's load is its mean reported normalised load
 * over the last window of the run, so one noisy sample does not decide; only PMs still reporting at the
 * last sample count.
 *
 * @param pms PMs reporting at the end
 * @param insideAtEnd of them, those inside the band at the end
 * @param pmsAtStart PMs reporting at the first sample
 * @param insideAtStart of them, those inside the band then
 */
public record BalanceAtEnd(int pms, int insideAtEnd, int pmsAtStart, int insideAtStart) {

  /**
   * Measures a run.
   *
   * @param pmLoads the run's {@code pm_loads.csv} rows
   * @param windowS the closing window, s
   * @param low the band's lower edge as a share of the average, e.g. 0.8
   * @param high its upper edge, e.g. 1.2
   * @return the counts; all 0 for a run without samples
   */
  public static BalanceAtEnd of(List<PmLoadSample> pmLoads, double windowS, double low, double high) {
    if (pmLoads.isEmpty()) {
      return new BalanceAtEnd(0, 0, 0, 0);
    }
    double start = pmLoads.stream().mapToDouble(PmLoadSample::timeS).min().orElseThrow();
    double end = pmLoads.stream().mapToDouble(PmLoadSample::timeS).max().orElseThrow();
    Map<Integer, Double> first = new HashMap<>();
    Map<Integer, double[]> closing = new HashMap<>();
    for (PmLoadSample s : pmLoads) {
      if (s.timeS() == start) {
        first.put(s.pm(), s.load());
      }
      if (s.timeS() > end - windowS) {
        double[] sum = closing.computeIfAbsent(s.pm(), k -> new double[2]);
        sum[0] += s.load();
        sum[1]++;
      }
    }
    Map<Integer, Double> last = new HashMap<>();
    pmLoads.stream().filter(s -> s.timeS() == end)
        .forEach(s -> last.put(s.pm(), closing.get(s.pm())[0] / closing.get(s.pm())[1]));
    return new BalanceAtEnd(last.size(), inside(last, low, high), first.size(), inside(first, low, high));
  }

  /** Whether all PMs but at most one are inside the band at the end. */
  public boolean allButOneInside() {
    return pms - insideAtEnd <= 1;
  }

  private static int inside(Map<Integer, Double> loads, double low, double high) {
    double average = loads.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return (int) loads.values().stream().filter(l -> l >= low * average && l <= high * average).count();
  }
}
