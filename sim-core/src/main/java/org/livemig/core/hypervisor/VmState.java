package org.livemig.core.hypervisor;

/**
 * A VM as the hypervisor of its PM sees it now.
 *
 * @param id            VM id
 * @param vcpus         virtual CPUs
 * @param memoryMb      memory in MB
 * @param cpuLoad       CPU load over the last sample, in cores
 * @param dirtyRateMbps page-dirtying rate over the last sample, MB/s
 */
public record VmState(int id, int vcpus, long memoryMb, double cpuLoad, double dirtyRateMbps) {}
