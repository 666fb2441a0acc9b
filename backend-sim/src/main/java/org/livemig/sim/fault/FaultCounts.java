package org.livemig.sim.fault;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many faults of each kind a run injected; {@code summary.json} reports them as {@code faults_injected}. */
public final class FaultCounts {

    long agentCrashes;
    long agentRestarts;
    long partitions;
    long partitionDrops;
    long linkLosses;
    long migrationFailures;
    long reportsMissed;
    long skewedClocks;

    /** Agent crashes (chosen and random). */
    public long agentCrashes() {
        return agentCrashes;
    }

    /** Crashed agents that restarted. */
    public long agentRestarts() {
        return agentRestarts;
    }

    /** Live migrations failed partway by the fault, not by a PM going down. */
    public long migrationFailures() {
        return migrationFailures;
    }

    /** The counts by kind, in a fixed order, as {@code summary.json} writes them. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent_crashes", agentCrashes);
        m.put("agent_restarts", agentRestarts);
        m.put("partitions", partitions);
        m.put("partition_drops", partitionDrops);
        m.put("link_losses", linkLosses);
        m.put("migration_failures", migrationFailures);
        m.put("reports_missed", reportsMissed);
        m.put("skewed_clocks", skewedClocks);
        return m;
    }

    /** Adds {@code other}'s counts to these (a campaign's totals). */
    public void add(FaultCounts other) {
        agentCrashes += other.agentCrashes;
        agentRestarts += other.agentRestarts;
        partitions += other.partitions;
        partitionDrops += other.partitionDrops;
        linkLosses += other.linkLosses;
        migrationFailures += other.migrationFailures;
        reportsMissed += other.reportsMissed;
        skewedClocks += other.skewedClocks;
    }
}
