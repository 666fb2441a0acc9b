package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Topology;

/**
 * A physical machine of the simulated datacentre: cores, memory, a migration link, the VMs running on it
 * (a leaving VM until it has left), the room reserved for VMs arriving, and its load average.
 */
public final class SimulatedPm {

    private final int id;
    private final int cores;
    private final long memoryMb;
    private final int maxVcpus;
    private final double migrationRateMbps;
    private final double loadFactor;
    private final HostLoadAverage loadAverage;
    /**
     * Resident VMs in arrival order. A list, not a map by id: a PM holds at most {@code maxVcpus} VMs, so a
     * search by id is short, and the load sampling, the probes and the agents' checks walk these lists of
     * every PM all the time (a linked map's entries are scattered over the heap).
     */
    private final List<SimulatedVm> residents = new ArrayList<>();

    private final Collection<SimulatedVm> residentsView = Collections.unmodifiableList(residents);
    private long residentMemoryMb;
    private int residentVcpus;
    private long arrivingMemoryMb;
    private int arrivingVcpus;
    private boolean down;
    private boolean poweredOff;
    private boolean booting;
    private double overloadSinceS = Double.NaN;

    /** An empty PM as {@code scenario}'s topology describes them, on its hypervisor. */
    public SimulatedPm(int id, Scenario scenario) {
        Topology topology = scenario.topology();
        this.id = id;
        this.cores = topology.coresPerPm();
        this.memoryMb = topology.memoryPerPmMb();
        this.maxVcpus = topology.maxVcpusPerPm();
        this.migrationRateMbps = topology.linkMBytesPerS();
        this.loadFactor = scenario.hypervisorLoadFactor();
        this.loadAverage = new HostLoadAverage(
                scenario.negotiation().loadSampleIntervalS(),
                scenario.negotiation().loadAverageWindowS(),
                0);
    }

    public int id() {
        return id;
    }

    public int cores() {
        return cores;
    }

    public long memoryMb() {
        return memoryMb;
    }

    /** Most vCPUs this PM may hold (cores x overcommit bound). */
    public int maxVcpus() {
        return maxVcpus;
    }

    /** Migration rate of this PM's link, MB/s. */
    public double migrationRateMbps() {
        return migrationRateMbps;
    }

    /** Memory of resident and arriving VMs, MB. */
    public long memoryUsedMb() {
        return residentMemoryMb + arrivingMemoryMb;
    }

    /** vCPUs of resident and arriving VMs. */
    public int vcpusUsed() {
        return residentVcpus + arrivingVcpus;
    }

    /** Memory reserved for VMs arriving, MB. */
    public long arrivingMemoryMb() {
        return arrivingMemoryMb;
    }

    /** vCPUs reserved for VMs arriving. */
    public int arrivingVcpus() {
        return arrivingVcpus;
    }

    /** Whether {@code vm} fits here next to the resident and arriving VMs (memory and vCPU bound). */
    public boolean fits(SimulatedVm vm) {
        return memoryUsedMb() + vm.memoryMb() <= memoryMb && vcpusUsed() + vm.vcpus() <= maxVcpus;
    }

    /** The VMs running here, in arrival order (read-only view). */
    public Collection<SimulatedVm> residents() {
        return residentsView;
    }

    /** Whether {@code vmId} runs here. */
    public boolean hosts(int vmId) {
        return indexOf(vmId) >= 0;
    }

    /** Summed CPU demand of the resident VMs now, in cores. */
    public double demand() {
        double sum = 0;
        for (int i = 0, n = residents.size(); i < n; i++) {
            sum += residents.get(i).demand();
        }
        return sum;
    }

    /** The host's load average of its VMs' demand, in cores. */
    public double loadAverage() {
        return loadAverage.value();
    }

    /** The load the host reports: load average times the hypervisor factor, in cores (SPEC 4). */
    public double reportedLoad() {
        return loadFactor * loadAverage.value();
    }

    /** Reported load over cores (l_i of SPEC 1). */
    public double normalisedLoad() {
        return reportedLoad() / cores;
    }

    /** Sets the load average to the current demand, as if the PM had run like this for long (set-up). */
    public void warmStartLoad() {
        loadAverage.warmStart(demand());
    }

    /** Whether this PM is powered off (LCC consolidate's shutdown); an off PM hosts no VM. */
    public boolean isPoweredOff() {
        return poweredOff;
    }

    /** Powers this PM off or on; the caller checks it hosts no VM first. */
    public void setPoweredOff(boolean off) {
        this.poweredOff = off;
    }

    /** Whether this powered-off PM has been woken and is booting (still off until it is up). */
    public boolean isBooting() {
        return booting;
    }

    /** Marks this powered-off PM as booting after a wake, or done booting. */
    public void setBooting(boolean booting) {
        this.booting = booting;
    }

    /** Whether this PM has failed (stopped answering). */
    public boolean isDown() {
        return down;
    }

    void setDown() {
        this.down = true;
    }

    /** Samples the load averages of this PM and its VMs once; returns the summed demand sampled. */
    double sampleLoad() {
        double sum = 0;
        for (int i = 0, n = residents.size(); i < n; i++) {
            SimulatedVm vm = residents.get(i);
            vm.sampleLoad();
            sum += vm.demand();
        }
        loadAverage.update(sum);
        return sum;
    }

    double overloadSinceS() {
        return overloadSinceS;
    }

    void setOverloadSinceS(double timeS) {
        this.overloadSinceS = timeS;
    }

    void addResident(SimulatedVm vm) {
        if (indexOf(vm.id()) >= 0) {
            throw new IllegalStateException(vm + " is already on PM " + id);
        }
        residents.add(vm);
        residentMemoryMb += vm.memoryMb();
        residentVcpus += vm.vcpus();
        vm.setHost(this);
    }

    void removeResident(SimulatedVm vm) {
        int index = indexOf(vm.id());
        if (index < 0) {
            throw new IllegalStateException(vm + " is not on PM " + id);
        }
        residents.remove(index);
        residentMemoryMb -= vm.memoryMb();
        residentVcpus -= vm.vcpus();
    }

    void reserve(SimulatedVm vm) {
        arrivingMemoryMb += vm.memoryMb();
        arrivingVcpus += vm.vcpus();
    }

    void release(SimulatedVm vm) {
        arrivingMemoryMb -= vm.memoryMb();
        arrivingVcpus -= vm.vcpus();
    }

    private int indexOf(int vmId) {
        for (int i = 0, n = residents.size(); i < n; i++) {
            if (residents.get(i).id() == vmId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "PM " + id;
    }
}
