package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.livemig.argument.Arguments;

/**
 * One run's complete, validated settings (SPEC 5, Table 4-1, Table H-1), immutable. Every value has a
 * default; the defaults are the thesis testbed (Table H-1). Build one with {@link #builder()} or change
 * one with {@link #toBuilder()}; read one from YAML with {@link ScenarioLoader}.
 */
public final class Scenario {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final String name;
    private final Strategy strategy;
    private final Hypervisor hypervisor;
    private final Double loadFactorOverride;
    private final double durationS;
    private final long seed;
    private final double measurementIntervalS;
    private final double recordIntervalS;
    private final Topology topology;
    private final Workload workload;
    private final Negotiation negotiation;
    private final Network network;
    private final CostModel costModel;
    private final OverloadFailure overloadFailure;
    private final Lcc lcc;
    private final Energy energy;
    private final Faults faults;

    Scenario(ScenarioBuilder b) {
        name = Arguments.present("name", b.name, INVALID);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidScenarioException(
                    "name",
                    "must be 1-100 letters, digits, '.', '_' or '-' " + "starting with a letter or digit, got '" + name
                            + "'");
        }
        strategy = Arguments.present("strategy", b.strategy, INVALID);
        hypervisor = Arguments.present("hypervisor", b.hypervisor, INVALID);
        loadFactorOverride = b.loadFactorOverride;
        if (loadFactorOverride != null) {
            Arguments.range("hypervisor_load_factor", loadFactorOverride, 0, false, 10, true, INVALID);
        }
        durationS = b.durationS;
        Arguments.positive("duration_s", durationS, INVALID);
        seed = b.seed;
        measurementIntervalS = b.measurementIntervalS;
        Arguments.range("measurement_interval_s", measurementIntervalS, 0, false, durationS, true, INVALID);
        recordIntervalS = b.recordIntervalS;
        Arguments.positive("record_interval_s", recordIntervalS, INVALID);
        topology = b.topology.build();
        workload = b.workload.build();
        negotiation = b.negotiation.build();
        network = b.network.build();
        costModel = b.costModel.build();
        overloadFailure = b.overloadFailure.build();
        lcc = b.lcc.build();
        energy = b.energy.build();
        faults = b.faults.build();
        if (faults.crashPm() >= topology.pms()) {
            throw new InvalidScenarioException(
                    "faults.crash_pm",
                    "must be -1 (none) or a PM id below topology.pms (" + topology.pms() + "), got " + faults.crashPm(),
                    "topology.pms");
        }
        checkWorkloadFitsRun();
        RunBounds.check(this);
        if ((strategy == Strategy.LCC_BALANCE || strategy == Strategy.LCC_CONSOLIDATE) && negotiation.sampled()) {
            throw new InvalidScenarioException(
                    "negotiation.fanout",
                    "must be all for strategy " + strategy.spelling() + " (LCC models broadcast to every PM), got "
                            + negotiation.fanout(),
                    "strategy");
        }
    }

    private void checkWorkloadFitsRun() {
        WorkloadType type = workload.type();
        if ((type == WorkloadType.BURST || type == WorkloadType.DRAIN) && workload.changeAtS() >= durationS) {
            throw new InvalidScenarioException(
                    "workload.change_at_s",
                    "must be below duration_s ("
                            + NumberText.format(durationS) + ") for a " + type.spelling() + ", got "
                            + NumberText.format(workload.changeAtS()),
                    "duration_s",
                    "workload.type");
        }
        int available = topology.vms() + workload.addVms();
        if (type == WorkloadType.FLUCTUATION && workload.removeVms() > available) {
            throw new InvalidScenarioException(
                    "workload.remove_vms",
                    "must be at most topology.vms + " + "workload.add_vms (" + available + "), got "
                            + workload.removeVms(),
                    "workload.add_vms",
                    "topology.vms");
        }
    }

    /** The defaults: the thesis testbed, Push on Xen, normal workload at medium load. */
    public static Scenario defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static ScenarioBuilder builder() {
        return new ScenarioBuilder();
    }

    /** A builder holding this scenario's values. */
    public ScenarioBuilder toBuilder() {
        return builder()
                .name(name)
                .strategy(strategy)
                .hypervisor(hypervisor)
                .hypervisorLoadFactor(loadFactorOverride)
                .durationS(durationS)
                .seed(seed)
                .measurementIntervalS(measurementIntervalS)
                .recordIntervalS(recordIntervalS)
                .topology(topology)
                .workload(workload)
                .negotiation(negotiation)
                .network(network)
                .costModel(costModel)
                .overloadFailure(overloadFailure)
                .lcc(lcc)
                .energy(energy)
                .faults(faults);
    }

    /** The scenario's name, used in result files (letters, digits, '.', '_', '-'). */
    public String name() {
        return name;
    }

    /** The migration strategy every PM runs (default push). */
    public Strategy strategy() {
        return strategy;
    }

    /** The hypervisor (default xen). */
    public Hypervisor hypervisor() {
        return hypervisor;
    }

    /** The share of VM demand that shows in PM load: the override if set, else the hypervisor's. */
    public double hypervisorLoadFactor() {
        return loadFactorOverride != null ? loadFactorOverride : hypervisor.loadFactor();
    }

    /** The load factor set explicitly ({@code hypervisor_load_factor}), if any. */
    public OptionalDouble hypervisorLoadFactorOverride() {
        return loadFactorOverride == null ? OptionalDouble.empty() : OptionalDouble.of(loadFactorOverride);
    }

    /** How long a run lasts, in simulated s (Table H-1 time-limit; default 20000). */
    public double durationS() {
        return durationS;
    }

    /** The seed of every random stream of the run (default 1). */
    public long seed() {
        return seed;
    }

    /** How often the measurement point samples, in s (thesis appendix D {@code server.py 5}; default 5). */
    public double measurementIntervalS() {
        return measurementIntervalS;
    }

    /** Window of the attempt, migration and traffic counts, in s (Table H-1 recordHotspotInterval; default 1000). */
    public double recordIntervalS() {
        return recordIntervalS;
    }

    /** PMs, VMs and the link. */
    public Topology topology() {
        return topology;
    }

    /** The VMs' demand over time. */
    public Workload workload() {
        return workload;
    }

    /** Thresholds, timeouts, backoff and load estimation. */
    public Negotiation negotiation() {
        return negotiation;
    }

    /** Message latency and faults. */
    public Network network() {
        return network;
    }

    /** Live-migration cost model parameters. */
    public CostModel costModel() {
        return costModel;
    }

    /** Optional failure of overloaded PMs. */
    public OverloadFailure overloadFailure() {
        return overloadFailure;
    }

    /** Parameters of the LCC strategies. */
    public Lcc lcc() {
        return lcc;
    }

    /** Power model of a PM, for the run's energy. */
    public Energy energy() {
        return energy;
    }

    /** Faults the simulation injects (none by default). */
    public Faults faults() {
        return faults;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s
                && name.equals(s.name)
                && strategy == s.strategy
                && hypervisor == s.hypervisor
                && Objects.equals(loadFactorOverride, s.loadFactorOverride)
                && Double.compare(durationS, s.durationS) == 0
                && seed == s.seed
                && Double.compare(measurementIntervalS, s.measurementIntervalS) == 0
                && Double.compare(recordIntervalS, s.recordIntervalS) == 0
                && topology.equals(s.topology)
                && workload.equals(s.workload)
                && negotiation.equals(s.negotiation)
                && network.equals(s.network)
                && costModel.equals(s.costModel)
                && overloadFailure.equals(s.overloadFailure)
                && lcc.equals(s.lcc)
                && energy.equals(s.energy)
                && faults.equals(s.faults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                name,
                strategy,
                hypervisor,
                loadFactorOverride,
                durationS,
                seed,
                measurementIntervalS,
                recordIntervalS,
                topology,
                workload,
                negotiation,
                network,
                costModel,
                overloadFailure,
                lcc,
                energy,
                faults);
    }

    /** A short summary, e.g. {@code Scenario[testbed-push: push, xen, 4 PMs, 16 VMs, normal medium, 20000 s]}. */
    @Override
    public String toString() {
        return "Scenario[" + name + ": " + strategy.spelling() + ", " + hypervisor.spelling() + ", "
                + topology.pms() + " PMs, " + topology.vms() + " VMs, "
                + workload.type().spelling() + " "
                + workload.level().spelling() + ", " + NumberText.format(durationS) + " s]";
    }
}
