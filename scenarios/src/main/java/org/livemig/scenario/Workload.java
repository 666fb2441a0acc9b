package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * @param model how each VM's demand moves around its level: walk, gaussian or trace (SPEC 4; default walk)
 * @param walkTheta walk: share of the gap to the level closed each step, in (0, 1] (default 0.02)
 * @param walkSigma walk: sd of each step's normal increment at a share of 0.5, scaled by sqrt(4 u (1 - u)), in [0, 1] (default 0.0574)
 * @param walkStepS walk: time between steps, in s (default 30)
 * @param gaussianSd gaussian: sd of a re-draw around the level, share of the VM's vcpus, in [0, 1] (default 0.12)
 * @param gaussianMeanIntervalS gaussian: mean time between two re-draws of the same VM, in s (default 180)
 * @param traceDir trace: a PlanetLab/CoMon directory, one file per VM; empty if none (default)
 * @param traceFile trace: a {@code time_s,vm,cpu} CSV file; empty if none (default)
 */
public record Workload(
        WorkloadType type,
        LoadLevel level,
        double changeAtS,
        LoadLevel burstLevel,
        LoadLevel drainLevel,
        int addVms,
        int removeVms,
        double arrivalMeanS,
        DemandModel model,
        double walkTheta,
        double walkSigma,
        double walkStepS,
        double gaussianSd,
        double gaussianMeanIntervalS,
        String traceDir,
        String traceFile) {

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
        Arguments.present("workload.model", model, INVALID);
        Arguments.range("workload.walk_theta", walkTheta, 0, false, 1, true, INVALID);
        Arguments.range("workload.walk_sigma", walkSigma, 0, true, 1, true, INVALID);
        Arguments.positive("workload.walk_step_s", walkStepS, INVALID);
        Arguments.range("workload.gaussian_sd", gaussianSd, 0, true, 1, true, INVALID);
        Arguments.positive("workload.gaussian_mean_interval_s", gaussianMeanIntervalS, INVALID);
        traceDir = traceDir == null ? "" : traceDir.trim();
        traceFile = traceFile == null ? "" : traceFile.trim();
        checkTrace(model, traceDir, traceFile);
        if (model == DemandModel.TRACE && (type == WorkloadType.BURST || type == WorkloadType.DRAIN)) {
            throw new InvalidScenarioException(
                    "workload.model",
                    "trace replays recorded demand, so a " + type.spelling()
                            + " (a change of level) cannot apply; use walk or gaussian",
                    "workload.type");
        }
        if (type == WorkloadType.BURST && burstLevel.systemLoad() <= level.systemLoad()) {
            throw new InvalidScenarioException(
                    "workload.burst_load",
                    "must be above workload.load (" + level.spelling() + ") for a burst, got " + burstLevel.spelling(),
                    "workload.load",
                    "workload.type");
        }
        if (type == WorkloadType.DRAIN && drainLevel.systemLoad() >= level.systemLoad()) {
            throw new InvalidScenarioException(
                    "workload.drain_load",
                    "must be below workload.load (" + level.spelling() + ") for a drain, got " + drainLevel.spelling(),
                    "workload.load",
                    "workload.type");
        }
    }

    private static void checkTrace(DemandModel model, String traceDir, String traceFile) {
        if (!traceDir.isEmpty() && !Files.isDirectory(path("workload.trace_dir", traceDir))) {
            throw new InvalidScenarioException("workload.trace_dir", "no such directory: " + traceDir);
        }
        if (!traceFile.isEmpty() && !Files.isRegularFile(path("workload.trace_file", traceFile))) {
            throw new InvalidScenarioException("workload.trace_file", "no such file: " + traceFile);
        }
        if (model != DemandModel.TRACE) {
            return;
        }
        if (traceDir.isEmpty() && traceFile.isEmpty()) {
            throw new InvalidScenarioException(
                    "workload.model",
                    "trace needs workload.trace_dir (PlanetLab "
                            + "directory) or workload.trace_file (CSV), got neither");
        }
        if (!traceDir.isEmpty() && !traceFile.isEmpty()) {
            throw new InvalidScenarioException(
                    "workload.trace_file",
                    "give only one of workload.trace_dir and " + "workload.trace_file for model trace, got both",
                    "workload.trace_dir",
                    "workload.model");
        }
    }

    private static Path path(String key, String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidScenarioException(key, "not a usable path: " + name);
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
        return new Builder()
                .type(type)
                .level(level)
                .changeAtS(changeAtS)
                .burstLevel(burstLevel)
                .drainLevel(drainLevel)
                .addVms(addVms)
                .removeVms(removeVms)
                .arrivalMeanS(arrivalMeanS)
                .model(model)
                .walkTheta(walkTheta)
                .walkSigma(walkSigma)
                .walkStepS(walkStepS)
                .gaussianSd(gaussianSd)
                .gaussianMeanIntervalS(gaussianMeanIntervalS)
                .traceDir(traceDir)
                .traceFile(traceFile);
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
        private DemandModel model = DemandModel.WALK;
        private double walkTheta = 0.02;
        private double walkSigma = 0.0574;
        private double walkStepS = 30;
        private double gaussianSd = 0.12;
        private double gaussianMeanIntervalS = 180;
        private String traceDir = "";
        private String traceFile = "";

        private Builder() {}

        /** @return this */
        public Builder type(WorkloadType v) {
            type = v;
            return this;
        }
        /** @return this */
        public Builder level(LoadLevel v) {
            level = v;
            return this;
        }
        /** @return this */
        public Builder changeAtS(double v) {
            changeAtS = v;
            return this;
        }
        /** @return this */
        public Builder burstLevel(LoadLevel v) {
            burstLevel = v;
            return this;
        }
        /** @return this */
        public Builder drainLevel(LoadLevel v) {
            drainLevel = v;
            return this;
        }
        /** @return this */
        public Builder addVms(int v) {
            addVms = v;
            return this;
        }
        /** @return this */
        public Builder removeVms(int v) {
            removeVms = v;
            return this;
        }
        /** @return this */
        public Builder arrivalMeanS(double v) {
            arrivalMeanS = v;
            return this;
        }
        /** @return this */
        public Builder model(DemandModel v) {
            model = v;
            return this;
        }
        /** @return this */
        public Builder walkTheta(double v) {
            walkTheta = v;
            return this;
        }
        /** @return this */
        public Builder walkSigma(double v) {
            walkSigma = v;
            return this;
        }
        /** @return this */
        public Builder walkStepS(double v) {
            walkStepS = v;
            return this;
        }
        /** @return this */
        public Builder gaussianSd(double v) {
            gaussianSd = v;
            return this;
        }
        /** @return this */
        public Builder gaussianMeanIntervalS(double v) {
            gaussianMeanIntervalS = v;
            return this;
        }
        /** @return this */
        public Builder traceDir(String v) {
            traceDir = v;
            return this;
        }
        /** @return this */
        public Builder traceFile(String v) {
            traceFile = v;
            return this;
        }

        /** The workload; throws {@link InvalidScenarioException} if a value is out of range. */
        public Workload build() {
            return new Workload(
                    type,
                    level,
                    changeAtS,
                    burstLevel,
                    drainLevel,
                    addVms,
                    removeVms,
                    arrivalMeanS,
                    model,
                    walkTheta,
                    walkSigma,
                    walkStepS,
                    gaussianSd,
                    gaussianMeanIntervalS,
                    traceDir,
                    traceFile);
        }
    }
}
