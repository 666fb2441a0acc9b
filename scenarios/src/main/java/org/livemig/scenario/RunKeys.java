package org.livemig.scenario;

import java.util.List;

/** The scenario keys of the run itself: the top level, {@code topology.*} and {@code workload.*}. */
final class RunKeys {

    private static final KeyGroup<Scenario, ScenarioBuilder> TOP = new KeyGroup<>("", s -> s, (b, e) -> e.accept(b));
    private static final KeyGroup<Topology, Topology.Builder> TOPOLOGY =
            new KeyGroup<>("topology", Scenario::topology, ScenarioBuilder::topology);
    private static final KeyGroup<Workload, Workload.Builder> WORKLOAD =
            new KeyGroup<>("workload", Scenario::workload, ScenarioBuilder::workload);

    static final List<ScenarioKey> KEYS = List.of(
            TOP.key(
                    "name",
                    ScenarioKey.Kind.TEXT,
                    null,
                    Scenario::name,
                    ScenarioBuilder::name,
                    "Name of the run, used in result files (letters, digits, `.`, `_`, `-`)",
                    "-",
                    "file name"),
            TOP.choice(
                    "strategy",
                    Strategy.values(),
                    Scenario::strategy,
                    ScenarioBuilder::strategy,
                    "Migration strategy every PM runs; none and central-* are the baselines (strategies/README.md)",
                    "SPEC 3; Table H-1 pushOrPull; issue 15"),
            TOP.choice(
                    "hypervisor",
                    Hypervisor.values(),
                    Scenario::hypervisor,
                    ScenarioBuilder::hypervisor,
                    "Hypervisor of the PMs; sets the load factor",
                    "SPEC 4; Table 4-1"),
            TOP.key(
                    "hypervisor_load_factor",
                    ScenarioKey.Kind.NUMBER,
                    null,
                    s -> s.hypervisorLoadFactorOverride().isPresent() ? s.hypervisorLoadFactor() : null,
                    ScenarioBuilder::hypervisorLoadFactor,
                    "Share of a VM's demand that shows in its PM's load, in (0, 10]; overrides the hypervisor's",
                    "SPEC 4; thesis 5.2.1 (Linux load 0.3 adds 0.2 on Xen)",
                    "xen 0.67, kvm 1.0"),
            TOP.number(
                    "duration_s",
                    Scenario::durationS,
                    ScenarioBuilder::durationS,
                    "Length of a run, simulated s",
                    "Table H-1 time-limit; thesis 4.5"),
            TOP.key(
                    "seed",
                    ScenarioKey.Kind.LONG,
                    null,
                    Scenario::seed,
                    ScenarioBuilder::seed,
                    "Seed of every random stream of the run",
                    "choice",
                    null),
            TOP.number(
                    "measurement_interval_s",
                    Scenario::measurementIntervalS,
                    ScenarioBuilder::measurementIntervalS,
                    "Sampling period of the measurement point (rows of metrics.csv), s, at most duration_s",
                    "thesis appendix D (`server.py 5`)"),
            TOP.number(
                    "record_interval_s",
                    Scenario::recordIntervalS,
                    ScenarioBuilder::recordIntervalS,
                    "Window of the overhead statistics of summary.json (overhead_kbps), s; figures and check use the "
                            + "thesis's 1000 s",
                    "Table H-1 recordHotspotInterval; SPEC 6"),
            TOPOLOGY.integer(
                    "pms",
                    Topology::pms,
                    Topology.Builder::pms,
                    "Number of PMs, in [1, 100000]; above 2000 only with a sampled negotiation.fanout (a full "
                            + "broadcast grows as pms^2)",
                    "Table H-1 numNodes; thesis 4.4"),
            TOPOLOGY.integer(
                    "cores_per_pm",
                    Topology::coresPerPm,
                    Topology.Builder::coresPerPm,
                    "Cores of each PM",
                    "thesis 4.4"),
            TOPOLOGY.integer(
                    "memory_per_pm_mb",
                    Topology::memoryPerPmMb,
                    Topology.Builder::memoryPerPmMb,
                    "Memory of each PM, MB",
                    "thesis 4.4 (2 GB)"),
            TOPOLOGY.number(
                    "link_mbitps",
                    Topology::linkMbitps,
                    Topology.Builder::linkMbitps,
                    "Link rate of each PM, megabits/s",
                    "thesis 4.4; SPEC 4"),
            TOPOLOGY.integer(
                    "vms",
                    Topology::vms,
                    Topology.Builder::vms,
                    "VMs at the start; must fit in the PMs' memory",
                    "thesis 4.3.1 (the 4-PM testbed's count is not stated; 16 is a calibration)"),
            TOPOLOGY.integer(
                    "vm_vcpus",
                    Topology::vmVcpus,
                    Topology.Builder::vmVcpus,
                    "Vcpus of each VM, at most cores_per_pm",
                    "thesis 4.4"),
            TOPOLOGY.integer(
                    "vm_memory_mb",
                    Topology::vmMemoryMb,
                    Topology.Builder::vmMemoryMb,
                    "Memory of each VM, MB",
                    "thesis 4.4"),
            TOPOLOGY.number(
                    "vm_dirty_rate_mbps",
                    Topology::vmDirtyRateMbps,
                    Topology.Builder::vmDirtyRateMbps,
                    "Mean page-dirtying rate of a VM, megabytes (MB)/s",
                    "choice; SPEC 1's cost-model check uses D = 2"),
            TOPOLOGY.choice(
                    "placement",
                    Placement.values(),
                    Topology::placement,
                    Topology.Builder::placement,
                    "How the initial VMs are spread over the PMs",
                    "seed 000 section 5 (VMs allocated randomly)"),
            TOPOLOGY.number(
                    "vcpu_overcommit",
                    Topology::vcpuOvercommit,
                    Topology.Builder::vcpuOvercommit,
                    "A PM holds VMs whose vcpus sum to at most this times its cores, in [1, 64]; the datacentre "
                            + "admits and the agents bid by the same bound",
                    "choice (the 19-PM simulation runs 50 one-vcpu VMs on 38 cores)"),
            WORKLOAD.choice(
                    "type",
                    WorkloadType.values(),
                    Workload::type,
                    Workload.Builder::type,
                    "How demand changes during the run",
                    "SPEC 5; Table 4-1"),
            WORKLOAD.choice(
                    "load",
                    LoadLevel.values(),
                    Workload::level,
                    Workload.Builder::level,
                    "Load profile at the start: system load 0.25 / 0.4 / 0.55",
                    "Table H-1 initialSystemLoad; thesis 4.3.1"),
            WORKLOAD.number(
                    "change_at_s",
                    Workload::changeAtS,
                    Workload.Builder::changeAtS,
                    "Time of the burst or drain, s; below duration_s",
                    "Table H-1 burstHighTime, burstLowTime"),
            WORKLOAD.choice(
                    "burst_load",
                    LoadLevel.values(),
                    Workload::burstLevel,
                    Workload.Builder::burstLevel,
                    "Load profile after a burst; above `load`",
                    "thesis 5.2.3 (high load after the burst)"),
            WORKLOAD.choice(
                    "drain_load",
                    LoadLevel.values(),
                    Workload::drainLevel,
                    Workload.Builder::drainLevel,
                    "Load profile after a drain; below `load`",
                    "thesis 5.2.4 (low load after the drain)"),
            WORKLOAD.integer(
                    "add_vms",
                    Workload::addVms,
                    Workload.Builder::addVms,
                    "Most VMs added during a fluctuation run (same size and demand as the others), at exponential "
                            + "inter-arrival times",
                    "Table H-1 DynamicVM (its 0 = no fluctuation); count is a choice"),
            WORKLOAD.integer(
                    "remove_vms",
                    Workload::removeVms,
                    Workload.Builder::removeVms,
                    "VMs removed during a fluctuation run, in expectation: Poisson removals, each of a VM chosen "
                            + "uniformly",
                    "Table H-1 VMsToRemove; thesis 4.5; count is a choice"),
            WORKLOAD.number(
                    "arrival_mean_s",
                    Workload::arrivalMeanS,
                    Workload.Builder::arrivalMeanS,
                    "Mean of the exponential inter-arrival time of added VMs, s",
                    "thesis 4.5; value is a choice"),
            WORKLOAD.choice(
                    "model",
                    DemandModel.values(),
                    Workload::model,
                    Workload.Builder::model,
                    "How each VM's demand moves around its level (demand is a share of the VM's vcpus)",
                    "SPEC 4; see Demand models below"),
            WORKLOAD.number(
                    "walk_theta",
                    Workload::walkTheta,
                    Workload.Builder::walkTheta,
                    "walk: share of the gap to the level closed each step, in (0, 1]",
                    "calibration (Demand models below): lag-1 autocorrelation 0.82 per 300 s = 0.98^10"),
            WORKLOAD.number(
                    "walk_sigma",
                    Workload::walkSigma,
                    Workload.Builder::walkSigma,
                    "walk: sd of each step's normal increment at a share of 0.5, scaled by sqrt(4 u (1 - u)) (a busy "
                            + "fraction's spread), in [0, 1]",
                    "calibration (Demand models below): stationary sd 0.25 of a vcpu at level 0.5"),
            WORKLOAD.number(
                    "walk_step_s",
                    Workload::walkStepS,
                    Workload.Builder::walkStepS,
                    "walk: time between two steps of every VM's demand, s",
                    "choice (a tenth of 300 s)"),
            WORKLOAD.number(
                    "gaussian_sd",
                    Workload::gaussianSd,
                    Workload.Builder::gaussianSd,
                    "gaussian: sd of a re-draw around the VM's level, share of its vcpus, in [0, 1]",
                    "PlanetLab 2011 within-VM sd (as walk)"),
            WORKLOAD.number(
                    "gaussian_mean_interval_s",
                    Workload::gaussianMeanIntervalS,
                    Workload.Builder::gaussianMeanIntervalS,
                    "gaussian: mean time between two re-draws of the same VM (exponential), s",
                    "VMPlaceS simulator.loadperiod default 180"),
            WORKLOAD.key(
                    "trace_dir",
                    ScenarioKey.Kind.TEXT,
                    null,
                    Workload::traceDir,
                    Workload.Builder::traceDir,
                    "trace: PlanetLab/CoMon directory, one file per VM, a CPU % per line every 300 s; relative to "
                            + "the scenario file's directory, else the working directory (must exist)",
                    "SPEC 4",
                    "none"),
            WORKLOAD.key(
                    "trace_file",
                    ScenarioKey.Kind.TEXT,
                    null,
                    Workload::traceFile,
                    Workload.Builder::traceFile,
                    "trace: `time_s,vm,cpu` CSV (header required, cpu in %); relative as trace_dir; "
                            + "give one of trace_dir, trace_file",
                    "SPEC 4",
                    "none"));

    private RunKeys() {}
}
