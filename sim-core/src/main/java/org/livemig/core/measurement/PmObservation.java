package org.livemig.core.measurement;

import org.livemig.argument.Arguments;

/**
 * One PM as its backend sees it at a sample time.
 *
 * @param id the PM's id
 * @param active whether it is on (not failed, not powered off, not booting)
 * @param cores its cores
 * @param normalisedLoad the load it reports (load average times the hypervisor factor) over its cores
 * @param cpuDemandCores the CPU its VMs ask for now, in cores (may exceed {@code cores})
 */
public record PmObservation(int id, boolean active, int cores, double normalisedLoad, double cpuDemandCores) {

    /** Checks the id, cores and that the loads are finite and not negative. */
    public PmObservation {
        Arguments.count("id", id);
        Arguments.positive("cores", cores);
        Arguments.nonNegative("normalisedLoad", normalisedLoad);
        Arguments.nonNegative("cpuDemandCores", cpuDemandCores);
    }

    /** CPU utilisation in [0, 1]: demand over capacity, at most 1 (a saturated PM). */
    public double cpuUtilisation() {
        return Math.min(1, cpuDemandCores / cores);
    }

    /** Whether the VMs ask for at least the whole PM (Beloglazov and Buyya 2012: "100 % utilisation"). */
    public boolean saturated() {
        return cpuDemandCores >= cores;
    }
}
