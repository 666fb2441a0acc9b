package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;
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
    /** Whether two PMs can reach each other (a partition refuses migrations across it); all by default. */
    private BiPredicate<SimulatedPm, SimulatedPm> reachable = (a, b) -> true;

    private double failureProbability;
    private RandomGenerator failureRandom;
    private Runnable onInjectedFailure = () -> {};
    private java.util.function.BiConsumer<SimulatedPm, SimulatedPm> afterEachEvent = (source, destination) -> {};

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

    /** Refuses migrations between PMs that {@code reachable} says cannot reach each other (a partition). */
    public void refuseUnreachable(BiPredicate<SimulatedPm, SimulatedPm> reachable) {
        this.reachable = Objects.requireNonNull(reachable, "reachable");
    }

    /**
     * Makes each migration fail partway with {@code probability} (faults.migration_failure_probability): at a
     * uniform point of its T_mig, drawn from {@code random}, the VM stays on its source; {@code counted} runs
     * for each.
     */
    public void injectFailures(double probability, RandomGenerator random, Runnable counted) {
        this.failureProbability = probability;
        this.failureRandom = Objects.requireNonNull(random, "random");
        this.onInjectedFailure = Objects.requireNonNull(counted, "counted");
    }

    /** Number of migrations under way. */
    public int activeCount() {
        return active.size();
    }

    /** Starts migrating VM {@code vmId} from {@code source} to PM {@code destinationId}. */
    public void start(SimulatedPm source, int vmId, int destinationId, MigrationListener listener) {
        start(source, vmId, destinationId, source.id(), listener);
    }

    /** Starts migrating VM {@code vmId} from {@code source} to PM {@code destinationId}, decided by {@code initiator}. */
    public void start(SimulatedPm source, int vmId, int destinationId, int initiator, MigrationListener listener) {
        Objects.requireNonNull(listener, "listener");
        SimulatedVm vm = cluster.vm(vmId);
        SimulatedPm destination = cluster.pm(destinationId);
        String refusal = refusal(source, vm, vmId, destination, destinationId);
        if (refusal == null && !reachable.test(source, destination)) {
            refusal = "PM " + destinationId + " cannot be reached from PM " + source.id() + " (network partition)";
        }
        String refused = refusal;
        if (refusal != null) {
            double now = scheduler.now();
            scheduler.schedule(0, () -> {
                cluster.migrationFailed(now, vmId, source.id(), destinationId, refused);
                listener.failed(refused);
            });
            return;
        }
        double rate = Math.min(source.migrationRateMbps(), destination.migrationRateMbps());
        MigrationCostEstimate estimate = cost.estimate(vm.memoryMb(), rate, vm.dirtyRateMbps());
        cluster.beginMove(vm, destination);
        Migration migration = new Migration(vm, source, destination, scheduler.now(), estimate, initiator, listener);
        active.put(vmId, migration);
        if (failureProbability > 0 && failureRandom.nextDouble() < failureProbability) {
            double at = estimate.migrationTimeS() * failureRandom.nextDouble();
            migration.completion = scheduler.schedule(at, () -> {
                onInjectedFailure.run();
                fail(List.of(migration), "the live migration of VM " + vmId + " failed partway (injected fault)");
            });
        } else {
            migration.completion = scheduler.schedule(estimate.migrationTimeS(), () -> complete(migration));
        }
        cluster.migrationStarted(migration.startS, vmId, source.id(), destinationId);
        afterEachEvent.accept(migration.source, migration.destination);
    }

    private static String refusal(
            SimulatedPm source, SimulatedVm vm, int vmId, SimulatedPm destination, int destinationId) {
        if (source.isDown()) {
            return "PM " + source.id() + " is down";
        }
        if (vm == null || vm.host() != source) {
            return "VM " + vmId + " is not on PM " + source.id();
        }
        if (vm.isMigrating()) {
            return "VM " + vmId + " is already migrating to PM "
                    + vm.migratingTo().id();
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
        MigrationResult result = new MigrationResult(
                migration.vm.id(),
                migration.source.id(),
                migration.destination.id(),
                migration.startS,
                scheduler.now(),
                estimate.migratedMb(),
                estimate.downtimeS(),
                migration.initiator);
        cluster.migrationCompleted(result);
        afterEachEvent.accept(migration.source, migration.destination);
        migration.listener.completed(result);
    }

    /** Fails every migration from or to {@code pm} (it went down): the VMs stay on their sources. */
    public void failMigrationsOf(SimulatedPm pm) {
        failMigrations(
                (source, destination) -> source == pm || destination == pm,
                "PM " + pm.id() + " went down during the migration of VM ");
    }

    /**
     * Fails every migration whose source and destination {@code affected} picks (an agent crash aborts the jobs
     * it started; a partition cuts the migrations across it): the VMs stay on their sources.
     */
    public void failMigrations(BiPredicate<SimulatedPm, SimulatedPm> affected, String reasonBeforeVmId) {
        List<Migration> chosen = new ArrayList<>();
        for (Migration migration : active.values()) {
            if (affected.test(migration.source, migration.destination)) {
                chosen.add(migration);
            }
        }
        for (Migration migration : chosen) {
            migration.completion.cancel();
        }
        fail(chosen, null, reasonBeforeVmId);
    }

    private void fail(List<Migration> migrations, String reason) {
        fail(migrations, reason, null);
    }

    private void fail(List<Migration> migrations, String fixedReason, String reasonBeforeVmId) {
        for (Migration migration : migrations) {
            active.remove(migration.vm.id());
            cluster.abandonMove(migration.vm);
            String reason = fixedReason != null ? fixedReason : reasonBeforeVmId + migration.vm.id();
            double now = scheduler.now();
            cluster.migrationFailed(now, migration.vm.id(), migration.source.id(), migration.destination.id(), reason);
            scheduler.schedule(0, () -> migration.listener.failed(reason));
        }
        for (Migration migration : migrations) {
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
        final int initiator;
        final MigrationListener listener;
        Scheduler.Cancellable completion;

        Migration(
                SimulatedVm vm,
                SimulatedPm source,
                SimulatedPm destination,
                double startS,
                MigrationCostEstimate estimate,
                int initiator,
                MigrationListener listener) {
            this.vm = vm;
            this.source = source;
            this.destination = destination;
            this.startS = startS;
            this.estimate = estimate;
            this.initiator = initiator;
            this.listener = listener;
        }
    }
}
