package org.livemig.sim.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;

/** Puts VMs on PMs chosen uniformly at random among the PMs that are up and have room for them. */
public final class RandomPlacement {

    private RandomPlacement() {}

    /** A random PM that is up and fits {@code vm}, or null when none does. */
    public static SimulatedPm randomFit(Cluster cluster, SimulatedVm vm, RandomGenerator random) {
        List<SimulatedPm> candidates = new ArrayList<>();
        for (SimulatedPm pm : cluster.pms()) {
            if (!pm.isDown() && pm.fits(vm)) {
                candidates.add(pm);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** Places every VM of {@code vms}, in order; a VM that fits nowhere is a one-line error. */
    public static void placeAll(Cluster cluster, List<SimulatedVm> vms, RandomGenerator random, double timeS) {
        for (SimulatedVm vm : vms) {
            SimulatedPm pm = randomFit(cluster, vm, random);
            if (pm == null) {
                throw noRoom(cluster, vm, vms.size());
            }
            cluster.place(vm, pm, timeS);
        }
    }

    /** The one-line error for a VM that fits on no PM. */
    static IllegalArgumentException noRoom(Cluster cluster, SimulatedVm vm, int of) {
        var topology = cluster.scenario().topology();
        return new IllegalArgumentException("cannot place VM " + (vm.id() + 1) + " of " + of
                + ": no PM has " + vm.memoryMb() + " MB and " + vm.vcpus() + " vcpus free (" + topology.pms()
                + " PMs x " + topology.coresPerPm() + " cores, " + topology.memoryPerPmMb() + " MB, at most "
                + topology.maxVcpusPerPm() + " vcpus each)");
    }
}
