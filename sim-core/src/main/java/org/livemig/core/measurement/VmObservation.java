package org.livemig.core.measurement;

import org.livemig.argument.Arguments;

/**
 * One VM as its backend sees it at a sample time.
 *
 * @param id the VM's id
 * @param pm the PM it runs on (its source while it migrates)
 * @param cpuDemandCores the CPU it asks for now, in cores
 * @param migrating whether a live migration of it is under way
 */
public record VmObservation(int id, int pm, double cpuDemandCores, boolean migrating) {

    /** Checks the ids and that the demand is finite and not negative. */
    public VmObservation {
        Arguments.count("id", id);
        Arguments.count("pm", pm);
        Arguments.nonNegative("cpuDemandCores", cpuDemandCores);
    }
}
