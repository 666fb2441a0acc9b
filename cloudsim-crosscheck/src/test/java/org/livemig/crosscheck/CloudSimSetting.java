package org.livemig.crosscheck;

/**
 * The CloudSim Plus side of a comparison: hosts, VMs, the static-threshold policy and the span.
 *
 * @param hosts number of hosts
 * @param pesPerHost PEs of each host
 * @param mipsPerPe MIPS of each PE (host and VM)
 * @param hostRamMb RAM of each host, MB
 * @param hostBwMbps bandwidth of each host, Mb/s
 * @param vms number of VMs, one PE each, each with one never-ending cloudlet following its walk
 * @param vmRamMb RAM of each VM, MB
 * @param upperThreshold overload above this CPU utilisation (VmAllocationPolicyMigrationStaticThreshold)
 * @param underThreshold under-load below this (CloudSim Plus default 0.35; 0 turns consolidation off)
 * @param schedulingIntervalS the datacentre's scheduling interval, s (it looks for over-load at each update)
 * @param spanS simulated time, s (terminateAt)
 * @param migrationBandwidthShare share of the host bandwidth a migration uses (CloudSim Plus default 0.5)
 * @param vcpuOvercommit a host admits VMs whose PEs sum to at most this times its PEs (1 = no over-subscription)
 * @param placement host of each VM at the start, or null for uniformly at random (seeded by {@code seed})
 * @param seed seed of the random placement
 * @param placeByCurrentDemand a migration target must stay below the threshold with the VM's current demand (CloudSim 3,
 *        livemig) instead of CloudSim Plus 8.5.7's test with the VM's full capacity
 */
record CloudSimSetting(
        int hosts,
        int pesPerHost,
        double mipsPerPe,
        long hostRamMb,
        long hostBwMbps,
        int vms,
        long vmRamMb,
        double upperThreshold,
        double underThreshold,
        double schedulingIntervalS,
        double spanS,
        double migrationBandwidthShare,
        int vcpuOvercommit,
        int[] placement,
        long seed,
        boolean placeByCurrentDemand) {

    /** The reference scenario of issue 12, item 4, at {@code hosts} x {@code vms} over {@code spanS}. */
    static CloudSimSetting reference(int hosts, int vms, double spanS, long seed) {
        return new CloudSimSetting(hosts, 2, 1000, 4096, 100, vms, 256, 0.7, 0.35, 5, spanS, 0.5, 4, null, seed, false);
    }
}
