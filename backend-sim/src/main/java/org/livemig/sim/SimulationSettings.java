package org.livemig.sim;

import java.util.Objects;
import org.livemig.sim.datacentre.DatacentreSettings;
import org.livemig.sim.network.NetworkSettings;
import org.livemig.sim.workload.WorkloadSettings;

/**
 * Everything that defines one simulated run apart from the agents.
 *
 * @param seed                    run seed; every random stream derives from it
 * @param datacentre              PMs, hypervisor, load average, migrations
 * @param network                 latency and faults of the LAN
 * @param workload                VMs and their load
 * @param invariantCheckIntervalS period of the invariant check besides the one after each migration event,
 *                                s; 0 for none
 */
public record SimulationSettings(long seed, DatacentreSettings datacentre, NetworkSettings network,
                                 WorkloadSettings workload, double invariantCheckIntervalS) {

    /** Validates the settings; a bad value gets a one-line message naming it. */
    public SimulationSettings {
        Objects.requireNonNull(datacentre, "datacentre");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(workload, "workload");
        if (!(invariantCheckIntervalS >= 0) || Double.isInfinite(invariantCheckIntervalS)) {
            throw new IllegalArgumentException("invariant check interval must be a finite number >= 0 s (got "
                    + invariantCheckIntervalS + ")");
        }
    }

    /** A run with the default network and an invariant check every 100 s. */
    public static SimulationSettings of(long seed, DatacentreSettings datacentre, WorkloadSettings workload) {
        return new SimulationSettings(seed, datacentre, NetworkSettings.DEFAULT, workload, 100);
    }

    /** These settings with another seed. */
    public SimulationSettings withSeed(long newSeed) {
        return new SimulationSettings(newSeed, datacentre, network, workload, invariantCheckIntervalS);
    }

    /** These settings with another network. */
    public SimulationSettings withNetwork(NetworkSettings newNetwork) {
        return new SimulationSettings(seed, datacentre, newNetwork, workload, invariantCheckIntervalS);
    }

    /** These settings with another datacentre. */
    public SimulationSettings withDatacentre(DatacentreSettings newDatacentre) {
        return new SimulationSettings(seed, newDatacentre, network, workload, invariantCheckIntervalS);
    }

    /** These settings with another workload. */
    public SimulationSettings withWorkload(WorkloadSettings newWorkload) {
        return new SimulationSettings(seed, datacentre, network, newWorkload, invariantCheckIntervalS);
    }
}
