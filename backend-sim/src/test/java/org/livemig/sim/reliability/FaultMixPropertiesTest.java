package org.livemig.sim.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.livemig.sim.SimulatedDatacentre;

/**
 * Issue 14's guarantees over random seeds and random fault mixes of small datacentres ({@link FaultMixes}):
 * whatever crashes, partitions, lossy links, skewed clocks and failing migrations do, no VM is lost or
 * duplicated, each runs on exactly one PM, no lock outlives its timeout and the run completes. A failure names
 * its seed: {@code FaultTrial.run(FaultMixes.of(seed))} replays it.
 */
class FaultMixPropertiesTest {

    @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
    void everyFaultMixKeepsTheGuarantees(@ForAll long seed) {
        FaultTrial trial = FaultTrial.run(FaultMixes.of(seed));
        assertTrue(trial.held(), "seed " + seed + ": " + trial.violation() + " in " + trial.scenario());
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void theMixesInjectFaults(@ForAll long seed) {
        FaultTrial trial = FaultTrial.run(FaultMixes.of(seed).toBuilder()
                .faults(f -> f.crashPm(0).crashAtS(100).migrationFailureProbability(0.5))
                .build());
        assertTrue(trial.held(), "seed " + seed + ": " + trial.violation());
        assertTrue(trial.faults().agentCrashes() >= 1, "the chosen crash happened: seed " + seed);
        assertTrue(SimulatedDatacentre.INVARIANT_CHECK_INTERVAL_S
                < trial.scenario().durationS());
    }
}
