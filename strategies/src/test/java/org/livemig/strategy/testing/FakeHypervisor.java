package org.livemig.strategy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.prediction.LinuxLoadAverage;
import org.livemig.core.testing.ManualScheduler;

/**
 * A PM for agent tests: its reported load is the sum of its VMs' loads (no load-average lag) and a migration
 * takes a fixed time. PMs share a map of all hypervisors so a migration can move the VM.
 */
public final class FakeHypervisor implements HypervisorView {

    public static final double MIGRATION_S = 20;

    private final int id;
    private final int cores;
    private final long memoryMb;
    private final ManualScheduler scheduler;
    private final Map<Integer, FakeHypervisor> cluster;
    private final List<VmState> vms = new ArrayList<>();
    private final List<VmState> arriving = new ArrayList<>();
    private LinuxLoadAverage loadAverage;
    private double peakDemand;
    private boolean poweredOff;
    private boolean booting;

    public FakeHypervisor(
            int id, int cores, long memoryMb, ManualScheduler scheduler, Map<Integer, FakeHypervisor> cluster) {
        this.id = id;
        this.cores = cores;
        this.memoryMb = memoryMb;
        this.scheduler = scheduler;
        this.cluster = cluster;
        cluster.put(id, this);
    }

    /** Adds a VM of 1 vcpu, 256 MB and the given load, dirtying 2 MB/s. */
    public FakeHypervisor withVm(int vmId, double load) {
        vms.add(new VmState(vmId, 1, 256, load, 2));
        return this;
    }

    /**
     * Makes the reported load lag like a Linux load average of the VMs' demand, sampled every 5 s over
     * {@code windowS} (thesis 5.1), starting from the current demand.
     */
    public FakeHypervisor withLoadAverage(double windowS) {
        loadAverage = new LinuxLoadAverage(5, windowS);
        for (int i = 0; i < 2000; i++) {
            loadAverage.update(demand());
        }
        sampleEvery5s();
        return this;
    }

    private void sampleEvery5s() {
        scheduler.schedule(5, () -> {
            loadAverage.update(demand());
            sampleEvery5s();
        });
    }

    /** The VMs' summed CPU demand now. */
    public double demand() {
        return vms.stream().mapToDouble(VmState::cpuLoad).sum();
    }

    /** The highest demand this PM has had after a migration completed, in cores. */
    public double peakDemand() {
        return peakDemand;
    }

    @Override
    public int pmId() {
        return id;
    }

    @Override
    public int cores() {
        return cores;
    }

    @Override
    public long memoryTotalMb() {
        return memoryMb;
    }

    @Override
    public long memoryUsedMb() {
        long used = 0;
        for (VmState vm : vms) {
            used += vm.memoryMb();
        }
        for (VmState vm : arriving) {
            used += vm.memoryMb();
        }
        return used;
    }

    @Override
    public double reportedLoad() {
        return loadAverage == null ? demand() : loadAverage.value();
    }

    @Override
    public List<VmState> vms() {
        return List.copyOf(vms);
    }

    public List<Integer> vmIds() {
        return vms.stream().map(VmState::id).sorted().toList();
    }

    @Override
    public double migrationRateMbps() {
        return 12.5;
    }

    @Override
    public void startMigration(int vmId, int destination, MigrationListener listener) {
        VmState vm = vms.stream().filter(v -> v.id() == vmId).findFirst().orElse(null);
        FakeHypervisor to = cluster.get(destination);
        if (vm == null || to == null || to.memoryUsedMb() + vm.memoryMb() > to.memoryMb) {
            scheduler.schedule(0, () -> listener.failed("cannot migrate vm " + vmId + " to " + destination));
            return;
        }
        double start = scheduler.now();
        to.arriving.add(vm);
        scheduler.schedule(MIGRATION_S, () -> {
            vms.remove(vm);
            to.arriving.remove(vm);
            to.vms.add(vm);
            to.peakDemand = Math.max(to.peakDemand, to.demand());
            listener.completed(new MigrationResult(vmId, id, destination, start, scheduler.now(), 300, 0.03, id));
        });
    }

    @Override
    public boolean poweredOn() {
        return !poweredOff;
    }

    /** Powers off when this PM hosts no VM and none is arriving. */
    @Override
    public boolean powerOff() {
        if (vms.isEmpty() && arriving.isEmpty()) {
            poweredOff = true;
        }
        return poweredOff;
    }

    @Override
    public void powerOn() {
        poweredOff = false;
        booting = false;
    }

    /** Wakes PM {@code pmId} of the cluster if it is off: it is on again {@code bootS} later. */
    @Override
    public boolean wake(int pmId, double bootS) {
        FakeHypervisor other = cluster.get(pmId);
        if (other == null || other == this || !other.poweredOff || other.booting) {
            return false;
        }
        other.booting = true;
        scheduler.schedule(bootS, other::powerOn);
        return true;
    }
}
