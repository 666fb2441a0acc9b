package org.livemig.strategy.choice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.entropy.LoadDistribution;

/**
 * Chooses where to migrate (thesis eq. 3.13-3.14, Algorithms 2 and 4): of all candidate pairs, drop those
 * whose cost is above the mean cost, rank the rest by predicted system entropy (highest first; ties to the
 * lower cost, then lower VM id, then lower PM ids) and keep those that beat the current entropy by the
 * required improvement.
 */
public final class MigrationChoice {

    /** Relative tolerance so that pairs of equal cost are never dropped by rounding. */
    private static final double COST_TOLERANCE = 1e-9;

    private static final Comparator<CandidatePair> BEST_FIRST = Comparator.comparingDouble(
                    CandidatePair::predictedEntropy)
            .reversed()
            .thenComparingDouble(CandidatePair::costS)
            .thenComparingInt(p -> p.vm().id())
            .thenComparingInt(CandidatePair::source)
            .thenComparingInt(CandidatePair::destination);

    private final PreCopyMigrationCost costModel;
    private final double rateMbps;
    private final double requiredImprovementPercent;

    /**
     * @param costModel                  the pre-copy cost model
     * @param rateMbps                   migration rate R, MB/s
     * @param requiredImprovementPercent how much better than the current entropy a move must be, %
     */
    public MigrationChoice(PreCopyMigrationCost costModel, double rateMbps, double requiredImprovementPercent) {
        this.costModel = costModel;
        this.rateMbps = rateMbps;
        this.requiredImprovementPercent = requiredImprovementPercent;
    }

    /** A move of {@code vm} from PM {@code source} to PM {@code destination}, not yet costed. */
    public record Move(VmInfo vm, int source, int destination) {}

    /** The result: the ranked pairs that beat the current entropy, and that entropy. */
    public record Ranking(List<CandidatePair> pairs, double currentEntropy) {
        public boolean isEmpty() {
            return pairs.isEmpty();
        }

        public CandidatePair best() {
            return pairs.get(0);
        }
    }

    /**
     * Ranks {@code moves} among the PMs {@code pms} (which must include every source and destination).
     * PM loads are their predicted (EWMA) loads; a VM moves its predicted load.
     */
    public Ranking rank(List<PmInfo> pms, List<Move> moves) {
        Map<Integer, Integer> index = new LinkedHashMap<>();
        double[] loads = new double[pms.size()];
        double[] cores = new double[pms.size()];
        for (int i = 0; i < pms.size(); i++) {
            PmInfo pm = pms.get(i);
            index.put(pm.id(), i);
            loads[i] = pm.load();
            cores[i] = pm.cores();
        }
        LoadDistribution distribution = new LoadDistribution(loads, cores);
        double current = distribution.entropy();
        if (moves.isEmpty()) {
            return new Ranking(List.of(), current);
        }
        double[] costs = new double[moves.size()];
        double meanCost = 0;
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            costs[i] = costModel
                    .estimate(m.vm().memoryMb(), rateMbps, m.vm().dirtyRateMbps())
                    .migrationTimeS();
            meanCost += costs[i];
        }
        meanCost /= moves.size();
        double required = current * (1 + requiredImprovementPercent / 100.0);
        List<CandidatePair> kept = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            if (costs[i] > meanCost * (1 + COST_TOLERANCE)) {
                continue;
            }
            Move m = moves.get(i);
            double predicted =
                    distribution.entropyAfterMove(index.get(m.source()), index.get(m.destination()), m.vm().load());
            if (predicted > required) {
                kept.add(new CandidatePair(m.vm(), m.source(), m.destination(), costs[i], predicted));
            }
        }
        kept.sort(BEST_FIRST);
        return new Ranking(List.copyOf(kept), current);
    }
}
