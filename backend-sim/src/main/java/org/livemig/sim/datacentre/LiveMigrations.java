package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.livemig.core.hypervisor.HypervisorView.MigrationListener;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.runtime.Scheduler;
import org.livemig.cost.MigrationCostEstimate;
import org.livemig.cost.PreCopyMigrationCost;

/**
 * Live migrations in the simulated datacentre (SPEC 4). A migration is admitted when the VM is on the
 * source and not migrating, and the destination is up with memory and vCPU room for it (counting VMs
 * already arriving); the room is reserved at once. The VM keeps running, and loading, the source for
 * T_mig of the pre-copy cost model at the slower of the two links, then moves atomically. A refusal, or
 * a failure because either PM went down, leaves the VM on its source. Listeners are always called from a
 * later event, never from inside {@link #start}.
 */
public final class LiveMigrations {

    private final Scheduler scheduler;
    private final Cluster cluster;
    private final PreCopyMigrationCost cost;
    private final Map<Integer, Migration> active = new LinkedHashMap<>();
    private java.util.function.BiConsumer<SimulatedPm, SimulatedPm> afterEachEvent = (source, destination) -> { };

    /** Migrations of the VMs of {@code cluster}, timed by {@code cost}. */
    public LiveMigrations(Scheduler scheduler, Cluster cluster, PreCopyMigrationCost cost) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.cost = Objects.requireNonNull(cost, "cost");
    }

    /**
     * Runs {@code check} with the source and destination after every start, completion and failure of a
     * migration (the invariant check of the two PMs it changed).
     */
    public void afterEachEvent(java.util.function.BiConsumer<SimulatedPm, SimulatedPm> check) {
        this.afterEachEvent = Objects.requireNonNull(check, "check");
    }

    /** Number of migrations under way. */
    public int activeCount() {
        return active.size();
    }

    /** Starts migrating VM {@code vmId} from {@code source} to PM {@code destinationId}. */
    public void start(SimulatedPm source, int vmId, int destinationId, MigrationListener listener) {
        Objects.requireNonNull(listener, "listener");
        SimulatedVm vm = cluster.vm(vmId);
        SimulatedPm destination = cluster.pm(destinationId);
        String refusal = refusal(source, vm, vmId, destination, destinationId);
        if (refusal != null) {
            double now = scheduler.now();
            scheduler.schedule(0, () -> {
                cluster.migrationFailed(now, vmId, source.id(), destinationId, refusal);
                listener.failed(refusal);
            });
            return;
        }
        double rate = Math.min(source.migrationRateMbps(), destination.migrationRateMbps());
        MigrationCostEstimate estimate = cost.estimate(vm.memoryMb(), rate, vm.dirtyRateMbps());
        cluster.beginMove(vm, destination);
        Migration migration = new Migration(vm, source, destination, scheduler.now(), estimate, listener);
        active.put(vmId, migration);
        migration.completion = scheduler.schedule(estimate.migrationTimeS(), () -> complete(migration));
        cluster.migrationStarted(migration.startS, vmId, source.id(), destinationId);
        afterEachEvent.accept(migration.source, migration.destination);
    }

    private static String refusal(SimulatedPm source, SimulatedVm vm, int vmId, SimulatedPm destination,
                                  int destinationId) {
        if (source.isDown()) {
            return "PM " + source.id() + " is down";
        }
        if (vm == null || vm.host() != source) {
            return "VM " + vmId + " is not on PM " + source.id();
        }
        if (vm.isMigrating()) {
            return "VM " + vmId + " is already migrating to PM " + vm.migratingTo().id();
        }
        if (destination == null) {
            return "there is no PM " + destinationId;
        }
        if (destination == source) {
            return "VM " + vmId + " is already on PM " + destinationId;
        }
        if (destination.isDown()) {
            return "PM " + destinationId + " is down";
        }
        if (destination.isPoweredOff()) {
            return "PM " + destinationId + " is powered off";
        }
        if (destination.memoryUsedMb() + vm.memoryMb() > destination.memoryMb()) {
            return "PM " + destinationId + " lacks memory for VM " + vmId + " (needs " + vm.memoryMb() + " MB, "
                    + (destination.memoryMb() - destination.memoryUsedMb()) + " MB free)";
        }
        if (destination.vcpusUsed() + vm.vcpus() > destination.maxVcpus()) {
            return "PM " + destinationId + " lacks cores for VM " + vmId + " (needs " + vm.vcpus() + " vcpus, "
                    + (destination.maxVcpus() - destination.vcpusUsed()) + " free)";
        }
        return null;
    }

    private void complete(Migration migration) {
        active.remove(migration.vm.id());
        cluster.finishMove(migration.vm);
        MigrationCostEstimate estimate = migration.estimate;
        MigrationResult result = new MigrationResult(migration.vm.id(), migration.source.id(),
                migration.destination.id(), migration.startS, scheduler.now(), estimate.migratedMb(),
                estimate.downtimeS());
        cluster.migrationCompleted(result);
        afterEachEvent.accept(migration.source, migration.destination);
        migration.listener.completed(result);
    }

    /** Fails every migration from or to {@code pm} (it went down): the VMs stay on their sources. */
    public void failMigrationsOf(SimulatedPm pm) {
        List<Migration> affected = new ArrayList<>();
        for (Migration migration : active.values()) {
            if (migration.source == pm || migration.destination == pm) {
                affected.add(migration);
            }
        }
        for (Migration migration : affected) {
            migration.completion.cancel();
            active.remove(migration.vm.id());
            cluster.abandonMove(migration.vm);
            String reason = "PM " + pm.id() + " went down during the migration of VM " + migration.vm.id();
            double now = scheduler.now();
            cluster.migrationFailed(now, migration.vm.id(), migration.source.id(), migration.destination.id(),
                    reason);
            scheduler.schedule(0, () -> migration.listener.failed(reason));
        }
        for (Migration migration : affected) {
            afterEachEvent.accept(migration.source, migration.destination);
        }
    }

    /** One migration under way. */
    private static final class Migration {
        final SimulatedVm vm;
        final SimulatedPm source;
        final SimulatedPm destination;
        final double startS;
        final MigrationCostEstimate estimate;
        final MigrationListener listener;
        Scheduler.Cancellable completion;

        Migration(SimulatedVm vm, SimulatedPm source, SimulatedPm destination, double startS,
                  MigrationCostEstimate estimate, MigrationListener listener) {
            this.vm = vm;
            this.source = source;
            this.destination = destination;
            this.startS = startS;
            this.estimate = estimate;
            this.listener = listener;
        }
    }
}
