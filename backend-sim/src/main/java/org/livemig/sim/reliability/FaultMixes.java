package org.livemig.sim.reliability;

import java.util.SplittableRandom;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Preset;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Strategy;

/**
 * Random small datacentres under random mixes of faults, one per seed (the same seed gives the same scenario):
 * 4-8 PMs of the testbed size with 2-3 VMs each, any strategy and load, 300-900 simulated s, message loss,
 * duplication and delay, and each fault kind of {@code faults.*} switched on with probability one half, its
 * parameters drawn over their useful range.
 */
public final class FaultMixes {

    private static final Strategy[] STRATEGIES = Strategy.values();
    private static final LoadLevel[] LEVELS = LoadLevel.values();

    private FaultMixes() {}

    /** The scenario of {@code seed}. */
    public static Scenario of(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int pms = 4 + r.nextInt(5);
        int vms = pms * (2 + r.nextInt(2));
        double duration = 300 + 100 * r.nextInt(7);
        Strategy strategy = STRATEGIES[r.nextInt(STRATEGIES.length)];
        LoadLevel level = LEVELS[r.nextInt(LEVELS.length)];
        return Scenario.builder()
                .preset(Preset.TESTBED)
                .name("faults-" + Long.toUnsignedString(seed))
                .seed(seed)
                .strategy(strategy)
                .durationS(duration)
                .topology(t -> t.pms(pms).vms(vms))
                .workload(w -> w.level(level))
                .negotiation(n -> n.variableThresholds(r.nextBoolean()))
                .network(n -> n.lossProbability(half(r) ? 0.3 * r.nextDouble() : 0)
                        .duplicationProbability(half(r) ? 0.2 * r.nextDouble() : 0)
                        .delayProbability(half(r) ? 0.3 * r.nextDouble() : 0)
                        .extraDelayS(30 * r.nextDouble()))
                .faults(f -> {
                    if (half(r)) {
                        f.crashPm(r.nextInt(pms)).crashAtS(duration * r.nextDouble());
                    }
                    if (half(r)) {
                        f.crashRandomRatePerH(1 + 29 * r.nextDouble());
                    }
                    f.restartAfterS(half(r) ? 0 : 1 + 179 * r.nextDouble());
                    if (half(r)) {
                        f.partitionAtS(duration * r.nextDouble())
                                .partitionDurationS(1 + 599 * r.nextDouble())
                                .partitionFraction(0.1 + 0.8 * r.nextDouble());
                    }
                    if (half(r)) {
                        f.linkLoss(r.nextInt(pms) + ">" + r.nextInt(pms) + "=" + round(r.nextDouble()) + ",*>"
                                + r.nextInt(pms) + "=" + round(0.5 * r.nextDouble()));
                    }
                    if (half(r)) {
                        f.clockSkewMaxS(120 * r.nextDouble()).clockDriftMaxPpm(half(r) ? 50_000 * r.nextDouble() : 0);
                    }
                    if (half(r)) {
                        f.migrationFailureProbability(r.nextDouble());
                    }
                    if (half(r)) {
                        f.reportMissProbability(r.nextDouble());
                    }
                })
                .build();
    }

    private static boolean half(SplittableRandom r) {
        return r.nextBoolean();
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
