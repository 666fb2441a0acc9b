package org.livemig.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every key of a scenario file, in the order they are written, with type, default, meaning and source.
 * The loader, the writer, the {@code --set} overrides and the README's reference table all use this list.
 */
public final class ScenarioKeys {

    /** The key that applies a {@link Preset}; it is read before the others and is not part of a scenario. */
    public static final String PRESET = "preset";
    /** The key naming an {@code .lcc} model file; the loader resolves it against the scenario's directory. */
    public static final String LCC_MODEL_FILE = "lcc.model_file";
    /** The key naming a PlanetLab trace directory; the loader resolves it against the scenario's directory. */
    public static final String WORKLOAD_TRACE_DIR = "workload.trace_dir";
    /** The key naming a CSV trace file; the loader resolves it against the scenario's directory. */
    public static final String WORKLOAD_TRACE_FILE = "workload.trace_file";
    /** The key naming a SPECpower-style power table; the loader resolves it against the scenario's directory. */
    public static final String ENERGY_POWER_TABLE_FILE = "energy.power_table_file";

    private static final KeyGroup<Scenario, Scenario.Builder> TOP = new KeyGroup<>("", s -> s, (b, e) -> e.accept(b));
    private static final KeyGroup<Topology, Topology.Builder> TOPOLOGY =
            new KeyGroup<>("topology", Scenario::topology, Scenario.Builder::topology);
    private static final KeyGroup<Workload, Workload.Builder> WORKLOAD =
            new KeyGroup<>("workload", Scenario::workload, Scenario.Builder::workload);
    private static final KeyGroup<Negotiation, Negotiation.Builder> NEGOTIATION =
            new KeyGroup<>("negotiation", Scenario::negotiation, Scenario.Builder::negotiation);
    private static final KeyGroup<Network, Network.Builder> NETWORK =
            new KeyGroup<>("network", Scenario::network, Scenario.Builder::network);
    private static final KeyGroup<CostModel, CostModel.Builder> COST_MODEL =
            new KeyGroup<>("cost_model", Scenario::costModel, Scenario.Builder::costModel);
    private static final KeyGroup<OverloadFailure, OverloadFailure.Builder> OVERLOAD_FAILURE =
            new KeyGroup<>("overload_failure", Scenario::overloadFailure, Scenario.Builder::overloadFailure);
    private static final KeyGroup<Lcc, Lcc.Builder> LCC = new KeyGroup<>("lcc", Scenario::lcc, Scenario.Builder::lcc);
    private static final KeyGroup<Energy, Energy.Builder> ENERGY =
            new KeyGroup<>("energy", Scenario::energy, Scenario.Builder::energy);
    private static final KeyGroup<Faults, Faults.Builder> FAULTS =
            new KeyGroup<>("faults", Scenario::faults, Scenario.Builder::faults);

    private static final List<ScenarioKey> RUN_KEYS = List.of(
            TOP.key("name", ScenarioKey.Kind.TEXT, null, Scenario::name, Scenario.Builder::name,
                    "Name of the run, used in result files (letters, digits, `.`, `_`, `-`)", "-", "file name"),
            TOP.choice("strategy", Strategy.values(), Scenario::strategy, Scenario.Builder::strategy,
                    "Migration strategy every PM runs; none and central-* are the baselines (strategies/README.md)",
                    "SPEC 3; Table H-1 pushOrPull; issue 15"),
            TOP.choice("hypervisor", Hypervisor.values(), Scenario::hypervisor, Scenario.Builder::hypervisor,
                    "Hypervisor of the PMs; sets the load factor", "SPEC 4; Table 4-1"),
            TOP.key("hypervisor_load_factor", ScenarioKey.Kind.NUMBER, null,
                    s -> s.hypervisorLoadFactorOverride().isPresent() ? s.hypervisorLoadFactor() : null,
                    Scenario.Builder::hypervisorLoadFactor,
                    "Share of a VM's demand that shows in its PM's load, in (0, 10]; overrides the hypervisor's",
                    "SPEC 4; thesis 5.2.1 (Linux load 0.3 adds 0.2 on Xen)", "xen 0.67, kvm 1.0"),
            TOP.number("duration_s", Scenario::durationS, Scenario.Builder::durationS,
                    "Length of a run, simulated s", "Table H-1 time-limit; thesis 4.5"),
            TOP.key("seed", ScenarioKey.Kind.LONG, null, Scenario::seed, Scenario.Builder::seed,
                    "Seed of every random stream of the run", "choice", null),
            TOP.number("measurement_interval_s", Scenario::measurementIntervalS,
                    Scenario.Builder::measurementIntervalS,
                    "Sampling period of the measurement point (rows of metrics.csv), s, at most duration_s",
                    "thesis appendix D (`server.py 5`)"),
            TOP.number("record_interval_s", Scenario::recordIntervalS, Scenario.Builder::recordIntervalS,
                    "Window of the overhead statistics of summary.json (overhead_kbps), s; figures and check use the thesis's 1000 s",
                    "Table H-1 recordHotspotInterval; SPEC 6"),

            TOPOLOGY.integer("pms", Topology::pms, Topology.Builder::pms,
                    "Number of PMs, in [1, 100000]; above 2000 only with a sampled negotiation.fanout (a full "
                    + "broadcast grows as pms^2)",
                    "Table H-1 numNodes; thesis 4.4"),
            TOPOLOGY.integer("cores_per_pm", Topology::coresPerPm, Topology.Builder::coresPerPm,
                    "Cores of each PM", "thesis 4.4"),
            TOPOLOGY.integer("memory_per_pm_mb", Topology::memoryPerPmMb, Topology.Builder::memoryPerPmMb,
                    "Memory of each PM, MB", "thesis 4.4 (2 GB)"),
            TOPOLOGY.number("link_mbitps", Topology::linkMbitps, Topology.Builder::linkMbitps,
                    "Link rate of each PM, megabits/s", "thesis 4.4; SPEC 4"),
            TOPOLOGY.integer("vms", Topology::vms, Topology.Builder::vms,
                    "VMs at the start; must fit in the PMs' memory",
                    "thesis 4.3.1 (the 4-PM testbed's count is not stated; 16 is a calibration)"),
            TOPOLOGY.integer("vm_vcpus", Topology::vmVcpus, Topology.Builder::vmVcpus,
                    "Vcpus of each VM, at most cores_per_pm", "thesis 4.4"),
            TOPOLOGY.integer("vm_memory_mb", Topology::vmMemoryMb, Topology.Builder::vmMemoryMb,
                    "Memory of each VM, MB", "thesis 4.4"),
            TOPOLOGY.number("vm_dirty_rate_mbps", Topology::vmDirtyRateMbps, Topology.Builder::vmDirtyRateMbps,
                    "Mean page-dirtying rate of a VM, megabytes (MB)/s", "choice; SPEC 1's cost-model check uses D = 2"),
            TOPOLOGY.choice("placement", Placement.values(), Topology::placement, Topology.Builder::placement,
                    "How the initial VMs are spread over the PMs", "seed 000 section 5 (VMs allocated randomly)"),
            TOPOLOGY.number("vcpu_overcommit", Topology::vcpuOvercommit, Topology.Builder::vcpuOvercommit,
                    "A PM holds VMs whose vcpus sum to at most this times its cores, in [1, 64]; the datacentre "
                    + "admits and the agents bid by the same bound",
                    "choice (the 19-PM simulation runs 50 one-vcpu VMs on 38 cores)"),

            WORKLOAD.choice("type", WorkloadType.values(), Workload::type, Workload.Builder::type,
                    "How demand changes during the run", "SPEC 5; Table 4-1"),
            WORKLOAD.choice("load", LoadLevel.values(), Workload::level, Workload.Builder::level,
                    "Load profile at the start: system load 0.25 / 0.4 / 0.55",
                    "Table H-1 initialSystemLoad; thesis 4.3.1"),
            WORKLOAD.number("change_at_s", Workload::changeAtS, Workload.Builder::changeAtS,
                    "Time of the burst or drain, s; below duration_s", "Table H-1 burstHighTime, burstLowTime"),
            WORKLOAD.choice("burst_load", LoadLevel.values(), Workload::burstLevel, Workload.Builder::burstLevel,
                    "Load profile after a burst; above `load`", "thesis 5.2.3 (high load after the burst)"),
            WORKLOAD.choice("drain_load", LoadLevel.values(), Workload::drainLevel, Workload.Builder::drainLevel,
                    "Load profile after a drain; below `load`", "thesis 5.2.4 (low load after the drain)"),
            WORKLOAD.integer("add_vms", Workload::addVms, Workload.Builder::addVms,
                    "Most VMs added during a fluctuation run (same size and demand as the others), at exponential inter-arrival times",
                    "Table H-1 DynamicVM (its 0 = no fluctuation); count is a choice"),
            WORKLOAD.integer("remove_vms", Workload::removeVms, Workload.Builder::removeVms,
                    "VMs removed during a fluctuation run, in expectation: Poisson removals, each of a VM chosen uniformly",
                    "Table H-1 VMsToRemove; thesis 4.5; count is a choice"),
            WORKLOAD.number("arrival_mean_s", Workload::arrivalMeanS, Workload.Builder::arrivalMeanS,
                    "Mean of the exponential inter-arrival time of added VMs, s", "thesis 4.5; value is a choice"),
            WORKLOAD.choice("model", DemandModel.values(), Workload::model, Workload.Builder::model,
                    "How each VM's demand moves around its level (demand is a share of the VM's vcpus)",
                    "SPEC 4; see Demand models below"),
            WORKLOAD.number("walk_theta", Workload::walkTheta, Workload.Builder::walkTheta,
                    "walk: share of the gap to the level closed each step, in (0, 1]",
                    "calibration (Demand models below): lag-1 autocorrelation 0.82 per 300 s = 0.98^10"),
            WORKLOAD.number("walk_sigma", Workload::walkSigma, Workload.Builder::walkSigma,
                    "walk: sd of each step's normal increment at a share of 0.5, scaled by sqrt(4 u (1 - u)) (a busy fraction's spread), in [0, 1]",
                    "calibration (Demand models below): stationary sd 0.25 of a vcpu at level 0.5"),
            WORKLOAD.number("walk_step_s", Workload::walkStepS, Workload.Builder::walkStepS,
                    "walk: time between two steps of every VM's demand, s", "choice (a tenth of 300 s)"),
            WORKLOAD.number("gaussian_sd", Workload::gaussianSd, Workload.Builder::gaussianSd,
                    "gaussian: sd of a re-draw around the VM's level, share of its vcpus, in [0, 1]",
                    "PlanetLab 2011 within-VM sd (as walk)"),
            WORKLOAD.number("gaussian_mean_interval_s", Workload::gaussianMeanIntervalS,
                    Workload.Builder::gaussianMeanIntervalS,
                    "gaussian: mean time between two re-draws of the same VM (exponential), s",
                    "VMPlaceS simulator.loadperiod default 180"),
            WORKLOAD.key("trace_dir", ScenarioKey.Kind.TEXT, null, Workload::traceDir, Workload.Builder::traceDir,
                    "trace: PlanetLab/CoMon directory, one file per VM, a CPU % per line every 300 s; relative to "
                            + "the scenario file's directory, else the working directory (must exist)",
                    "SPEC 4", "none"),
            WORKLOAD.key("trace_file", ScenarioKey.Kind.TEXT, null, Workload::traceFile, Workload.Builder::traceFile,
                    "trace: `time_s,vm,cpu` CSV (header required, cpu in %); relative as trace_dir; "
                            + "give one of trace_dir, trace_file",
                    "SPEC 4", "none"));

    private static final List<ScenarioKey> POLICY_KEYS = List.of(
            NEGOTIATION.number("push_threshold", Negotiation::pushThreshold, Negotiation.Builder::pushThreshold,
                    "Hotspot at or above this normalised load, in (0, 2]",
                    "Table H-1 CPUThreshold; SPEC 5 (0.7 in [22])"),
            NEGOTIATION.number("pull_threshold", Negotiation::pullThreshold, Negotiation.Builder::pullThreshold,
                    "Coldspot at or below this normalised load, in [0, 2); below push_threshold",
                    "Table H-1 minCPUThresholdLimit; SPEC 5 (0.3 in [22])"),
            NEGOTIATION.bool("variable_thresholds", Negotiation::variableThresholds,
                    Negotiation.Builder::variableThresholds,
                    "Thresholds move toward their mean over time (Table 4-1 scenarios 2-5)",
                    "Table H-1 variableThreshold; SPEC 1"),
            NEGOTIATION.number("threshold_step", Negotiation::thresholdStep, Negotiation.Builder::thresholdStep,
                    "Step of a variable threshold each period, in [0, 1]", "thesis 3.3; SPEC 1"),
            NEGOTIATION.number("threshold_period_min_s", Negotiation::thresholdPeriodMinS,
                    Negotiation.Builder::thresholdPeriodMinS, "Shortest variable-threshold period (uniform), s",
                    "SPEC 1; thesis eq. 3.1"),
            NEGOTIATION.number("threshold_period_max_s", Negotiation::thresholdPeriodMaxS,
                    Negotiation.Builder::thresholdPeriodMaxS,
                    "Longest variable-threshold period, s; mean of min and max = 300",
                    "SPEC 1; Table H-1 variableUpdateTime"),
            NEGOTIATION.number("check_interval_s", Negotiation::checkIntervalS, Negotiation.Builder::checkIntervalS,
                    "How often a PM checks whether it is a hotspot or coldspot, s",
                    "choice (= load sampling; monitor.py's period is not stated)"),
            NEGOTIATION.number("reply_timeout_s", Negotiation::replyTimeoutS, Negotiation.Builder::replyTimeoutS,
                    "Wait for replies to HOTSPOT or STEAL_BROADCAST, s",
                    "Table H-1 hotspotReplyTimeout; SPEC 2"),
            NEGOTIATION.number("lock_timeout_s", Negotiation::lockTimeoutS, Negotiation.Builder::lockTimeoutS,
                    "A candidate's lock expires after this, s", "thesis 4.2.2; SPEC 2"),
            NEGOTIATION.number("destination_settle_s", Negotiation::destinationSettleS,
                    Negotiation.Builder::destinationSettleS, "Destination keeps its lock after a migration, s",
                    "thesis 5.1; SPEC 2"),
            NEGOTIATION.number("source_settle_s", Negotiation::sourceSettleS, Negotiation.Builder::sourceSettleS,
                    "Source waits after a migration before acting again, s",
                    "thesis 5.1, appendix D (`monitor.py ... 45`); SPEC 2"),
            NEGOTIATION.number("central_interval_s", Negotiation::centralIntervalS,
                    Negotiation.Builder::centralIntervalS,
                    "central-threshold, central-lr-mmt: PMs report to the manager and it decides every this many s",
                    "Beloglazov and Buyya 2012, section 6.1 (300 s)"),
            NEGOTIATION.number("backoff_slot_s", Negotiation::backoffSlotS, Negotiation.Builder::backoffSlotS,
                    "Backoff slot time, s", "thesis eq. 3.19; SPEC 1"),
            NEGOTIATION.integer("backoff_max_exponent", Negotiation::backoffMaxExponent,
                    Negotiation.Builder::backoffMaxExponent, "Cap of c in 2^c - 1 slots, in [0, 30]", "SPEC 1"),
            NEGOTIATION.number("backoff_cap_s", Negotiation::backoffCapS, Negotiation.Builder::backoffCapS,
                    "Longest backoff, s", "Table H-1 backoffLimit; thesis 3.5.2"),
            NEGOTIATION.number("required_system_state_improvement_percent",
                    Negotiation::requiredSystemStateImprovementPercent,
                    Negotiation.Builder::requiredSystemStateImprovementPercent,
                    "A migration must raise the predicted system performance by this %, in [0, 100]",
                    "Table H-1 requiredSystemStateImprovement; SPEC 1"),
            NEGOTIATION.number("ewma_alpha", Negotiation::ewmaAlpha, Negotiation.Builder::ewmaAlpha,
                    "EWMA weight of the newest sample, in (0, 1]", "Table H-1 EWMALambda; thesis eq. 3.18"),
            NEGOTIATION.integer("ewma_warmup_samples", Negotiation::ewmaWarmupSamples,
                    Negotiation.Builder::ewmaWarmupSamples, "The EWMA starts from the mean of this many samples",
                    "SPEC 1"),
            NEGOTIATION.number("load_sample_interval_s", Negotiation::loadSampleIntervalS,
                    Negotiation.Builder::loadSampleIntervalS, "Update period of the load average, s",
                    "SPEC 1 (Linux load average)"),
            NEGOTIATION.number("load_average_window_s", Negotiation::loadAverageWindowS,
                    Negotiation.Builder::loadAverageWindowS, "Window of the load average, s",
                    "Table H-1 loadLevel (5 minutes); thesis 3.3"),
            NEGOTIATION.bool("pull_donor_guard", Negotiation::pullDonorGuard, Negotiation.Builder::pullDonorGuard,
                    "Pull steals only VMs whose donor stays above the pull threshold",
                    "thesis Algorithm 4 line 11, Figure 3.3; off: SPEC 3 and [22] (docs/RESULTS.md)"),
            NEGOTIATION.countOrAll("fanout", Negotiation::fanout, Negotiation.Builder::fanout,
                    "Peers each HOTSPOT, STEAL_BROADCAST and HELLO reaches, drawn from the PM's Cyclon view "
                            + "(WINNING_BID and RESOURCE_RELEASE go to the same peers); at most view_size; `all`: "
                            + "every PM, no overlay (Push, Pull, Hybrid; LCC strategies need all)",
                    "SPEC 8; Voulgaris et al. 2005 (Cyclon)"),
            NEGOTIATION.integer("view_size", Negotiation::viewSize, Negotiation.Builder::viewSize,
                    "Peers in each PM's partial view (Cyclon cache size c), in [1, 1000]; used when fanout is not all",
                    "Voulgaris et al. 2005; choice (>= the largest fanout benchmarked)"),
            NEGOTIATION.integer("shuffle_length", Negotiation::shuffleLength, Negotiation.Builder::shuffleLength,
                    "View entries exchanged per shuffle (Cyclon shuffle length l), in [1, view_size]",
                    "Voulgaris et al. 2005; choice"),
            NEGOTIATION.number("shuffle_period_s", Negotiation::shufflePeriodS, Negotiation.Builder::shufflePeriodS,
                    "Period of the shuffles each PM starts (Cyclon's period), s; first one at a random phase",
                    "Voulgaris et al. 2005; choice (2 check intervals)"),

            NETWORK.number("latency_s", Network::latencyS, Network.Builder::latencyS,
                    "One-way latency of a message, s", "choice (switched 100 Mb/s LAN)"),
            NETWORK.number("latency_jitter_s", Network::latencyJitterS, Network.Builder::latencyJitterS,
                    "Each message adds uniform(0, jitter) latency, s", "choice"),
            NETWORK.number("loss_probability", Network::lossProbability, Network.Builder::lossProbability,
                    "Chance a message is lost, in [0, 1]", "SPEC 4 (fault settings)"),
            NETWORK.number("duplication_probability", Network::duplicationProbability,
                    Network.Builder::duplicationProbability, "Chance a message arrives twice, in [0, 1]",
                    "SPEC 4 (fault settings)"),
            NETWORK.number("delay_probability", Network::delayProbability, Network.Builder::delayProbability,
                    "Chance a message is held back by extra_delay_s, in [0, 1]", "SPEC 4 (fault settings)"),
            NETWORK.number("extra_delay_s", Network::extraDelayS, Network.Builder::extraDelayS,
                    "Extra delay of a held-back message, s", "choice"),
            NETWORK.integer("frame_overhead_bytes", Network::frameOverheadBytes, Network.Builder::frameOverheadBytes,
                    "Frame header bytes counted with each message's overhead traffic", "SPEC 6"),

            COST_MODEL.number("a", CostModel::a, CostModel.Builder::a,
                    "Writable-working-set coefficient of the round time", "SPEC 1 (Liu et al. HPDC 2011)"),
            COST_MODEL.number("b", CostModel::b, CostModel.Builder::b,
                    "Writable-working-set coefficient of the dirty rate", "SPEC 1"),
            COST_MODEL.number("c", CostModel::c, CostModel.Builder::c, "Writable-working-set constant", "SPEC 1"),
            COST_MODEL.number("threshold_mb", CostModel::thresholdMb, CostModel.Builder::thresholdMb,
                    "Stop pre-copy when a round sends at most this, MB (V_thd)", "SPEC 1; thesis eq. 3.9"),
            COST_MODEL.number("resume_s", CostModel::resumeS, CostModel.Builder::resumeS,
                    "Time to resume the VM on the destination, s (T_resume)", "SPEC 1"),
            COST_MODEL.integer("max_rounds", CostModel::maxRounds, CostModel.Builder::maxRounds,
                    "Most pre-copy rounds", "SPEC 1"),
            COST_MODEL.number("energy_per_mb_j", CostModel::energyPerMbJ, CostModel.Builder::energyPerMbJ,
                    "Energy per MB migrated, J (migration_energy_j in summary.json)", "SPEC 1 (E_mig)"),
            COST_MODEL.number("energy_constant_j", CostModel::energyConstantJ, CostModel.Builder::energyConstantJ,
                    "Fixed energy of a migration, J (migration_energy_j in summary.json)", "SPEC 1 (E_mig)"),

            OVERLOAD_FAILURE.bool("enabled", OverloadFailure::enabled, OverloadFailure.Builder::enabled,
                    "Overloaded PMs stop answering", "SPEC 4; thesis 5.1"),
            OVERLOAD_FAILURE.number("threshold_factor", OverloadFailure::thresholdFactor,
                    OverloadFailure.Builder::thresholdFactor, "Overload: VM demand above this times the PM's cores",
                    "choice (demand above capacity)"),
            OVERLOAD_FAILURE.number("after_s", OverloadFailure::afterS, OverloadFailure.Builder::afterS,
                    "How long the overload must last before the PM fails, s", "choice"),

            LCC.number("balance_high_factor", Lcc::balanceHighFactor, Lcc.Builder::balanceHighFactor,
                    "LCC balance: overloaded above this times the average load", "seed 000 section 5 (120 %)"),
            LCC.number("balance_low_factor", Lcc::balanceLowFactor, Lcc.Builder::balanceLowFactor,
                    "LCC balance: underloaded below this times the average load", "seed 000 section 5 (80 %)"),
            LCC.number("consolidate_low_threshold", Lcc::consolidateLowThreshold,
                    Lcc.Builder::consolidateLowThreshold, "LCC consolidate: underloaded at or below this load",
                    "seed 000 section 3 (e.g. 50 %)"),
            LCC.number("consolidate_full_threshold", Lcc::consolidateFullThreshold,
                    Lcc.Builder::consolidateFullThreshold, "LCC consolidate: fully loaded at or above this load",
                    "seed 000 section 3 (uses all resources)"),
            LCC.number("wake_up_s", Lcc::wakeUpS, Lcc.Builder::wakeUpS,
                    "LCC consolidate: time a shut-down PM takes to wake on demand, s", "choice"),
            LCC.key("model_file", ScenarioKey.Kind.TEXT, null, Lcc::modelFile, Lcc.Builder::modelFile,
                    "LCC: an `.lcc` interaction model to run instead of the strategy's packaged one; relative to the "
                            + "scenario file's directory, else the working directory "
                            + "(must exist; parse errors give file:line:column when the run starts)",
                    "seed 000 section 2", "packaged model"),

            ENERGY.number("idle_w", Energy::idleW, Energy.Builder::idleW,
                    "Power of an active PM with no load, W (energy_kwh in summary.json)", "choice (linear model)"),
            ENERGY.number("peak_w", Energy::peakW, Energy.Builder::peakW,
                    "Power of an active PM at full load, W; linear in load between idle and peak",
                    "choice (linear model)"),
            ENERGY.number("off_w", Energy::offW, Energy.Builder::offW,
                    "Power of a PM that is shut down, W", "choice"),
            ENERGY.key("power_table_file", ScenarioKey.Kind.TEXT, null, Energy::powerTableFile,
                    Energy.Builder::powerTableFile,
                    "`utilisation_percent,watts` at 0, 10, ..., 100 % (11 points, watts not decreasing) used instead "
                            + "of idle_w/peak_w; relative as trace_dir; example: scenarios/power/"
                            + "hp-proliant-ml110-g5.csv",
                    "SPECpower_ssj2008 (Beloglazov and Buyya 2012)", "linear model"),

            FAULTS.key("crash_pm", ScenarioKey.Kind.INTEGER, null, whenSet(Faults::crashPm),
                    Faults.Builder::crashPm,
                    "PM whose agent crashes at crash_at_s, losing its locks and auctions; -1 none", "issue 14", "-1"),
            FAULTS.key("crash_at_s", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::crashAtS),
                    Faults.Builder::crashAtS,
                    "Time of crash_pm's crash, s", "issue 14", "0"),
            FAULTS.key("crash_random_rate_per_h", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::crashRandomRatePerH),
                    Faults.Builder::crashRandomRatePerH,
                    "Every PM's agent crashes at random, Poisson at this rate per hour, in [0, 3600]", "issue 14", "0"),
            FAULTS.key("restart_after_s", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::restartAfterS),
                    Faults.Builder::restartAfterS,
                    "A crashed agent restarts with empty state after this long, s; 0 never", "issue 14; choice",
                    "60"),
            FAULTS.key("partition_at_s", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::partitionAtS),
                    Faults.Builder::partitionAtS,
                    "Start of the network partition, s", "issue 14", "0"),
            FAULTS.key("partition_duration_s", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::partitionDurationS),
                    Faults.Builder::partitionDurationS,
                    "Length of the partition, s; 0 none", "issue 14", "0"),
            FAULTS.key("partition_fraction", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::partitionFraction),
                    Faults.Builder::partitionFraction,
                    "Share of the PMs (drawn at random) cut off from the others and the measurement point, in (0, 1)",
                    "issue 14; choice", "0.5"),
            FAULTS.key("link_loss", ScenarioKey.Kind.TEXT, null, whenSet(Faults::linkLoss),
                    Faults.Builder::linkLoss,
                    "Per-link, directed loss on top of network.loss_probability: `FROM>TO=P,...`, FROM and TO a PM "
                            + "id, `mp` or `*`; the last matching rule wins", "issue 14", "none"),
            FAULTS.key("clock_skew_max_s", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::clockSkewMaxS),
                    Faults.Builder::clockSkewMaxS,
                    "Each PM's clock is off by uniform(-max, max), s", "issue 14", "0"),
            FAULTS.key("clock_drift_max_ppm", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::clockDriftMaxPpm),
                    Faults.Builder::clockDriftMaxPpm,
                    "Each PM's clock runs fast or slow by uniform(-max, max) parts per million, in [0, 100000]",
                    "issue 14", "0"),
            FAULTS.key("migration_failure_probability", ScenarioKey.Kind.NUMBER, null,
                    whenSet(Faults::migrationFailureProbability),
                    Faults.Builder::migrationFailureProbability,
                    "Chance a live migration fails partway (uniform in its T_mig); the VM stays on its source",
                    "issue 14", "0"),
            FAULTS.key("report_miss_probability", ScenarioKey.Kind.NUMBER, null, whenSet(Faults::reportMissProbability),
                    Faults.Builder::reportMissProbability,
                    "Chance the measurement point misses a message sent to it (a report or MIGRATION_ACK)",
                    "issue 14", "0"));

    private static final Map<String, ScenarioKey> BY_NAME = index();

    /**
     * A fault key's getter that gives null (not written) while no fault is set: the effective scenario.yaml of a
     * run without faults, and so its sweep hash, stay what they were before faults existed.
     */
    private static <T> Function<Faults, T> whenSet(Function<Faults, T> get) {
        return f -> f.any() ? get.apply(f) : null;
    }

    private ScenarioKeys() {
    }

    private static Map<String, ScenarioKey> index() {
        Map<String, ScenarioKey> byName = new LinkedHashMap<>();
        for (List<ScenarioKey> part : List.of(RUN_KEYS, POLICY_KEYS)) {
            for (ScenarioKey key : part) {
                if (byName.put(key.name(), key) != null) {
                    throw new IllegalStateException("duplicate scenario key " + key.name());
                }
            }
        }
        return byName;
    }

    /** Every key, in the order the writer writes them (top level first, then group by group). */
    public static List<ScenarioKey> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The key with the full dotted name {@code name}, if any. */
    public static Optional<ScenarioKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The groups, in order: {@code topology}, {@code workload}, ... */
    public static List<String> groups() {
        return BY_NAME.values().stream().map(ScenarioKey::group).filter(g -> !g.isEmpty()).distinct()
                .collect(Collectors.toList());
    }

    /** The keys whose leaf is {@code leaf}, e.g. {@code push_threshold} gives {@code negotiation.push_threshold}. */
    public static List<ScenarioKey> withLeaf(String leaf) {
        return BY_NAME.values().stream().filter(k -> k.leaf().equals(leaf)).collect(Collectors.toList());
    }

    /** A Markdown table of every key: key, type, default, meaning, source. */
    public static String referenceTable() {
        StringBuilder md = new StringBuilder("| key | type | default | meaning | source |\n|---|---|---|---|---|\n");
        md.append("| `").append(PRESET).append("` | one of ").append(Spelled.list(Preset.values()))
                .append(" | none | Sets the topology, thresholds and fluctuation counts of a size first; "
                        + "the file's other keys override them | SPEC 5 |\n");
        for (ScenarioKey key : BY_NAME.values()) {
            String type = switch (key.kind()) {
                case CHOICE -> key.expected();
                case INTEGER, LONG -> "integer";
                case COUNT_OR_ALL -> "integer or `all`";
                default -> key.kind().name().toLowerCase(Locale.ROOT);
            };
            md.append("| `").append(key.name()).append("` | ").append(type).append(" | ")
                    .append(key.defaultText()).append(" | ").append(key.meaning()).append(" | ")
                    .append(key.source()).append(" |\n");
        }
        return md.toString();
    }
}
