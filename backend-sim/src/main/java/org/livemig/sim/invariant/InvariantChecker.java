package org.livemig.sim.invariant;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.runtime.Scheduler;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;

/**
 * Checks the invariants of the simulated datacentre: every VM is on exactly one PM (a migrating VM on
 * its source only), no PM holds more memory than it has or more vCPUs than its overcommit bound
 * (resident and arriving VMs counted), each PM's room reserved for arriving VMs is that of the VMs migrating
 * to it (and, given the migrations, each migrating VM has one under way); and, given the agents, that none
 * holds a lock past its timeout.
 */
public final class InvariantChecker {

    private final Cluster cluster;
    private final Scheduler scheduler;
    private IntSupplier activeMigrations;
    private long checks;
    /** PM each VM was found on during a check, indexed by VM id (ids are >= 0); reused between checks. */
    private SimulatedPm[] seenOn = new SimulatedPm[0];

    /** A checker of {@code cluster}; violations are stamped with the time of {@code scheduler}. */
    public InvariantChecker(Cluster cluster, Scheduler scheduler) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * Also checks that the VMs marked migrating are exactly as many as the migrations under way that
     * {@code activeMigrations} counts (a migration that ended without clearing its VM leaves a zombie).
     */
    public void countMigrationsWith(IntSupplier activeMigrations) {
        this.activeMigrations = Objects.requireNonNull(activeMigrations, "activeMigrations");
    }

    /** Number of checks made so far. */
    public long checks() {
        return checks;
    }

    /** Checks every invariant; throws {@link InvariantViolation} naming the first one broken. */
    public void check() {
        checks++;
        Arrays.fill(seenOn, null);
        int seen = 0;
        for (SimulatedPm pm : cluster.pms()) {
            for (SimulatedVm vm : pm.residents()) {
                SimulatedPm other = markSeen(vm.id(), pm);
                seen++;
                if (other != null) {
                    throw violation("VM " + vm.id() + " is on PM " + other.id() + " and PM " + pm.id());
                }
            }
            checkPm(pm);
        }
        checkReservations();
        for (SimulatedVm vm : cluster.vms()) {
            SimulatedPm on = vm.id() < seenOn.length ? seenOn[vm.id()] : null;
            if (on == null) {
                throw violation("VM " + vm.id() + " is on no PM");
            }
            if (vm.migratingTo() == on) {
                throw violation("VM " + vm.id() + " is migrating to PM " + on.id() + " where it already runs");
            }
        }
        if (seen != cluster.vmCount()) {
            throw violation(seen + " VMs run on the PMs but the datacentre has " + cluster.vmCount());
        }
    }

    /**
     * The room each PM holds for arriving VMs is exactly that of the VMs migrating to it, and each VM marked
     * migrating belongs to a migration under way: a migration that ends, fails or is aborted gives its room back.
     */
    private void checkReservations() {
        int pms = cluster.pms().size();
        long[] memory = new long[pms];
        int[] vcpus = new int[pms];
        int migrating = 0;
        for (SimulatedVm vm : cluster.vms()) {
            SimulatedPm to = vm.migratingTo();
            if (to != null) {
                memory[to.id()] += vm.memoryMb();
                vcpus[to.id()] += vm.vcpus();
                migrating++;
            }
        }
        for (SimulatedPm pm : cluster.pms()) {
            if (pm.arrivingMemoryMb() != memory[pm.id()] || pm.arrivingVcpus() != vcpus[pm.id()]) {
                throw violation("PM " + pm.id() + " reserves " + pm.arrivingMemoryMb() + " MB and "
                        + pm.arrivingVcpus() + " vcpus for arriving VMs, but the VMs migrating to it need "
                        + memory[pm.id()] + " MB and " + vcpus[pm.id()]);
            }
        }
        if (activeMigrations != null && activeMigrations.getAsInt() != migrating) {
            throw violation(migrating + " VMs are marked migrating but " + activeMigrations.getAsInt()
                    + " migrations are under way");
        }
    }

    /** Checks that no agent holds a lock (its PM lock or a VM lock) past its timeout, by the agent's own clock. */
    public void checkLocks(List<PmAgent> agents) {
        for (PmAgent agent : agents) {
            String overdue = agent.overdueLock();
            if (overdue != null) {
                throw violation(overdue);
            }
        }
    }

    /**
     * Checks what one migration event can break, on the two PMs it changed: each holds at most its memory and
     * vcpus (arrivals included) and lists only VMs that run on it (so no VM is listed on both). O(VMs of the two PMs);
     * the whole datacentre is checked at the start and every check interval by {@link #check()}.
     */
    public void checkPms(SimulatedPm source, SimulatedPm destination) {
        checks++;
        checkPm(source);
        if (destination != source) {
            checkPm(destination); // a VM listed on both would run on one of them: the other's listing fails
        }
    }

    private void checkPm(SimulatedPm pm) {
        long memory = pm.arrivingMemoryMb();
        int vcpus = pm.arrivingVcpus();
        for (SimulatedVm vm : pm.residents()) {
            if (vm.host() != pm) {
                throw violation("VM " + vm.id() + " is listed on PM " + pm.id() + " but runs on " + vm.host());
            }
            memory += vm.memoryMb();
            vcpus += vm.vcpus();
        }
        if (memory > pm.memoryMb()) {
            throw violation("PM " + pm.id() + " holds " + memory + " MB of VMs but has " + pm.memoryMb() + " MB");
        }
        if (vcpus > pm.maxVcpus()) {
            throw violation("PM " + pm.id() + " holds " + vcpus + " vcpus but may hold " + pm.maxVcpus());
        }
    }

    /** Records VM {@code vmId} on {@code pm}; returns the PM it was already seen on, or null. */
    private SimulatedPm markSeen(int vmId, SimulatedPm pm) {
        if (vmId >= seenOn.length) {
            seenOn = Arrays.copyOf(seenOn, Math.max(vmId + 1, seenOn.length * 2));
        }
        SimulatedPm other = seenOn[vmId];
        seenOn[vmId] = pm;
        return other;
    }

    private InvariantViolation violation(String what) {
        return new InvariantViolation(scheduler.now(), what);
    }
}
