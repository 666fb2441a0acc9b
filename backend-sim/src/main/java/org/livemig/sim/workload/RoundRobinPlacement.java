package org.livemig.sim.workload;

import java.util.List;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;

/** Puts VM k on PM k mod n, or on the next PM after it that is up and has room: an even start. */
public final class RoundRobinPlacement {

    private RoundRobinPlacement() {}

    /** Places every VM of {@code vms}, in order; a VM that fits nowhere is a one-line error. */
    public static void placeAll(Cluster cluster, List<SimulatedVm> vms, double timeS) {
        List<SimulatedPm> pms = cluster.pms();
        int next = 0;
        for (SimulatedVm vm : vms) {
            SimulatedPm chosen = null;
            for (int tried = 0; tried < pms.size() && chosen == null; tried++) {
                SimulatedPm pm = pms.get((next + tried) % pms.size());
                if (!pm.isDown() && pm.fits(vm)) {
                    chosen = pm;
                    next = (next + tried + 1) % pms.size();
                }
            }
            if (chosen == null) {
                throw RandomPlacement.noRoom(cluster, vm, vms.size());
            }
            cluster.place(vm, chosen, timeS);
        }
    }
}
