package org.livemig.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.measurement.DatacentreProbe;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmObservation;
import org.livemig.core.measurement.VmObservation;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.DatacentreObserver;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;
import org.livemig.sim.network.SimulatedNetwork;

/**
 * The simulator's true state for the measurement point (SPEC 6): PMs and VMs from the {@link Cluster}, the
 * migration log from the live migrations themselves, overhead from the network's delivered protocol copies and
 * attempts from the agents' own counters, none of it through the simulated (possibly lossy) network.
 */
public final class SimulatorProbe implements DatacentreProbe, DatacentreObserver {

    private final Cluster cluster;
    private final SimulatedNetwork network;
    private final LongSupplier attempts;
    private final List<MigrationRecord> completed = new ArrayList<>();

    /** A probe of {@code datacentre}, reading attempts from {@code attempts}; it observes the datacentre from now. */
    public SimulatorProbe(SimulatedDatacentre datacentre, LongSupplier attempts) {
        this.cluster = datacentre.cluster();
        this.network = datacentre.network();
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        datacentre.addObserver(this);
    }

    @Override
    public List<PmObservation> pms() {
        List<PmObservation> out = new ArrayList<>(cluster.pms().size());
        for (SimulatedPm pm : cluster.pms()) {
            boolean active = !pm.isDown() && !pm.isPoweredOff();
            out.add(new PmObservation(pm.id(), active, pm.cores(), pm.normalisedLoad(), pm.demand()));
        }
        return out;
    }

    @Override
    public List<VmObservation> vms() {
        List<VmObservation> out = new ArrayList<>(cluster.vmCount());
        for (SimulatedVm vm : cluster.vms()) {
            out.add(new VmObservation(vm.id(), vm.host().id(), vm.demand(), vm.isMigrating()));
        }
        return out;
    }

    @Override
    public void migrationCompleted(MigrationResult r) {
        int initiator = r.initiator() >= 0 ? r.initiator() : r.source();
        completed.add(new MigrationRecord(
                r.startS(),
                r.endS(),
                r.vmId(),
                r.source(),
                r.destination(),
                initiator,
                r.migratedMb(),
                r.durationS(),
                r.downtimeS()));
    }

    @Override
    public List<MigrationRecord> takeCompletedMigrations() {
        List<MigrationRecord> out = List.copyOf(completed);
        completed.clear();
        return out;
    }

    @Override
    public long attempts() {
        return attempts.getAsLong();
    }

    @Override
    public long protocolBytes() {
        return network.protocolBytes();
    }

    @Override
    public long protocolMessages() {
        return network.protocolCopies();
    }
}
