package org.livemig.scenario;

import java.util.List;
import java.util.function.Function;

/** The scenario keys of the models around the policy: network, cost model, overload, LCC, energy and faults. */
final class ModelKeys {

    private static final KeyGroup<Network, Network.Builder> NETWORK =
            new KeyGroup<>("network", Scenario::network, ScenarioBuilder::network);
    private static final KeyGroup<CostModel, CostModel.Builder> COST_MODEL =
            new KeyGroup<>("cost_model", Scenario::costModel, ScenarioBuilder::costModel);
    private static final KeyGroup<OverloadFailure, OverloadFailure.Builder> OVERLOAD_FAILURE =
            new KeyGroup<>("overload_failure", Scenario::overloadFailure, ScenarioBuilder::overloadFailure);
    private static final KeyGroup<Lcc, Lcc.Builder> LCC = new KeyGroup<>("lcc", Scenario::lcc, ScenarioBuilder::lcc);
    private static final KeyGroup<Energy, Energy.Builder> ENERGY =
            new KeyGroup<>("energy", Scenario::energy, ScenarioBuilder::energy);
    private static final KeyGroup<Faults, Faults.Builder> FAULTS =
            new KeyGroup<>("faults", Scenario::faults, ScenarioBuilder::faults);

    static final List<ScenarioKey> KEYS = List.of(
            NETWORK.number(
                    "latency_s",
                    Network::latencyS,
                    Network.Builder::latencyS,
                    "One-way latency of a message, s",
                    "choice (switched 100 Mb/s LAN)"),
            NETWORK.number(
                    "latency_jitter_s",
                    Network::latencyJitterS,
                    Network.Builder::latencyJitterS,
                    "Each message adds uniform(0, jitter) latency, s",
                    "choice"),
            NETWORK.number(
                    "loss_probability",
                    Network::lossProbability,
                    Network.Builder::lossProbability,
                    "Chance a message is lost, in [0, 1]",
                    "SPEC 4 (fault settings)"),
            NETWORK.number(
                    "duplication_probability",
                    Network::duplicationProbability,
                    Network.Builder::duplicationProbability,
                    "Chance a message arrives twice, in [0, 1]",
                    "SPEC 4 (fault settings)"),
            NETWORK.number(
                    "delay_probability",
                    Network::delayProbability,
                    Network.Builder::delayProbability,
                    "Chance a message is held back by extra_delay_s, in [0, 1]",
                    "SPEC 4 (fault settings)"),
            NETWORK.number(
                    "extra_delay_s",
                    Network::extraDelayS,
                    Network.Builder::extraDelayS,
                    "Extra delay of a held-back message, s",
                    "choice"),
            NETWORK.integer(
                    "frame_overhead_bytes",
                    Network::frameOverheadBytes,
                    Network.Builder::frameOverheadBytes,
                    "Frame header bytes counted with each message's overhead traffic",
                    "SPEC 6"),
            COST_MODEL.number(
                    "a",
                    CostModel::a,
                    CostModel.Builder::a,
                    "Writable-working-set coefficient of the round time",
                    "SPEC 1 (Liu et al. HPDC 2011)"),
            COST_MODEL.number(
                    "b",
                    CostModel::b,
                    CostModel.Builder::b,
                    "Writable-working-set coefficient of the dirty rate",
                    "SPEC 1"),
            COST_MODEL.number("c", CostModel::c, CostModel.Builder::c, "Writable-working-set constant", "SPEC 1"),
            COST_MODEL.number(
                    "threshold_mb",
                    CostModel::thresholdMb,
                    CostModel.Builder::thresholdMb,
                    "Stop pre-copy when a round sends at most this, MB (V_thd)",
                    "SPEC 1; thesis eq. 3.9"),
            COST_MODEL.number(
                    "resume_s",
                    CostModel::resumeS,
                    CostModel.Builder::resumeS,
                    "Time to resume the VM on the destination, s (T_resume)",
                    "SPEC 1"),
            COST_MODEL.integer(
                    "max_rounds", CostModel::maxRounds, CostModel.Builder::maxRounds, "Most pre-copy rounds", "SPEC 1"),
            COST_MODEL.number(
                    "energy_per_mb_j",
                    CostModel::energyPerMbJ,
                    CostModel.Builder::energyPerMbJ,
                    "Energy per MB migrated, J (migration_energy_j in summary.json)",
                    "SPEC 1 (E_mig)"),
            COST_MODEL.number(
                    "energy_constant_j",
                    CostModel::energyConstantJ,
                    CostModel.Builder::energyConstantJ,
                    "Fixed energy of a migration, J (migration_energy_j in summary.json)",
                    "SPEC 1 (E_mig)"),
            OVERLOAD_FAILURE.bool(
                    "enabled",
                    OverloadFailure::enabled,
                    OverloadFailure.Builder::enabled,
                    "Overloaded PMs stop answering",
                    "SPEC 4; thesis 5.1"),
            OVERLOAD_FAILURE.number(
                    "threshold_factor",
                    OverloadFailure::thresholdFactor,
                    OverloadFailure.Builder::thresholdFactor,
                    "Overload: VM demand above this times the PM's cores",
                    "choice (demand above capacity)"),
            OVERLOAD_FAILURE.number(
                    "after_s",
                    OverloadFailure::afterS,
                    OverloadFailure.Builder::afterS,
                    "How long the overload must last before the PM fails, s",
                    "choice"),
            LCC.number(
                    "balance_high_factor",
                    Lcc::balanceHighFactor,
                    Lcc.Builder::balanceHighFactor,
                    "LCC balance: overloaded above this times the average load",
                    "seed 000 section 5 (120 %)"),
            LCC.number(
                    "balance_low_factor",
                    Lcc::balanceLowFactor,
                    Lcc.Builder::balanceLowFactor,
                    "LCC balance: underloaded below this times the average load",
                    "seed 000 section 5 (80 %)"),
            LCC.number(
                    "consolidate_low_threshold",
                    Lcc::consolidateLowThreshold,
                    Lcc.Builder::consolidateLowThreshold,
                    "LCC consolidate: underloaded at or below this load",
                    "seed 000 section 3 (e.g. 50 %)"),
            LCC.number(
                    "consolidate_full_threshold",
                    Lcc::consolidateFullThreshold,
                    Lcc.Builder::consolidateFullThreshold,
                    "LCC consolidate: fully loaded at or above this load",
                    "seed 000 section 3 (uses all resources)"),
            LCC.number(
                    "wake_up_s",
                    Lcc::wakeUpS,
                    Lcc.Builder::wakeUpS,
                    "LCC consolidate: time a shut-down PM takes to wake on demand, s",
                    "choice"),
            LCC.key(
                    "model_file",
                    ScenarioKey.Kind.TEXT,
                    null,
                    Lcc::modelFile,
                    Lcc.Builder::modelFile,
                    "LCC: an `.lcc` interaction model to run instead of the strategy's packaged one; relative to the "
                            + "scenario file's directory, else the working directory "
                            + "(must exist; parse errors give file:line:column when the run starts)",
                    "seed 000 section 2",
                    "packaged model"),
            ENERGY.number(
                    "idle_w",
                    Energy::idleW,
                    Energy.Builder::idleW,
                    "Power of an active PM with no load, W (energy_kwh in summary.json)",
                    "choice (linear model)"),
            ENERGY.number(
                    "peak_w",
                    Energy::peakW,
                    Energy.Builder::peakW,
                    "Power of an active PM at full load, W; linear in load between idle and peak",
                    "choice (linear model)"),
            ENERGY.number("off_w", Energy::offW, Energy.Builder::offW, "Power of a PM that is shut down, W", "choice"),
            ENERGY.key(
                    "power_table_file",
                    ScenarioKey.Kind.TEXT,
                    null,
                    Energy::powerTableFile,
                    Energy.Builder::powerTableFile,
                    "`utilisation_percent,watts` at 0, 10, ..., 100 % (11 points, watts not decreasing) used instead "
                            + "of idle_w/peak_w; relative as trace_dir; example: scenarios/power/"
                            + "hp-proliant-ml110-g5.csv",
                    "SPECpower_ssj2008 (Beloglazov and Buyya 2012)",
                    "linear model"),
            FAULTS.key(
                    "crash_pm",
                    ScenarioKey.Kind.INTEGER,
                    null,
                    whenSet(Faults::crashPm),
                    Faults.Builder::crashPm,
                    "PM whose agent crashes at crash_at_s, losing its locks and auctions; -1 none",
                    "issue 14",
                    "-1"),
            FAULTS.key(
                    "crash_at_s",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::crashAtS),
                    Faults.Builder::crashAtS,
                    "Time of crash_pm's crash, s",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "crash_random_rate_per_h",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::crashRandomRatePerH),
                    Faults.Builder::crashRandomRatePerH,
                    "Every PM's agent crashes at random, Poisson at this rate per hour, in [0, 3600]",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "restart_after_s",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::restartAfterS),
                    Faults.Builder::restartAfterS,
                    "A crashed agent restarts with empty state after this long, s; 0 never",
                    "issue 14; choice",
                    "60"),
            FAULTS.key(
                    "partition_at_s",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::partitionAtS),
                    Faults.Builder::partitionAtS,
                    "Start of the network partition, s",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "partition_duration_s",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::partitionDurationS),
                    Faults.Builder::partitionDurationS,
                    "Length of the partition, s; 0 none",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "partition_fraction",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::partitionFraction),
                    Faults.Builder::partitionFraction,
                    "Share of the PMs (drawn at random) cut off from the others and the measurement point, in (0, 1)",
                    "issue 14; choice",
                    "0.5"),
            FAULTS.key(
                    "link_loss",
                    ScenarioKey.Kind.TEXT,
                    null,
                    whenSet(Faults::linkLoss),
                    Faults.Builder::linkLoss,
                    "Per-link, directed loss on top of network.loss_probability: `FROM>TO=P,...`, FROM and TO a PM "
                            + "id, `mp` or `*`; the last matching rule wins",
                    "issue 14",
                    "none"),
            FAULTS.key(
                    "clock_skew_max_s",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::clockSkewMaxS),
                    Faults.Builder::clockSkewMaxS,
                    "Each PM's clock is off by uniform(-max, max), s",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "clock_drift_max_ppm",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::clockDriftMaxPpm),
                    Faults.Builder::clockDriftMaxPpm,
                    "Each PM's clock runs fast or slow by uniform(-max, max) parts per million, in [0, 100000]",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "migration_failure_probability",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::migrationFailureProbability),
                    Faults.Builder::migrationFailureProbability,
                    "Chance a live migration fails partway (uniform in its T_mig); the VM stays on its source",
                    "issue 14",
                    "0"),
            FAULTS.key(
                    "report_miss_probability",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    whenSet(Faults::reportMissProbability),
                    Faults.Builder::reportMissProbability,
                    "Chance the measurement point misses a message sent to it (a report or MIGRATION_ACK)",
                    "issue 14",
                    "0"));

    /**
     * A fault key's getter that gives null (not written) while no fault is set: the effective scenario.yaml of a
     * run without faults, and so its sweep hash, stay what they were before faults existed.
     */
    private static <T> Function<Faults, T> whenSet(Function<Faults, T> get) {
        return f -> f.any() ? get.apply(f) : null;
    }

    private ModelKeys() {}
}
