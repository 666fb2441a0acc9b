package org.livemig.core.protocol;

/**
 * What a physical machine says about itself in a message (thesis appendix E).
 *
 * @param id             the PM's node id
 * @param cores          number of cores (C_i)
 * @param load           predicted load (EWMA of the reported load), in cores, not normalised
 * @param latestLoad     the latest reported load, in cores, not normalised
 * @param memoryTotalMb  memory of the PM in MB
 * @param memoryUsedMb   memory held by its VMs in MB
 * @param trafficBytes   protocol bytes this PM has sent
 * @param trafficPackets protocol packets this PM has sent
 */
public record PmInfo(
        int id,
        int cores,
        double load,
        double latestLoad,
        long memoryTotalMb,
        long memoryUsedMb,
        long trafficBytes,
        long trafficPackets) {

    /** Normalised predicted load {@code l_i = L_i / C_i}. */
    public double normalisedLoad() {
        return cores == 0 ? 0 : load / cores;
    }

    /** Free memory in MB. */
    public long memoryFreeMb() {
        return memoryTotalMb - memoryUsedMb;
    }
}
