package org.livemig.core.measurement;

import java.util.Arrays;
import java.util.List;
import org.livemig.cost.PowerModel;

/**
 * Integrals over a run of the true state the measurement point samples, for the metrics consolidation
 * research publishes (Beloglazov and Buyya 2012, section 6.2): per PM its active time, its time at 100 %
 * CPU and above the push threshold; per VM the CPU it requested and the CPU lost to its migrations; the
 * energy of all PMs. Each sample's state holds over the interval that ends at it.
 */
public final class ConsolidationTotals {

    /** Share of a migrating VM's CPU lost while it migrates (Beloglazov and Buyya 2012, section 6.2: 10 %). */
    public static final double MIGRATION_DEGRADATION = 0.1;

    private final double pushThreshold;
    private final PowerModel power;
    private double[] activeS = new double[0];
    private double[] saturatedS = new double[0];
    private double[] abovePushS = new double[0];
    private double[] requestedCoreS = new double[0];
    private double[] degradedCoreS = new double[0];
    private boolean[] seenVm = new boolean[0];
    private int pmCount;
    private double energyJ;
    private double activePmS;
    private double coveredS;

    ConsolidationTotals(double pushThreshold, PowerModel power) {
        this.pushThreshold = pushThreshold;
        this.power = power;
    }

    /** Adds {@code dt} seconds of the state {@code pms}, {@code vms}. */
    void add(double dt, List<PmObservation> pms, List<VmObservation> vms) {
        if (!(dt > 0)) {
            return;
        }
        coveredS += dt;
        for (PmObservation pm : pms) {
            grow(pm.id() + 1, 0);
            pmCount = Math.max(pmCount, pm.id() + 1);
            if (!pm.active()) {
                energyJ += power.offWatts() * dt;
                continue;
            }
            energyJ += power.activeWatts(pm.cpuUtilisation()) * dt;
            activePmS += dt;
            activeS[pm.id()] += dt;
            if (pm.saturated()) {
                saturatedS[pm.id()] += dt;
            }
            if (pm.normalisedLoad() > pushThreshold) {
                abovePushS[pm.id()] += dt;
            }
        }
        for (VmObservation vm : vms) {
            grow(0, vm.id() + 1);
            seenVm[vm.id()] = true;
            requestedCoreS[vm.id()] += vm.cpuDemandCores() * dt;
            if (vm.migrating()) {
                degradedCoreS[vm.id()] += MIGRATION_DEGRADATION * vm.cpuDemandCores() * dt;
            }
        }
    }

    private void grow(int pms, int vms) {
        if (pms > activeS.length) {
            activeS = Arrays.copyOf(activeS, Math.max(pms, activeS.length * 2));
            saturatedS = Arrays.copyOf(saturatedS, activeS.length);
            abovePushS = Arrays.copyOf(abovePushS, activeS.length);
        }
        if (vms > seenVm.length) {
            int n = Math.max(vms, seenVm.length * 2);
            requestedCoreS = Arrays.copyOf(requestedCoreS, n);
            degradedCoreS = Arrays.copyOf(degradedCoreS, n);
            seenVm = Arrays.copyOf(seenVm, n);
        }
    }

    /**
     * SLATAH: the mean over PMs that were ever active of the share of their active time at 100 % CPU
     * (Beloglazov and Buyya 2012, eq. 6); 0 when no PM was active.
     */
    public double slatah() {
        double sum = 0;
        int pms = 0;
        for (int i = 0; i < activeS.length; i++) {
            if (activeS[i] > 0) {
                sum += saturatedS[i] / activeS[i];
                pms++;
            }
        }
        return pms == 0 ? 0 : sum / pms;
    }

    /**
     * PDM: the mean over VMs of the CPU lost to migrations over the CPU requested (Beloglazov and Buyya 2012,
     * eq. 7); VMs that requested nothing count 0.
     */
    public double pdm() {
        double sum = 0;
        int vms = 0;
        for (int i = 0; i < seenVm.length; i++) {
            if (seenVm[i]) {
                vms++;
                sum += requestedCoreS[i] > 0 ? degradedCoreS[i] / requestedCoreS[i] : 0;
            }
        }
        return vms == 0 ? 0 : sum / vms;
    }

    /** Energy of all PMs so far, J. */
    public double energyJ() {
        return energyJ;
    }

    /** Time-weighted mean number of active PMs. */
    public double meanActivePms() {
        return coveredS > 0 ? activePmS / coveredS : 0;
    }

    /** Seconds each PM (by id) spent with its reported normalised load above the push threshold. */
    public double[] timeAbovePushThresholdS() {
        return Arrays.copyOf(abovePushS, pmCount);
    }
}
