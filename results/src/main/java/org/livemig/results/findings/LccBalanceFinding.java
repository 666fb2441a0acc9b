package org.livemig.results.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.RunSeries;

/**
 * SPEC 7, seed 000 section 5: from a random placement of 50 VMs on 15 PMs, LCC balance stops migrating in a state
 * where no PM above 120 % of the average coexists with one below 80 % (the model's fixed point), with clearly more
 * PMs inside 80-120 % than at the start; judged by {@link LccFixedPoint} on the loads and averages the agents act
 * on ({@code agent_view.csv}). It holds on a PM count and hypervisor when it holds in every run (seed) of it.
 */
final class LccBalanceFinding {

    static final String ID = "lcc-balance-within-80-120";
    /** The band around the average (seed 000 section 5; the model's isUnderLoaded / isOverLoaded). */
    static final double LOW = 0.8;

    static final double HIGH = 1.2;

    private LccBalanceFinding() {}

    static FindingResult evaluate(List<RunSeries> runs) throws IOException, ResultFormatException {
        Verdict v = new Verdict(
                ID,
                "Seed 000: LCC balance stops at the model's fixed point (no PM above 120 % of "
                        + "the average with one below 80 %, on the loads and averages the agents act on) with clearly more PMs "
                        + "inside 80-120 % than at the start, in every seed");
        RunGroups g = new RunGroups(runs.stream()
                .filter(r -> r.row().strategy().equals("lcc-balance") && r.dir() != null)
                .toList());
        for (RunGroups.Group group : g.groups()) {
            List<RunSeries> cell = g.select(group);
            int holding = 0;
            int inside = 0;
            int insideAtStart = 0;
            int pms = 0;
            List<String> perSeed = new ArrayList<>();
            for (RunSeries r : cell) {
                LccFixedPoint f = LccFixedPoint.of(r.agentViews(), r.migrations(), LOW, HIGH);
                boolean holds = f.pms() > 0 && f.atFixedPoint() && f.clearlyMoreInside();
                holding += holds ? 1 : 0;
                inside += f.insideAtEnd();
                insideAtStart += f.insideAtStart();
                pms += f.pms();
                perSeed.add(String.format(
                        Locale.ROOT,
                        "s%d %d/%d inside (%d at the start), %d above, %d below, " + "last migration %s%s",
                        r.row().seed(),
                        f.insideAtEnd(),
                        f.pms(),
                        f.insideAtStart(),
                        f.above(),
                        f.below(),
                        Double.isNaN(f.lastMigrationEndS()) ? "none" : (long) f.lastMigrationEndS() + " s",
                        f.pms() == 0 ? " (no agent_view.csv)" : ""));
            }
            v.add(
                    holding == cell.size(),
                    String.format(
                            Locale.ROOT,
                            "%s: fixed point with clearly more PMs inside in "
                                    + "%d of %d runs; %d of %d PM-ends inside, %d at the start (%s)",
                            group,
                            holding,
                            cell.size(),
                            inside,
                            pms,
                            insideAtStart,
                            String.join("; ", perSeed)));
        }
        return v.result("needs lcc-balance runs (scenarios/thesis/lcc-balance.yaml); none in these results");
    }
}
