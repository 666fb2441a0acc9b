package org.livemig.results.sweep;

import java.util.Locale;
import java.util.Map;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.RunSummary;

/**
 * One row of a sweep's {@code index.csv}: where a run's result directory is, the parameters that tell the
 * runs of a sweep apart, and its summary numbers.
 *
 * @param run the result directory's name inside the sweep directory (the run id)
 * @param scenario the scenario name of the run
 * @param strategy strategy, e.g. {@code push}
 * @param hypervisor {@code xen} or {@code kvm}
 * @param type workload type, e.g. {@code burst}
 * @param load load profile at the start, e.g. {@code low}
 * @param variableThresholds whether thresholds were variable
 * @param pms number of PMs
 * @param vms number of VMs at the start
 * @param pushThreshold push threshold
 * @param pullThreshold pull threshold
 * @param seed the run's seed
 * @param durationS simulated length, s
 * @param changeAtS time of a burst or drain, s
 * @param attempts migration attempts
 * @param migrations completed migrations
 * @param meanSystemPerformance mean system performance E
 * @param finalSystemPerformance last system performance E
 * @param overheadKbps overhead traffic statistics per 1000 s window, Kb/s
 * @param events simulation events
 * @param wallS wall-clock seconds of the run
 * @param backend where the run ran: {@code simulation}, or a real backend such as {@code libvirt}
 */
public record IndexRow(String run, String scenario, String strategy, String hypervisor, String type,
    String load, boolean variableThresholds, int pms, int vms, double pushThreshold,
    double pullThreshold, long seed, double durationS, double changeAtS, long attempts,
    long migrations, double meanSystemPerformance, double finalSystemPerformance,
    OverheadStatistics overheadKbps, long events, double wallS, String backend) {

  /** The backend of simulation runs (summaries without a {@code backend} key, sweep indexes). */
  public static final String SIMULATION = "simulation";

  /** A simulation run's row (the {@code index.csv} of a sweep has no backend column). */
  public IndexRow(String run, String scenario, String strategy, String hypervisor, String type,
      String load, boolean variableThresholds, int pms, int vms, double pushThreshold,
      double pullThreshold, long seed, double durationS, double changeAtS, long attempts,
      long migrations, double meanSystemPerformance, double finalSystemPerformance,
      OverheadStatistics overheadKbps, long events, double wallS) {
    this(run, scenario, strategy, hypervisor, type, load, variableThresholds, pms, vms, pushThreshold,
        pullThreshold, seed, durationS, changeAtS, attempts, migrations, meanSystemPerformance,
        finalSystemPerformance, overheadKbps, events, wallS, SIMULATION);
  }

  /**
   * The row of a run from its summary; parameters missing from the summary's extra keys get neutral
   * values ({@code normal}, {@code medium}, fixed thresholds, change at half the run, simulation backend).
   *
   * @param run the result directory's name
   * @param s the run's summary
   * @return the row
   */
  public static IndexRow of(String run, RunSummary s) {
    Map<String, Object> x = s.extra();
    return new IndexRow(run, s.scenario(), s.strategy(), s.hypervisor(), text(x, "type", "normal"),
        text(x, "load", "medium"), Boolean.parseBoolean(text(x, "variable_thresholds", "false")),
        s.pms(), s.vms(), number(x, "push_threshold", Double.NaN), number(x, "pull_threshold", Double.NaN),
        s.seed(), s.simTimeS(), number(x, "change_at_s", s.simTimeS() / 2), s.attempts(),
        s.migrations(), s.meanSystemPerformance(), s.finalSystemPerformance(), s.overheadKbps(),
        s.events(), s.wallS(), text(x, "backend", SIMULATION));
  }

  /** Whether the run ran on a real backend (such as libvirt) rather than in the simulation. */
  public boolean realBackend() {
    return !backend.equals(SIMULATION);
  }

  /** The size of the datacentre as the thesis names it: {@code testbed} up to 4 PMs, else {@code simulation}. */
  public String size() {
    return pms <= 4 ? "testbed" : "simulation";
  }

  /**
   * The scenario variant of the thesis figures: the type and whether thresholds are variable, e.g.
   * {@code normal-fixed}, {@code normal-variable}, {@code burst-variable}.
   */
  public String variant() {
    return type + (variableThresholds ? "-variable" : "-fixed");
  }

  private static String text(Map<String, Object> extra, String key, String fallback) {
    Object value = extra.get(key);
    return value == null ? fallback : value.toString().toLowerCase(Locale.ROOT);
  }

  private static double number(Map<String, Object> extra, String key, double fallback) {
    Object value = extra.get(key);
    return value instanceof Number n ? n.doubleValue() : fallback;
  }
}
