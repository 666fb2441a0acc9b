package org.livemig.sim.datacentre;

import org.livemig.core.hypervisor.VmState;

/**
 * A virtual machine of the simulated datacentre: fixed vCPUs, memory and dirty rate, and a CPU demand over
 * time (a base demand set by the workload's level times a factor its demand model moves, never above its vCPUs). Its own load
 * average is what it reports as its CPU load.
 */
public final class SimulatedVm {

    private final int id;
    private final int vcpus;
    private final long memoryMb;
    private final double dirtyRateMbps;
    private final HostLoadAverage loadAverage;
    private double baseDemand;
    private double demandFactor = 1;
    private SimulatedPm host;
    private SimulatedPm migratingTo;

    /** A VM with no demand whose load average is sampled every {@code sampleIntervalS} over {@code windowS}. */
    public SimulatedVm(int id, int vcpus, long memoryMb, double dirtyRateMbps, double sampleIntervalS, double windowS) {
        if (vcpus < 1 || memoryMb < 1 || !(dirtyRateMbps >= 0)) {
            throw new IllegalArgumentException("VM " + id + " needs vcpus >= 1, memory >= 1 MB and a dirty rate"
                    + " >= 0 (got " + vcpus + ", " + memoryMb + ", " + dirtyRateMbps + ")");
        }
        this.id = id;
        this.vcpus = vcpus;
        this.memoryMb = memoryMb;
        this.dirtyRateMbps = dirtyRateMbps;
        this.loadAverage = new HostLoadAverage(sampleIntervalS, windowS, 0);
    }

    public int id() {
        return id;
    }

    public int vcpus() {
        return vcpus;
    }

    public long memoryMb() {
        return memoryMb;
    }

    /** Page-dirtying rate, MB/s (D of the cost model). */
    public double dirtyRateMbps() {
        return dirtyRateMbps;
    }

    /** CPU demand now, in cores: base demand times the demand factor, within [0, vcpus]. */
    public double demand() {
        return Math.max(0, Math.min(vcpus, baseDemand * demandFactor));
    }

    /** Demand the level gives this VM, before its demand model moves it, in cores. */
    public double baseDemand() {
        return baseDemand;
    }

    /** Sets the demand the level gives this VM, in cores (&gt;= 0). */
    public void setBaseDemand(double cores) {
        if (!(cores >= 0) || Double.isInfinite(cores)) {
            throw new IllegalArgumentException(
                    "demand of VM " + id + " must be a finite number >= 0 (got " + cores + ")");
        }
        this.baseDemand = cores;
    }

    /** Current factor of the demand model on the base demand. */
    public double demandFactor() {
        return demandFactor;
    }

    /** Sets the demand model's factor on the base demand (&gt;= 0). */
    public void setDemandFactor(double factor) {
        this.demandFactor = Math.max(0, factor);
    }

    /** The VM's own load average (its reported CPU load), in cores. */
    public double load() {
        return loadAverage.value();
    }

    /** Sets the VM's load average to its current demand, as if it had run like this for long (set-up). */
    public void warmStartLoad() {
        loadAverage.warmStart(demand());
    }

    void sampleLoad() {
        loadAverage.update(demand());
    }

    /** The PM the VM runs on (the source while it migrates); null only once removed. */
    public SimulatedPm host() {
        return host;
    }

    /** The PM the VM is migrating to, or null. */
    public SimulatedPm migratingTo() {
        return migratingTo;
    }

    /** Whether a live migration of this VM is under way. */
    public boolean isMigrating() {
        return migratingTo != null;
    }

    void setHost(SimulatedPm pm) {
        this.host = pm;
    }

    void setMigratingTo(SimulatedPm pm) {
        this.migratingTo = pm;
    }

    /** What the hypervisor shows of this VM. */
    public VmState state() {
        return new VmState(id, vcpus, memoryMb, load(), dirtyRateMbps);
    }

    @Override
    public String toString() {
        return "VM " + id;
    }
}
