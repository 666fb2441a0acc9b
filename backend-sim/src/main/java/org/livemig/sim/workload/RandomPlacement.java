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
        List<SimulatedPm> candidates = fitting(cluster, vm);
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /**
     * Places every VM of {@code vms}, in order, each on a PM drawn as {@link #randomFit} draws it; a VM that fits
     * nowhere is a one-line error. The PMs that fit are listed once and kept up to date (a PM leaves the list
     * when it fills; the list is remade only when the VM size changes), so placing M VMs on N PMs costs O(N + M)
     * checks rather than O(N x M), with the same draws and the same placement as calling randomFit per VM.
     */
    public static void placeAll(Cluster cluster, List<SimulatedVm> vms, RandomGenerator random, double timeS) {
        List<SimulatedPm> candidates = List.of();
        SimulatedVm shape = null;
        for (SimulatedVm vm : vms) {
            if (shape == null || vm.memoryMb() != shape.memoryMb() || vm.vcpus() != shape.vcpus()) {
                shape = vm;
                candidates = fitting(cluster, vm);
            }
            if (candidates.isEmpty()) {
                throw noRoom(cluster, vm, vms.size());
            }
            int drawn = random.nextInt(candidates.size());
            SimulatedPm pm = candidates.get(drawn);
            cluster.place(vm, pm, timeS);
            if (!pm.fits(vm)) {
                candidates.remove(drawn); // keeps the PM order of the others, as a fresh list would have it
            }
        }
    }

    /** The PMs that are up and fit {@code vm}, in PM order. */
    private static List<SimulatedPm> fitting(Cluster cluster, SimulatedVm vm) {
        List<SimulatedPm> candidates = new ArrayList<>();
        for (SimulatedPm pm : cluster.pms()) {
            if (!pm.isDown() && pm.fits(vm)) {
                candidates.add(pm);
            }
        }
        return candidates;
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
