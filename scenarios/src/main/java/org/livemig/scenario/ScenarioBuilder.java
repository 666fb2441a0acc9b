package org.livemig.scenario;

import java.util.function.Consumer;

/** Mutable builder of a {@link Scenario}; {@link #build()} validates everything. */
public final class ScenarioBuilder {
    // Package-private: Scenario's constructor reads them.
    String name = "scenario";
    Strategy strategy = Strategy.PUSH;
    Hypervisor hypervisor = Hypervisor.XEN;
    Double loadFactorOverride;
    double durationS = 20_000;
    long seed = 1;
    double measurementIntervalS = 5;
    double recordIntervalS = 1000;
    Topology.Builder topology = Topology.builder();
    Workload.Builder workload = Workload.builder();
    Negotiation.Builder negotiation = Negotiation.builder();
    Network.Builder network = Network.builder();
    CostModel.Builder costModel = CostModel.builder();
    OverloadFailure.Builder overloadFailure = OverloadFailure.builder();
    Lcc.Builder lcc = Lcc.builder();
    Energy.Builder energy = Energy.builder();
    Faults.Builder faults = Faults.builder();

    ScenarioBuilder() {}

    /** @return this */
    public ScenarioBuilder name(String v) {
        name = v;
        return this;
    }
    /** @return this */
    public ScenarioBuilder strategy(Strategy v) {
        strategy = v;
        return this;
    }
    /** @return this */
    public ScenarioBuilder hypervisor(Hypervisor v) {
        hypervisor = v;
        return this;
    }
    /** Overrides the hypervisor's load factor; {@code null} goes back to the hypervisor's. @return this */
    public ScenarioBuilder hypervisorLoadFactor(Double v) {
        loadFactorOverride = v;
        return this;
    }
    /** @return this */
    public ScenarioBuilder durationS(double v) {
        durationS = v;
        return this;
    }
    /** @return this */
    public ScenarioBuilder seed(long v) {
        seed = v;
        return this;
    }
    /** @return this */
    public ScenarioBuilder measurementIntervalS(double v) {
        measurementIntervalS = v;
        return this;
    }
    /** @return this */
    public ScenarioBuilder recordIntervalS(double v) {
        recordIntervalS = v;
        return this;
    }

    /** Replaces the topology. @return this */
    public ScenarioBuilder topology(Topology v) {
        topology = v.toBuilder();
        return this;
    }
    /** Edits the topology, e.g. {@code topology(t -> t.pms(19))}. @return this */
    public ScenarioBuilder topology(Consumer<Topology.Builder> edit) {
        edit.accept(topology);
        return this;
    }
    /** Replaces the workload. @return this */
    public ScenarioBuilder workload(Workload v) {
        workload = v.toBuilder();
        return this;
    }
    /** Edits the workload. @return this */
    public ScenarioBuilder workload(Consumer<Workload.Builder> edit) {
        edit.accept(workload);
        return this;
    }
    /** Replaces the negotiation settings. @return this */
    public ScenarioBuilder negotiation(Negotiation v) {
        negotiation = v.toBuilder();
        return this;
    }
    /** Edits the negotiation settings. @return this */
    public ScenarioBuilder negotiation(Consumer<Negotiation.Builder> edit) {
        edit.accept(negotiation);
        return this;
    }
    /** Replaces the network settings. @return this */
    public ScenarioBuilder network(Network v) {
        network = v.toBuilder();
        return this;
    }
    /** Edits the network settings. @return this */
    public ScenarioBuilder network(Consumer<Network.Builder> edit) {
        edit.accept(network);
        return this;
    }
    /** Replaces the cost model parameters. @return this */
    public ScenarioBuilder costModel(CostModel v) {
        costModel = v.toBuilder();
        return this;
    }
    /** Edits the cost model parameters. @return this */
    public ScenarioBuilder costModel(Consumer<CostModel.Builder> edit) {
        edit.accept(costModel);
        return this;
    }
    /** Replaces the overload-failure settings. @return this */
    public ScenarioBuilder overloadFailure(OverloadFailure v) {
        overloadFailure = v.toBuilder();
        return this;
    }
    /** Edits the overload-failure settings. @return this */
    public ScenarioBuilder overloadFailure(Consumer<OverloadFailure.Builder> edit) {
        edit.accept(overloadFailure);
        return this;
    }
    /** Replaces the LCC settings. @return this */
    public ScenarioBuilder lcc(Lcc v) {
        lcc = v.toBuilder();
        return this;
    }
    /** Edits the LCC settings. @return this */
    public ScenarioBuilder lcc(Consumer<Lcc.Builder> edit) {
        edit.accept(lcc);
        return this;
    }
    /** Replaces the power model. @return this */
    public ScenarioBuilder energy(Energy v) {
        energy = v.toBuilder();
        return this;
    }
    /** Edits the power model. @return this */
    public ScenarioBuilder energy(Consumer<Energy.Builder> edit) {
        edit.accept(energy);
        return this;
    }
    /** Replaces the faults. @return this */
    public ScenarioBuilder faults(Faults v) {
        faults = v.toBuilder();
        return this;
    }
    /** Edits the faults. @return this */
    public ScenarioBuilder faults(Consumer<Faults.Builder> edit) {
        edit.accept(faults);
        return this;
    }

    /** Applies a size preset (topology, thresholds, fluctuation counts). @return this */
    public ScenarioBuilder preset(Preset preset) {
        preset.applyTo(this);
        return this;
    }

    /** The scenario; throws {@link InvalidScenarioException} naming the first key whose value is wrong. */
    public Scenario build() {
        return new Scenario(this);
    }
}
