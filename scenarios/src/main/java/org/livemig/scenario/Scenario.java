package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
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

    private Scenario(Builder b) {
        name = Arguments.present("name", b.name, INVALID);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidScenarioException("name", "must be 1-100 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit, got '" + name + "'");
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
            throw new InvalidScenarioException("faults.crash_pm", "must be -1 (none) or a PM id below topology.pms ("
                    + topology.pms() + "), got " + faults.crashPm(), "topology.pms");
        }
        checkWorkloadFitsRun();
        RunBounds.check(this);
        if ((strategy == Strategy.LCC_BALANCE || strategy == Strategy.LCC_CONSOLIDATE) && negotiation.sampled()) {
            throw new InvalidScenarioException("negotiation.fanout", "must be all for strategy "
                    + strategy.spelling() + " (LCC models broadcast to every PM), got " + negotiation.fanout(),
                    "strategy");
        }
    }

    private void checkWorkloadFitsRun() {
        WorkloadType type = workload.type();
        if ((type == WorkloadType.BURST || type == WorkloadType.DRAIN) && workload.changeAtS() >= durationS) {
            throw new InvalidScenarioException("workload.change_at_s", "must be below duration_s ("
                    + NumberText.format(durationS) + ") for a " + type.spelling() + ", got "
                    + NumberText.format(workload.changeAtS()), "duration_s", "workload.type");
        }
        int available = topology.vms() + workload.addVms();
        if (type == WorkloadType.FLUCTUATION && workload.removeVms() > available) {
            throw new InvalidScenarioException("workload.remove_vms", "must be at most topology.vms + "
                    + "workload.add_vms (" + available + "), got " + workload.removeVms(),
                    "workload.add_vms", "topology.vms");
        }
    }

    /** The defaults: the thesis testbed, Push on Xen, normal workload at medium load. */
    public static Scenario defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this scenario's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.strategy = strategy;
        b.hypervisor = hypervisor;
        b.loadFactorOverride = loadFactorOverride;
        b.durationS = durationS;
        b.seed = seed;
        b.measurementIntervalS = measurementIntervalS;
        b.recordIntervalS = recordIntervalS;
        return b.topology(topology).workload(workload).negotiation(negotiation).network(network)
                .costModel(costModel).overloadFailure(overloadFailure).lcc(lcc)
                .energy(energy).faults(faults);
    }

    /** The scenario's name, used in result files (letters, digits, '.', '_', '-'). */
    public String name() { return name; }

    /** The migration strategy every PM runs (default push). */
    public Strategy strategy() { return strategy; }

    /** The hypervisor (default xen). */
    public Hypervisor hypervisor() { return hypervisor; }

    /** The share of VM demand that shows in PM load: the override if set, else the hypervisor's. */
    public double hypervisorLoadFactor() {
        return loadFactorOverride != null ? loadFactorOverride : hypervisor.loadFactor();
    }

    /** The load factor set explicitly ({@code hypervisor_load_factor}), if any. */
    public OptionalDouble hypervisorLoadFactorOverride() {
        return loadFactorOverride == null ? OptionalDouble.empty() : OptionalDouble.of(loadFactorOverride);
    }

    /** How long a run lasts, in simulated s (Table H-1 time-limit; default 20000). */
    public double durationS() { return durationS; }

    /** The seed of every random stream of the run (default 1). */
    public long seed() { return seed; }

    /** How often the measurement point samples, in s (thesis appendix D {@code server.py 5}; default 5). */
    public double measurementIntervalS() { return measurementIntervalS; }

    /** Window of the attempt, migration and traffic counts, in s (Table H-1 recordHotspotInterval; default 1000). */
    public double recordIntervalS() { return recordIntervalS; }

    /** PMs, VMs and the link. */
    public Topology topology() { return topology; }

    /** The VMs' demand over time. */
    public Workload workload() { return workload; }

    /** Thresholds, timeouts, backoff and load estimation. */
    public Negotiation negotiation() { return negotiation; }

    /** Message latency and faults. */
    public Network network() { return network; }

    /** Live-migration cost model parameters. */
    public CostModel costModel() { return costModel; }

    /** Optional failure of overloaded PMs. */
    public OverloadFailure overloadFailure() { return overloadFailure; }

    /** Parameters of the LCC strategies. */
    public Lcc lcc() { return lcc; }

    /** Power model of a PM, for the run's energy. */
    public Energy energy() { return energy; }

    /** Faults the simulation injects (none by default). */
    public Faults faults() { return faults; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && name.equals(s.name) && strategy == s.strategy
                && hypervisor == s.hypervisor && Objects.equals(loadFactorOverride, s.loadFactorOverride)
                && Double.compare(durationS, s.durationS) == 0 && seed == s.seed
                && Double.compare(measurementIntervalS, s.measurementIntervalS) == 0
                && Double.compare(recordIntervalS, s.recordIntervalS) == 0
                && topology.equals(s.topology) && workload.equals(s.workload)
                && negotiation.equals(s.negotiation) && network.equals(s.network)
                && costModel.equals(s.costModel) && overloadFailure.equals(s.overloadFailure) && lcc.equals(s.lcc)
                && energy.equals(s.energy) && faults.equals(s.faults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, strategy, hypervisor, loadFactorOverride, durationS, seed, measurementIntervalS,
                recordIntervalS, topology, workload, negotiation, network, costModel, overloadFailure, lcc,
                energy, faults);
    }

    /** A short summary, e.g. {@code Scenario[testbed-push: push, xen, 4 PMs, 16 VMs, normal medium, 20000 s]}. */
    @Override
    public String toString() {
        return "Scenario[" + name + ": " + strategy.spelling() + ", " + hypervisor.spelling() + ", "
                + topology.pms() + " PMs, " + topology.vms() + " VMs, " + workload.type().spelling() + " "
                + workload.level().spelling() + ", " + NumberText.format(durationS) + " s]";
    }

    /** Mutable builder of a {@link Scenario}; {@link #build()} validates everything. */
    public static final class Builder {
        private String name = "scenario";
        private Strategy strategy = Strategy.PUSH;
        private Hypervisor hypervisor = Hypervisor.XEN;
        private Double loadFactorOverride;
        private double durationS = 20_000;
        private long seed = 1;
        private double measurementIntervalS = 5;
        private double recordIntervalS = 1000;
        private Topology.Builder topology = Topology.builder();
        private Workload.Builder workload = Workload.builder();
        private Negotiation.Builder negotiation = Negotiation.builder();
        private Network.Builder network = Network.builder();
        private CostModel.Builder costModel = CostModel.builder();
        private OverloadFailure.Builder overloadFailure = OverloadFailure.builder();
        private Lcc.Builder lcc = Lcc.builder();
        private Energy.Builder energy = Energy.builder();
        private Faults.Builder faults = Faults.builder();

        private Builder() {
        }

        /** @return this */
        public Builder name(String v) { name = v; return this; }
        /** @return this */
        public Builder strategy(Strategy v) { strategy = v; return this; }
        /** @return this */
        public Builder hypervisor(Hypervisor v) { hypervisor = v; return this; }
        /** Overrides the hypervisor's load factor; {@code null} goes back to the hypervisor's. @return this */
        public Builder hypervisorLoadFactor(Double v) { loadFactorOverride = v; return this; }
        /** @return this */
        public Builder durationS(double v) { durationS = v; return this; }
        /** @return this */
        public Builder seed(long v) { seed = v; return this; }
        /** @return this */
        public Builder measurementIntervalS(double v) { measurementIntervalS = v; return this; }
        /** @return this */
        public Builder recordIntervalS(double v) { recordIntervalS = v; return this; }

        /** Replaces the topology. @return this */
        public Builder topology(Topology v) { topology = v.toBuilder(); return this; }
        /** Edits the topology, e.g. {@code topology(t -> t.pms(19))}. @return this */
        public Builder topology(Consumer<Topology.Builder> edit) { edit.accept(topology); return this; }
        /** Replaces the workload. @return this */
        public Builder workload(Workload v) { workload = v.toBuilder(); return this; }
        /** Edits the workload. @return this */
        public Builder workload(Consumer<Workload.Builder> edit) { edit.accept(workload); return this; }
        /** Replaces the negotiation settings. @return this */
        public Builder negotiation(Negotiation v) { negotiation = v.toBuilder(); return this; }
        /** Edits the negotiation settings. @return this */
        public Builder negotiation(Consumer<Negotiation.Builder> edit) { edit.accept(negotiation); return this; }
        /** Replaces the network settings. @return this */
        public Builder network(Network v) { network = v.toBuilder(); return this; }
        /** Edits the network settings. @return this */
        public Builder network(Consumer<Network.Builder> edit) { edit.accept(network); return this; }
        /** Replaces the cost model parameters. @return this */
        public Builder costModel(CostModel v) { costModel = v.toBuilder(); return this; }
        /** Edits the cost model parameters. @return this */
        public Builder costModel(Consumer<CostModel.Builder> edit) { edit.accept(costModel); return this; }
        /** Replaces the overload-failure settings. @return this */
        public Builder overloadFailure(OverloadFailure v) { overloadFailure = v.toBuilder(); return this; }
        /** Edits the overload-failure settings. @return this */
        public Builder overloadFailure(Consumer<OverloadFailure.Builder> edit) {
            edit.accept(overloadFailure);
            return this;
        }
        /** Replaces the LCC settings. @return this */
        public Builder lcc(Lcc v) { lcc = v.toBuilder(); return this; }
        /** Edits the LCC settings. @return this */
        public Builder lcc(Consumer<Lcc.Builder> edit) { edit.accept(lcc); return this; }
        /** Replaces the power model. @return this */
        public Builder energy(Energy v) { energy = v.toBuilder(); return this; }
        /** Edits the power model. @return this */
        public Builder energy(Consumer<Energy.Builder> edit) { edit.accept(energy); return this; }
        /** Replaces the faults. @return this */
        public Builder faults(Faults v) { faults = v.toBuilder(); return this; }
        /** Edits the faults. @return this */
        public Builder faults(Consumer<Faults.Builder> edit) { edit.accept(faults); return this; }

        /** Applies a size preset (topology, thresholds, fluctuation counts). @return this */
        public Builder preset(Preset preset) {
            preset.applyTo(this);
            return this;
        }

        /** The scenario; throws {@link InvalidScenarioException} naming the first key whose value is wrong. */
        public Scenario build() {
            return new Scenario(this);
        }
    }
}
