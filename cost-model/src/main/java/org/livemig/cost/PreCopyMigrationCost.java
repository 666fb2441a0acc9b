package org.livemig.cost;

import java.util.ArrayList;
import java.util.List;
import org.livemig.argument.Arguments;

/**
 * The pre-copy live-migration cost model of Liu et al. (HPDC 2011) as used by the thesis
 * (SPEC 1, thesis eq. 3.6-3.12, Algorithm 1). Pure: the same inputs always give the same estimate.
 *
 * <p>Round 0 sends the whole memory, {@code V_0 = V_mem}. Round i takes {@code T_i = V_i / R}; meanwhile
 * {@code T_i * D} MB are dirtied, of which the writable working set {@code W_(i+1) = gamma * T_i * D} is
 * held back for the last round, so the next round would send {@code V_(i+1) = T_i * D - W_(i+1)}. Pre-copy
 * stops when that is small enough or does not shrink; the VM is then suspended and the stop-and-copy round
 * sends everything dirty, {@code V_last = T_i * D}. {@code T_mig} is the sum of all round times and
 * {@code T_down = V_last / R + T_resume}.
 *
 * <p>Guards, each making the loop end with a well-defined last round:
 * <ul>
 *   <li><b>Small memory</b> ({@code V_mem <= V_thd}): no pre-copy at all; the whole memory is the
 *       stop-and-copy round, so V_mig = V_mem and T_down = V_mem / R + T_resume.</li>
 *   <li><b>No dirtying</b> ({@code D = 0}): exactly one pre-copy round (V_0 = V_mem) and a 0 MB
 *       stop-and-copy round, so T_down = T_resume.</li>
 *   <li><b>Dirtying as fast as sending</b> ({@code D >= R}): pre-copy stops after the first round that
 *       does not shrink, {@code V_(i+1) >= V_i} (Algorithm 1 has {@code >}; {@code >=} also stops the
 *       case D = R, which would otherwise send V_mem every round until max_rounds). Since
 *       {@code V_(i+1) = V_i * D * (1 - gamma) / R}, this is tested exactly as {@code D * (1 - gamma) >= R}.
 *       T_mig therefore drops where D reaches R: just below R pre-copy runs to the round limit, at R it
 *       stops after one round.</li>
 *   <li><b>Round limit</b>: the loop runs for {@code i = 0 .. maxRounds}; if no other test has stopped it
 *       by round {@code maxRounds}, that round is the last pre-copy round and the stop-and-copy round
 *       sends everything dirtied during it, {@code T_i * D}.</li>
 * </ul>
 */
public final class PreCopyMigrationCost {

    private final PreCopyParameters parameters;

    /**
     * A cost model with the given parameters.
     *
     * @param parameters gamma coefficients, V_thd, T_resume and the round limit
     */
    public PreCopyMigrationCost(PreCopyParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        this.parameters = parameters;
    }

    /** The parameters this model was built with. */
    public PreCopyParameters parameters() {
        return parameters;
    }

    /**
     * Estimates the cost of migrating one VM.
     *
     * @param memoryMb      V_mem, the VM's memory, MB (&gt;= 0)
     * @param rateMbps      R, the transmission rate, MB/s (&gt; 0)
     * @param dirtyRateMbps D, the page dirty rate, MB/s (&gt;= 0)
     * @return the rounds, V_mig, T_mig and T_down
     * @throws IllegalArgumentException naming the argument when it is out of range, NaN or infinite, or
     *                                  when the inputs are so extreme that the result overflows
     */
    public MigrationCostEstimate estimate(double memoryMb, double rateMbps, double dirtyRateMbps) {
        Arguments.finite("memoryMb", memoryMb);
        Arguments.finite("rateMbps", rateMbps);
        Arguments.finite("dirtyRateMbps", dirtyRateMbps);
        if (memoryMb < 0) {
            throw new IllegalArgumentException("memoryMb must be >= 0 (got " + memoryMb + ")");
        }
        if (rateMbps <= 0) {
            throw new IllegalArgumentException("rateMbps must be > 0 (got " + rateMbps + ")");
        }
        if (dirtyRateMbps < 0) {
            throw new IllegalArgumentException("dirtyRateMbps must be >= 0 (got " + dirtyRateMbps + ")");
        }
        List<Double> rounds = new ArrayList<>();
        double migrationTime = 0;
        double lastMb;
        if (memoryMb <= parameters.thresholdMb()) {
            lastMb = memoryMb; // guard: small memory, stop-and-copy only
        } else {
            double roundMb = memoryMb; // SPEC 1, Algorithm 1: V_0 = V_mem
            int i = 0;
            while (true) {
                double roundS = roundMb / rateMbps; // T_i = V_i / R
                rounds.add(roundMb);
                migrationTime += roundS;
                double dirtiedMb = roundS * dirtyRateMbps;
                double gamma =
                        clamp01(parameters.a() * roundS + parameters.b() * dirtyRateMbps + parameters.c()); // eq. 3.12
                double heldBackMb = gamma * dirtiedMb; // W_(i+1), eq. 3.10
                double nextMb = dirtiedMb - heldBackMb; // V_(i+1)
                // V_(i+1) < V_i is D * (1 - gamma) < R; tested on the rates so that rounding V_i / R * D
                // cannot decide it when D is within a few ulps of R
                boolean shrinks = dirtyRateMbps * (1 - gamma) < rateMbps;
                if (nextMb <= parameters.thresholdMb() || !shrinks || i >= parameters.maxRounds()) {
                    lastMb = dirtiedMb; // V_last = T_i * D
                    break;
                }
                roundMb = nextMb;
                i++;
            }
        }
        double lastS = lastMb / rateMbps;
        rounds.add(lastMb);
        migrationTime += lastS;
        double migrated = 0;
        for (double v : rounds) {
            migrated += v;
        }
        double downtime = lastS + parameters.resumeS(); // thesis eq. 3.8
        if (!Double.isFinite(migrated) || !Double.isFinite(migrationTime) || !Double.isFinite(downtime)) {
            throw new IllegalArgumentException("memoryMb / rateMbps overflows (memoryMb " + memoryMb + ", rateMbps "
                    + rateMbps + ", dirtyRateMbps " + dirtyRateMbps + ")");
        }
        return new MigrationCostEstimate(rounds, migrated, migrationTime, downtime);
    }

    private static double clamp01(double x) {
        return Math.min(1.0, Math.max(0.0, x));
    }
}
