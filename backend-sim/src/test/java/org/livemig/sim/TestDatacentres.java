package org.livemig.sim;

import org.livemig.sim.datacentre.DatacentreSettings;
import org.livemig.sim.network.NetworkSettings;
import org.livemig.sim.workload.WorkloadSettings;

/** Small datacentres for the tests. */
public final class TestDatacentres {

    private TestDatacentres() {
    }

    /** The simulation size of [22]: 19 PMs x 2 cores, 2 GB, up to 4 vCPUs per core, 50 VMs of 1 vCPU, 256 MB. */
    public static SimulationSettings nineteenPms(long seed, double level) {
        DatacentreSettings dc = DatacentreSettings.of(19, 2, 2048).withMaxVcpusPerCore(4);
        return new SimulationSettings(seed, dc, NetworkSettings.DEFAULT, WorkloadSettings.of(50, level), 100);
    }

    /** {@code pms} PMs of 2 cores and {@code memoryMb}, {@code vms} VMs without noise at load 0.25. */
    public static SimulationSettings quiet(long seed, int pms, long memoryMb, int vms) {
        DatacentreSettings dc = DatacentreSettings.of(pms, 2, memoryMb).withMaxVcpusPerCore(4);
        WorkloadSettings workload = WorkloadSettings.of(vms, 0.25).withNoise(0, 30);
        return new SimulationSettings(seed, dc, NetworkSettings.DEFAULT, workload, 100);
    }
}
