package org.livemig.core.protocol;

/**
 * What a PM says about one of its virtual machines in a message (thesis appendix E).
 *
 * @param id            the VM's id, unique in the datacentre
 * @param vcpus         virtual CPUs
 * @param load          predicted CPU load (EWMA), in cores
 * @param latestLoad    the latest measured CPU load, in cores
 * @param memoryMb      memory in MB (V_mem of the cost model)
 * @param dirtyRateMbps predicted page-dirtying rate in MB/s (D of the cost model)
 */
public record VmInfo(int id, int vcpus, double load, double latestLoad, long memoryMb, double dirtyRateMbps) {}
