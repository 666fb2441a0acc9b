package org.livemig.results.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.RunSeries;

/**
 * SPEC 7, seed 000 section 5: under LCC balance, 50 VMs placed at random on 15 PMs settle with all PMs but
 * at most one inside 80-120 % of the average load. Measured on each lcc-balance run by {@link BalanceAtEnd}
 * (each PM's mean load over the last {@link #WINDOW_S} s); it holds on a PM count and hypervisor when it
 * holds in every run (seed) of that group.
 */
final class LccBalanceFinding {

  static final String ID = "lcc-balance-within-80-120";
  /** The band around the average (seed 000 section 5). */
  static final double LOW = 0.8;
  static final double HIGH = 1.2;
  /** The closing window over which each PM's load is averaged, s (the 5-minute load average). */
  static final double WINDOW_S = 300;

  private LccBalanceFinding() {}

  static FindingResult evaluate(List<RunSeries> runs) throws IOException, ResultFormatException {
    Verdict v = new Verdict(ID, "Seed 000: LCC balance settles all PMs but at most one within 80-120 % of "
        + "the average load (each PM's mean over the last " + (int) WINDOW_S + " s, in every seed)");
    RunGroups g = new RunGroups(runs.stream().filter(r -> r.row().strategy().equals("lcc-balance")
        && r.dir() != null).toList());
    for (RunGroups.Group group : g.groups()) {
      List<RunSeries> cell = g.select(group);
      List<BalanceAtEnd> measures = new ArrayList<>();
      for (RunSeries r : cell) {
        measures.add(BalanceAtEnd.of(r.pmLoads(), WINDOW_S, LOW, HIGH));
      }
      long holding = measures.stream().filter(BalanceAtEnd::allButOneInside).count();
      double insideEnd = share(measures, true);
      double insideStart = share(measures, false);
      List<String> perSeed = new ArrayList<>();
      for (int i = 0; i < cell.size(); i++) {
        perSeed.add("s" + cell.get(i).row().seed() + " " + measures.get(i).insideAtEnd() + "/"
            + measures.get(i).pms());
      }
      v.add(holding == measures.size(), String.format(Locale.ROOT, "%s: all but at most one PM inside in "
          + "%d of %d runs (PMs inside per seed: %s); %.1f %% of PMs inside at the end, %.1f %% at the start",
          group, holding, measures.size(), String.join(", ", perSeed), 100 * insideEnd, 100 * insideStart));
    }
    return v.result("needs lcc-balance runs (scenarios/thesis/lcc-balance.yaml); none in these results");
  }

  private static double share(List<BalanceAtEnd> runs, boolean end) {
    int inside = 0;
    int pms = 0;
    for (BalanceAtEnd b : runs) {
      inside += end ? b.insideAtEnd() : b.insideAtStart();
      pms += end ? b.pms() : b.pmsAtStart();
    }
    return pms == 0 ? Double.NaN : (double) inside / pms;
  }
}
