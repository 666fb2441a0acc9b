package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.VmState;

/** What the agent of one simulated PM sees of its host, and how it live-migrates (SPEC 4). */
public final class SimulatedHypervisor implements HypervisorView {

    /** Takes a PM's node off the network or puts it back (a powered-off PM is down on the network). */
    @FunctionalInterface
    public interface NetworkSwitch {
        void setDown(int pmId, boolean down);
    }

    /** Wakes another powered-off PM (Wake-on-LAN); see {@link HypervisorView#wake}. */
    @FunctionalInterface
    public interface Waker {
        boolean wake(int pmId, double bootS);
    }

    private final SimulatedPm pm;
    private final LiveMigrations migrations;
    private final NetworkSwitch network;
    private final Waker waker;

    /** The view of {@code pm}, migrating through {@code migrations}; it cannot be powered off. */
    public SimulatedHypervisor(SimulatedPm pm, LiveMigrations migrations) {
        this(pm, migrations, null, null);
    }

    /** The view of {@code pm}, migrating through {@code migrations}, powered off and on through {@code network}. */
    public SimulatedHypervisor(SimulatedPm pm, LiveMigrations migrations, NetworkSwitch network) {
        this(pm, migrations, network, null);
    }

    /** As {@link #SimulatedHypervisor(SimulatedPm, LiveMigrations, NetworkSwitch)}, waking others through {@code waker}. */
    public SimulatedHypervisor(SimulatedPm pm, LiveMigrations migrations, NetworkSwitch network, Waker waker) {
        this.pm = pm;
        this.migrations = migrations;
        this.network = network;
        this.waker = waker;
    }

    @Override
    public boolean poweredOn() {
        return !pm.isPoweredOff();
    }

    /** Powers off when this PM hosts no VM (none arriving either) and is not failed. */
    @Override
    public boolean powerOff() {
        if (pm.isPoweredOff()) {
            return true;
        }
        if (network == null || pm.isDown() || !pm.residents().isEmpty() || pm.arrivingMemoryMb() > 0) {
            return false;
        }
        pm.setPoweredOff(true);
        network.setDown(pm.id(), true);
        return true;
    }

    @Override
    public void powerOn() {
        if (pm.isPoweredOff() && !pm.isDown()) {
            pm.setBooting(false);
            pm.setPoweredOff(false);
            network.setDown(pm.id(), false);
        }
    }

    @Override
    public boolean wake(int pmId, double bootS) {
        return waker != null && pmId != pm.id() && waker.wake(pmId, bootS);
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

    @Override
    public void startMigration(int vmId, int destination, int initiator, MigrationListener listener) {
        migrations.start(pm, vmId, destination, initiator, listener);
    }
}
