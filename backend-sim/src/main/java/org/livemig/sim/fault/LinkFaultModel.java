package org.livemig.sim.fault;

import java.util.List;
import java.util.random.RandomGenerator;
import org.livemig.core.protocol.Message;
import org.livemig.scenario.Faults;
import org.livemig.scenario.LinkLossRule;
import org.livemig.sim.network.LinkFaults;

/**
 * The link faults of {@code faults.*}: a partition that cuts a random share of the PMs off from the others and
 * the measurement point (copies across the cut are dropped when sent and when they arrive, so copies in flight
 * at its start are lost too), directed per-link loss rules, and reports the measurement point misses. Draws come
 * from their own stream, so the network's own draws are those of a run without these faults.
 */
final class LinkFaultModel implements LinkFaults {

    private final List<LinkLossRule> rules;
    private final double reportMiss;
    private final RandomGenerator random;
    private final FaultCounts counts;
    /** PMs on the cut-off side while a partition lasts; null when there is none. */
    private boolean[] cut;

    LinkFaultModel(Faults faults, RandomGenerator random, FaultCounts counts) {
        this.rules = faults.linkLossRules();
        this.reportMiss = faults.reportMissProbability();
        this.random = random;
        this.counts = counts;
    }

    /** Starts a partition: {@code cutOff[pm]} says which side each PM is on (the measurement point: not cut). */
    void partition(boolean[] cutOff) {
        cut = cutOff.clone();
        counts.partitions++;
    }

    /** Ends the partition. */
    void heal() {
        cut = null;
    }

    /** Whether {@code a} and {@code b} can talk now (the measurement point sits with the PMs not cut off). */
    boolean reachable(int a, int b) {
        return cut == null || side(a) == side(b);
    }

    private boolean side(int node) {
        return node >= 0 && node < cut.length && cut[node];
    }

    @Override
    public boolean dropsAtSend(int from, int to) {
        if (!reachable(from, to)) {
            counts.partitionDrops++;
            return true;
        }
        double p = 0;
        for (LinkLossRule rule : rules) {
            if (rule.matches(from, to)) {
                p = rule.probability();
            }
        }
        if (p > 0 && random.nextDouble() < p) {
            counts.linkLosses++;
            return true;
        }
        return false;
    }

    @Override
    public boolean dropsAtDelivery(int from, int to) {
        if (!reachable(from, to)) {
            counts.partitionDrops++;
            return true;
        }
        if (reportMiss > 0 && to == Message.MEASUREMENT_POINT && random.nextDouble() < reportMiss) {
            counts.reportsMissed++;
            return true;
        }
        return false;
    }
}
