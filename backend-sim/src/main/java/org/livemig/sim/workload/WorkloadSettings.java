package org.livemig.sim.workload;

import org.livemig.scenario.WorkloadType;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Placement;
import java.util.Objects;

/**
 * The VMs and their load (SPEC 5, thesis 4.3-4.5).
 *
 * @param vms                           VMs at the start
 * @param vcpusPerVm                    vCPUs of each VM
 * @param memoryPerVmMb                 memory of each VM, MB (V_mem)
 * @param dirtyRateMbps                 mean page-dirtying rate of a VM, MB/s (D)
 * @param dirtyRateSpread               each VM's dirty rate is the mean times 1 +- this (uniform), in [0, 1]
 * @param level                         system load to reach at the start (0.25 / 0.40 / 0.55), in (0, 1]
 * @param levelIncludesHypervisorFactor whether {@code level} is the reported system load (true: the demand is
 *                                      level / hypervisor factor, as the thesis calibrated its testbed on the
 *                                      measured load) or the demand itself (false)
 * @param noise                         relative demand noise: each VM's demand is times 1 +- noise (uniform), in [0, 1]
 * @param noiseIntervalS                how often the noise is drawn again, s (&gt; 0)
 * @param type                          how the load changes during the run
 * @param changeTimeS                   when a burst or drain happens, s
 * @param burstLevel                    system load after a burst (default high, 0.55: the thesis's low and medium
 *                                      profiles "now behave as Push high")
 * @param drainLevel                    system load after a drain (default low, 0.25)
 * @param fluctuation                   arrival and removal rates of the fluctuation type
 * @param placement                     how the initial VMs are spread over the PMs
 */
public record WorkloadSettings(int vms, int vcpusPerVm, long memoryPerVmMb, double dirtyRateMbps,
                               double dirtyRateSpread, double level, boolean levelIncludesHypervisorFactor,
                               double noise, double noiseIntervalS, WorkloadType type, double changeTimeS,
                               double burstLevel, double drainLevel, FluctuationSettings fluctuation,
                               Placement placement) {

    /** Validates the settings; a bad value gets a one-line message naming it. */
    public WorkloadSettings {
        if (vms < 0) {
            throw new IllegalArgumentException("vms must be >= 0 (got " + vms + ")");
        }
        if (vcpusPerVm < 1) {
            throw new IllegalArgumentException("vcpus per VM must be >= 1 (got " + vcpusPerVm + ")");
        }
        if (memoryPerVmMb < 1) {
            throw new IllegalArgumentException("memory per VM must be >= 1 MB (got " + memoryPerVmMb + ")");
        }
        requireRange("dirty rate (MB/s)", dirtyRateMbps, 0, Double.MAX_VALUE);
        requireRange("dirty rate spread", dirtyRateSpread, 0, 1);
        requireRange("load level", level, 0, 1);
        requireRange("noise", noise, 0, 1);
        if (!(noiseIntervalS > 0) || Double.isInfinite(noiseIntervalS)) {
            throw new IllegalArgumentException("noise interval must be a finite number > 0 s (got "
                    + noiseIntervalS + ")");
        }
        Objects.requireNonNull(type, "type");
        requireRange("change time (s)", changeTimeS, 0, Double.MAX_VALUE);
        requireRange("burst level", burstLevel, 0, 1);
        requireRange("drain level", drainLevel, 0, 1);
        Objects.requireNonNull(fluctuation, "fluctuation");
        Objects.requireNonNull(placement, "placement");
    }

    /**
     * {@code vms} VMs of 1 vCPU and 256 MB (the testbed's), dirty rate 2 MB/s +- 50 %, at system load
     * {@code level}, noise +- 10 % redrawn every 30 s, normal type, change at 10 000 s to 0.55 (burst) or
     * 0.25 (drain), default fluctuation rates.
     */
    public static WorkloadSettings of(int vms, double level) {
        return new WorkloadSettings(vms, 1, 256, 2.0, 0.5, level, true, 0.1, 30, WorkloadType.NORMAL, 10_000,
                LoadLevel.HIGH.systemLoad(), LoadLevel.LOW.systemLoad(), FluctuationSettings.DEFAULT,
                Placement.RANDOM);
    }

    /** {@link #of(int, double)} at a named level. */
    public static WorkloadSettings of(int vms, LoadLevel level) {
        return of(vms, level.systemLoad());
    }

    /** These settings with another type. */
    public WorkloadSettings withType(WorkloadType newType) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, dirtyRateMbps, dirtyRateSpread, level,
                levelIncludesHypervisorFactor, noise, noiseIntervalS, newType, changeTimeS, burstLevel, drainLevel,
                fluctuation, placement);
    }

    /** These settings with other noise. */
    public WorkloadSettings withNoise(double relativeNoise, double intervalS) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, dirtyRateMbps, dirtyRateSpread, level,
                levelIncludesHypervisorFactor, relativeNoise, intervalS, type, changeTimeS, burstLevel, drainLevel,
                fluctuation, placement);
    }

    /** These settings with other VM sizes. */
    public WorkloadSettings withVmSize(int vcpus, long memoryMb) {
        return new WorkloadSettings(vms, vcpus, memoryMb, dirtyRateMbps, dirtyRateSpread, level,
                levelIncludesHypervisorFactor, noise, noiseIntervalS, type, changeTimeS, burstLevel, drainLevel,
                fluctuation, placement);
    }

    /** These settings with another dirty rate (mean and relative spread). */
    public WorkloadSettings withDirtyRate(double meanMbps, double spread) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, meanMbps, spread, level,
                levelIncludesHypervisorFactor, noise, noiseIntervalS, type, changeTimeS, burstLevel, drainLevel,
                fluctuation, placement);
    }

    /** These settings with the level counted on the reported load (true) or on the demand (false). */
    public WorkloadSettings withLevelIncludingHypervisorFactor(boolean includes) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, dirtyRateMbps, dirtyRateSpread, level,
                includes, noise, noiseIntervalS, type, changeTimeS, burstLevel, drainLevel, fluctuation, placement);
    }

    /** These settings with another change time and burst and drain levels. */
    public WorkloadSettings withChange(double timeS, double newBurstLevel, double newDrainLevel) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, dirtyRateMbps, dirtyRateSpread, level,
                levelIncludesHypervisorFactor, noise, noiseIntervalS, type, timeS, newBurstLevel, newDrainLevel,
                fluctuation, placement);
    }

    /** These settings with other fluctuation rates. */
    public WorkloadSettings withFluctuation(FluctuationSettings rates) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, dirtyRateMbps, dirtyRateSpread, level,
                levelIncludesHypervisorFactor, noise, noiseIntervalS, type, changeTimeS, burstLevel, drainLevel,
                rates, placement);
    }

    /** These settings with another initial placement. */
    public WorkloadSettings withPlacement(Placement initial) {
        return new WorkloadSettings(vms, vcpusPerVm, memoryPerVmMb, dirtyRateMbps, dirtyRateSpread, level,
                levelIncludesHypervisorFactor, noise, noiseIntervalS, type, changeTimeS, burstLevel, drainLevel,
                fluctuation, initial);
    }

    /** The system load the run should show after the change time (the level itself for normal and fluctuation). */
    public double levelAfterChange() {
        return switch (type) {
            case BURST -> burstLevel;
            case DRAIN -> drainLevel;
            default -> level;
        };
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "] (got " + value + ")");
        }
    }
}
