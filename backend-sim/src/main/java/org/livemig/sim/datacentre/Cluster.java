package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.scenario.Scenario;

/**
 * The PMs and VMs of the simulated datacentre and where each VM runs. It is the only place that puts VMs
 * on PMs or takes them off, so a VM is always on exactly one PM (its source while it migrates).
 * It also fans events out to the {@link DatacentreObserver}s.
 */
public final class Cluster implements DatacentreObserver {

    private final Scenario scenario;
    private final List<SimulatedPm> pms;
    private final List<SimulatedVm> vms = new ArrayList<>();
    private final Map<Integer, Integer> vmIndex = new HashMap<>();
    private final List<DatacentreObserver> observers = new ArrayList<>();
    private int nextVmId;

    /** The PMs of {@code scenario}'s topology, ids 0 .. pms-1, with no VMs yet. */
    public Cluster(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        int count = scenario.topology().pms();
        List<SimulatedPm> list = new ArrayList<>(count);
        for (int id = 0; id < count; id++) {
            list.add(new SimulatedPm(id, scenario));
        }
        this.pms = Collections.unmodifiableList(list);
    }

    /** The scenario this datacentre was built from. */
    public Scenario scenario() {
        return scenario;
    }

    /** All PMs, by id. */
    public List<SimulatedPm> pms() {
        return pms;
    }

    /** PM {@code id}, or null when there is none. */
    public SimulatedPm pm(int id) {
        return id >= 0 && id < pms.size() ? pms.get(id) : null;
    }

    /** All VMs in the datacentre now (read-only view; order changes as VMs are removed). */
    public List<SimulatedVm> vms() {
        return Collections.unmodifiableList(vms);
    }

    /** VM {@code id}, or null when there is none. */
    public SimulatedVm vm(int id) {
        Integer index = vmIndex.get(id);
        return index == null ? null : vms.get(index);
    }

    /** Number of VMs now. */
    public int vmCount() {
        return vms.size();
    }

    /** Creates a VM with the next id and no demand; not placed yet. */
    public SimulatedVm newVm(int vcpus, long memoryMb, double dirtyRateMbps) {
        return new SimulatedVm(
                nextVmId++,
                vcpus,
                memoryMb,
                dirtyRateMbps,
                scenario.negotiation().loadSampleIntervalS(),
                scenario.negotiation().loadAverageWindowS());
    }

    /** Puts a new VM on {@code pm}; it must fit. */
    public void place(SimulatedVm vm, SimulatedPm pm, double timeS) {
        if (vmIndex.containsKey(vm.id())) {
            throw new IllegalStateException(vm + " is already placed");
        }
        if (!pm.fits(vm)) {
            throw new IllegalStateException(vm + " does not fit on " + pm);
        }
        pm.addResident(vm);
        vmIndex.put(vm.id(), vms.size());
        vms.add(vm);
        vmAdded(timeS, vm.id(), pm.id());
    }

    /** Removes a VM that is not migrating from the datacentre. */
    public void remove(SimulatedVm vm, double timeS) {
        if (vm.isMigrating()) {
            throw new IllegalStateException(vm + " is migrating and cannot be removed");
        }
        Integer index = vmIndex.remove(vm.id());
        if (index == null) {
            throw new IllegalStateException(vm + " is not in the datacentre");
        }
        SimulatedVm last = vms.remove(vms.size() - 1);
        if (last != vm) {
            vms.set(index, last);
            vmIndex.put(last.id(), index);
        }
        SimulatedPm host = vm.host();
        host.removeResident(vm);
        vm.setHost(null);
        vmRemoved(timeS, vm.id(), host.id());
    }

    /** Starts moving {@code vm} to {@code destination}: reserves its room there. */
    void beginMove(SimulatedVm vm, SimulatedPm destination) {
        destination.reserve(vm);
        vm.setMigratingTo(destination);
    }

    /** Moves a migrating VM to its destination at once. */
    void finishMove(SimulatedVm vm) {
        SimulatedPm destination = vm.migratingTo();
        SimulatedPm source = vm.host();
        destination.release(vm);
        vm.setMigratingTo(null);
        source.removeResident(vm);
        destination.addResident(vm);
    }

    /** Gives up moving a migrating VM: it stays on its source. */
    void abandonMove(SimulatedVm vm) {
        vm.migratingTo().release(vm);
        vm.setMigratingTo(null);
    }

    /** Marks {@code pm} failed (its VMs stay on it) and tells the observers. */
    public void markDown(SimulatedPm pm, double timeS) {
        if (!pm.isDown()) {
            pm.setDown();
            pmDown(timeS, pm.id());
        }
    }

    /** Mean normalised reported load over the PMs that are up (SPEC 1, thesis eq. 4.1); 0 if none is up. */
    public double systemLoad() {
        double sum = 0;
        int up = 0;
        for (SimulatedPm pm : pms) {
            if (!pm.isDown()) {
                sum += pm.normalisedLoad();
                up++;
            }
        }
        return up == 0 ? 0 : sum / up;
    }

    /** Adds an observer of datacentre events. */
    public void addObserver(DatacentreObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    @Override
    public void migrationStarted(double timeS, int vmId, int source, int destination) {
        for (DatacentreObserver o : observers) {
            o.migrationStarted(timeS, vmId, source, destination);
        }
    }

    @Override
    public void migrationCompleted(MigrationResult result) {
        for (DatacentreObserver o : observers) {
            o.migrationCompleted(result);
        }
    }

    @Override
    public void migrationFailed(double timeS, int vmId, int source, int destination, String reason) {
        for (DatacentreObserver o : observers) {
            o.migrationFailed(timeS, vmId, source, destination, reason);
        }
    }

    @Override
    public void vmAdded(double timeS, int vmId, int pmId) {
        for (DatacentreObserver o : observers) {
            o.vmAdded(timeS, vmId, pmId);
        }
    }

    @Override
    public void vmRemoved(double timeS, int vmId, int pmId) {
        for (DatacentreObserver o : observers) {
            o.vmRemoved(timeS, vmId, pmId);
        }
    }

    @Override
    public void pmDown(double timeS, int pmId) {
        for (DatacentreObserver o : observers) {
            o.pmDown(timeS, pmId);
        }
    }

    @Override
    public void loadsSampled(double timeS) {
        for (DatacentreObserver o : observers) {
            o.loadsSampled(timeS);
        }
    }
}
