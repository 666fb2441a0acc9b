package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * The demand of the VMs over a run (SPEC 5, thesis 4.5, Table 4-1, Table H-1).
 *
 * @param type normal, burst, drain or fluctuation (default normal)
 * @param level the load profile at the start (Table H-1 initialSystemLoad; default medium)
 * @param changeAtS when a burst or drain happens, in s (Table H-1 burstHighTime/burstLowTime; default 10000)
 * @param burstLevel the level after a burst (thesis 5.2.3: "high load after the burst"; default high)
 * @param drainLevel the level after a drain (thesis 5.2.4: "low load after the drain"; default low)
 * @param addVms VMs added during a fluctuation run (Table H-1 DynamicVM; default 4)
 * @param removeVms VMs removed during a fluctuation run (Table H-1 VMsToRemove; default 4)
 * @param arrivalMeanS mean of the exponential inter-arrival time of added VMs, in s (default 2000)
 * @param demandNoise relative noise of a VM's demand at each sample, uniform(1 - noise, 1 + noise)
 *        (default 0.05)
 * @param demandSampleIntervalS how often a VM's demand is redrawn, in s (default 5)
 */
public record Workload(WorkloadType type, LoadLevel level, double changeAtS, LoadLevel burstLevel,
                       LoadLevel drainLevel, int addVms, int removeVms, double arrivalMeanS,
                       double demandNoise, double demandSampleIntervalS) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Workload {
        Arguments.present("workload.type", type, INVALID);
        Arguments.present("workload.load", level, INVALID);
        Arguments.positive("workload.change_at_s", changeAtS, INVALID);
        Arguments.present("workload.burst_load", burstLevel, INVALID);
        Arguments.present("workload.drain_load", drainLevel, INVALID);
        Arguments.range("workload.add_vms", addVms, 0, 10_000_000, INVALID);
        Arguments.range("workload.remove_vms", removeVms, 0, 10_000_000, INVALID);
        Arguments.positive("workload.arrival_mean_s", arrivalMeanS, INVALID);
        Arguments.range("workload.demand_noise", demandNoise, 0, true, 1, true, INVALID);
        Arguments.positive("workload.demand_sample_interval_s", demandSampleIntervalS, INVALID);
        if (type == WorkloadType.BURST && burstLevel.systemLoad() <= level.systemLoad()) {
            throw new InvalidScenarioException("workload.burst_load", "must be above workload.load ("
                    + level.spelling() + ") for a burst, got " + burstLevel.spelling(),
                    "workload.load", "workload.type");
        }
        if (type == WorkloadType.DRAIN && drainLevel.systemLoad() >= level.systemLoad()) {
            throw new InvalidScenarioException("workload.drain_load", "must be below workload.load ("
                    + level.spelling() + ") for a drain, got " + drainLevel.spelling(),
                    "workload.load", "workload.type");
        }
    }

    /** The defaults: normal workload at medium load. */
    public static Workload defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this workload's values. */
    public Builder toBuilder() {
        return new Builder().type(type).level(level).changeAtS(changeAtS).burstLevel(burstLevel)
                .drainLevel(drainLevel).addVms(addVms).removeVms(removeVms).arrivalMeanS(arrivalMeanS)
                .demandNoise(demandNoise).demandSampleIntervalS(demandSampleIntervalS);
    }

    /** The load level the workload aims at, at time {@code timeS}: changes at {@link #changeAtS()} for burst and drain. */
    public LoadLevel levelAt(double timeS) {
        if (timeS < changeAtS) {
            return level;
        }
        return switch (type) {
            case BURST -> burstLevel;
            case DRAIN -> drainLevel;
            default -> level;
        };
    }

    /** Mutable builder of a {@link Workload}; {@link #build()} validates. */
    public static final class Builder {
        private WorkloadType type = WorkloadType.NORMAL;
        private LoadLevel level = LoadLevel.MEDIUM;
        private double changeAtS = 10_000;
        private LoadLevel burstLevel = LoadLevel.HIGH;
        private LoadLevel drainLevel = LoadLevel.LOW;
        private int addVms = 4;
        private int removeVms = 4;
        private double arrivalMeanS = 2000;
        private double demandNoise = 0.05;
        private double demandSampleIntervalS = 5;

        private Builder() {
        }

        /** @return this */
        public Builder type(WorkloadType v) { type = v; return this; }
        /** @return this */
        public Builder level(LoadLevel v) { level = v; return this; }
        /** @return this */
        public Builder changeAtS(double v) { changeAtS = v; return this; }
        /** @return this */
        public Builder burstLevel(LoadLevel v) { burstLevel = v; return this; }
        /** @return this */
        public Builder drainLevel(LoadLevel v) { drainLevel = v; return this; }
        /** @return this */
        public Builder addVms(int v) { addVms = v; return this; }
        /** @return this */
        public Builder removeVms(int v) { removeVms = v; return this; }
        /** @return this */
        public Builder arrivalMeanS(double v) { arrivalMeanS = v; return this; }
        /** @return this */
        public Builder demandNoise(double v) { demandNoise = v; return this; }
        /** @return this */
        public Builder demandSampleIntervalS(double v) { demandSampleIntervalS = v; return this; }

        /** The workload; throws {@link InvalidScenarioException} if a value is out of range. */
        public Workload build() {
            return new Workload(type, level, changeAtS, burstLevel, drainLevel, addVms, removeVms, arrivalMeanS,
                    demandNoise, demandSampleIntervalS);
        }
    }
}
