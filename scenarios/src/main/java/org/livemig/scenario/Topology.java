package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * The datacentre at the start of a run (SPEC 4, 5). Defaults are the thesis testbed (section 4.4):
 * 4 PMs of 2 cores and 2048 MB on a 100 Mb/s switch, 16 VMs of 1 vcpu and 256 MB.
 *
 * @param pms number of PMs (Table H-1 numNodes; default 4)
 * @param coresPerPm cores of each PM (default 2)
 * @param memoryPerPmMb memory of each PM in MB (default 2048)
 * @param linkMbitps link rate of each PM in megabits per second (default 100)
 * @param vms number of VMs at the start (default 8)
 * @param vmVcpus vcpus of each VM (default 1)
 * @param vmMemoryMb memory of each VM in MB (default 256)
 * @param vmDirtyRateMbps mean page-dirtying rate of a VM in megabytes (MB) per second (default 2)
 * @param placement how the initial VMs are spread over the PMs (default random)
 * @param vcpuOvercommit a PM holds VMs whose vcpus sum to at most this many times its cores (default 4)
 */
public record Topology(
        int pms,
        int coresPerPm,
        int memoryPerPmMb,
        double linkMbitps,
        int vms,
        int vmVcpus,
        int vmMemoryMb,
        double vmDirtyRateMbps,
        Placement placement,
        double vcpuOvercommit) {

    /** Most PMs of a run; above {@link #MAX_BROADCAST_PMS} only with a sampled fanout (checked by the run bounds). */
    public static final int MAX_PMS = 100_000;

    /**
     * Most PMs of a run whose every PM broadcasts to every other (fanout all): HELLO at start-up and every auction
     * or steal grow as pms^2, and 2000 PMs put 4 million HELLO copies in flight at once (about 1.8 GB of heap).
     */
    public static final int MAX_BROADCAST_PMS = 2000;

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Topology {
        Arguments.range("topology.pms", pms, 1, MAX_PMS, INVALID);
        Arguments.range("topology.cores_per_pm", coresPerPm, 1, 4096, INVALID);
        Arguments.range("topology.memory_per_pm_mb", memoryPerPmMb, 1, Integer.MAX_VALUE, INVALID);
        Arguments.range("topology.link_mbitps", linkMbitps, 0, false, 1e6, true, INVALID);
        Arguments.range("topology.vms", vms, 0, 10_000_000, INVALID);
        Arguments.range("topology.vm_vcpus", vmVcpus, 1, coresPerPm, INVALID);
        Arguments.range("topology.vm_memory_mb", vmMemoryMb, 1, memoryPerPmMb, INVALID);
        Arguments.range("topology.vm_dirty_rate_mbps", vmDirtyRateMbps, 0, true, 1e6, true, INVALID);
        Arguments.present("topology.placement", placement, INVALID);
        Arguments.range("topology.vcpu_overcommit", vcpuOvercommit, 1, true, 64, true, INVALID);
        long capacity = (long) pms * (memoryPerPmMb / vmMemoryMb);
        if (vms > capacity) {
            throw new InvalidScenarioException(
                    "topology.vms",
                    "must be at most " + capacity + " (VMs of " + vmMemoryMb + " MB in the memory of " + pms
                            + " PMs of " + memoryPerPmMb + " MB), got " + vms,
                    "topology.pms",
                    "topology.vm_memory_mb",
                    "topology.memory_per_pm_mb");
        }
    }

    /** The testbed defaults. */
    public static Topology defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this topology's values. */
    public Builder toBuilder() {
        return new Builder()
                .pms(pms)
                .coresPerPm(coresPerPm)
                .memoryPerPmMb(memoryPerPmMb)
                .linkMbitps(linkMbitps)
                .vms(vms)
                .vmVcpus(vmVcpus)
                .vmMemoryMb(vmMemoryMb)
                .vmDirtyRateMbps(vmDirtyRateMbps)
                .placement(placement)
                .vcpuOvercommit(vcpuOvercommit);
    }

    /** The link rate in MB/s, the unit of the cost model (SPEC 1): {@code linkMbitps / 8}. */
    public double linkMBytesPerS() {
        return linkMbitps / 8.0;
    }

    /** Most vcpus one PM may hold: cores times the overcommit, rounded down. */
    public int maxVcpusPerPm() {
        return (int) Math.floor(coresPerPm * vcpuOvercommit + 1e-9);
    }

    /** Total cores of all PMs. */
    public int totalCores() {
        return pms * coresPerPm;
    }

    /** Mutable builder of a {@link Topology}; {@link #build()} validates. */
    public static final class Builder {
        private int pms = 4;
        private int coresPerPm = 2;
        private int memoryPerPmMb = 2048;
        private double linkMbitps = 100;
        private int vms = 16;
        private int vmVcpus = 1;
        private int vmMemoryMb = 256;
        private double vmDirtyRateMbps = 2;
        private Placement placement = Placement.RANDOM;
        private double vcpuOvercommit = 4;

        private Builder() {}

        /** @return this */
        public Builder pms(int v) {
            pms = v;
            return this;
        }
        /** @return this */
        public Builder coresPerPm(int v) {
            coresPerPm = v;
            return this;
        }
        /** @return this */
        public Builder memoryPerPmMb(int v) {
            memoryPerPmMb = v;
            return this;
        }
        /** @return this */
        public Builder linkMbitps(double v) {
            linkMbitps = v;
            return this;
        }
        /** @return this */
        public Builder vms(int v) {
            vms = v;
            return this;
        }
        /** @return this */
        public Builder vmVcpus(int v) {
            vmVcpus = v;
            return this;
        }
        /** @return this */
        public Builder vmMemoryMb(int v) {
            vmMemoryMb = v;
            return this;
        }
        /** @return this */
        public Builder vmDirtyRateMbps(double v) {
            vmDirtyRateMbps = v;
            return this;
        }
        /** @return this */
        public Builder placement(Placement v) {
            placement = v;
            return this;
        }
        /** @return this */
        public Builder vcpuOvercommit(double v) {
            vcpuOvercommit = v;
            return this;
        }

        /** The topology; throws {@link InvalidScenarioException} if a value is out of range. */
        public Topology build() {
            return new Topology(
                    pms,
                    coresPerPm,
                    memoryPerPmMb,
                    linkMbitps,
                    vms,
                    vmVcpus,
                    vmMemoryMb,
                    vmDirtyRateMbps,
                    placement,
                    vcpuOvercommit);
        }
    }
}
