package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.VmState;

/** What the agent of one simulated PM sees of its host, and how it live-migrates (SPEC 4). */
public final class SimulatedHypervisor implements HypervisorView {

    private final SimulatedPm pm;
    private final LiveMigrations migrations;

    /** The view of {@code pm}, migrating through {@code migrations}. */
    public SimulatedHypervisor(SimulatedPm pm, LiveMigrations migrations) {
        this.pm = pm;
        this.migrations = migrations;
    }

    /** The simulated PM behind this view. */
    public SimulatedPm pm() {
        return pm;
    }

    @Override
    public int pmId() {
        return pm.id();
    }

    @Override
    public int cores() {
        return pm.cores();
    }

    @Override
    public long memoryTotalMb() {
        return pm.memoryMb();
    }

    @Override
    public long memoryUsedMb() {
        return pm.memoryUsedMb();
    }

    @Override
    public double reportedLoad() {
        return pm.reportedLoad();
    }

    @Override
    public List<VmState> vms() {
        List<VmState> states = new ArrayList<>(pm.residents().size());
        for (SimulatedVm vm : pm.residents()) {
            states.add(vm.state());
        }
        return states;
    }

    @Override
    public double migrationRateMbps() {
        return pm.migrationRateMbps();
    }

    @Override
    public void startMigration(int vmId, int destination, MigrationListener listener) {
        migrations.start(pm, vmId, destination, listener);
    }
}
