package org.livemig.strategy;

import java.nio.file.Path;
import java.util.Optional;
import org.livemig.core.agent.PmAgent;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.agent.NegotiatingAgent;
import org.livemig.strategy.agent.NegotiationStrategy;
import org.livemig.strategy.central.Baselines;
import org.livemig.strategy.lcc.runtime.ConstraintRegistry;
import org.livemig.strategy.lcc.runtime.LccAgent;
import org.livemig.strategy.lcc.runtime.LccModels;
import org.livemig.strategy.lcc.runtime.LoadPolicy;
import org.livemig.strategy.lcc.syntax.InteractionModel;

/** The agents a scenario asks for, the same for every backend: simulation and libvirt. */
public final class ScenarioAgents {

    private ScenarioAgents() {}

    /** The negotiation strategy (Push, Pull, Hybrid) of a scenario; null for the LCC strategies. */
    public static NegotiationStrategy negotiationStrategy(Scenario scenario) {
        return switch (scenario.strategy()) {
            case PUSH -> NegotiationStrategy.PUSH;
            case PULL -> NegotiationStrategy.PULL;
            case HYBRID -> NegotiationStrategy.HYBRID;
            default -> null;
        };
    }

    /**
     * The agents of the scenario's strategy. LCC strategies run the model of {@code lcc.model_file}, or the
     * packaged model of seed 000; a model that does not parse or check throws
     * {@link org.livemig.strategy.lcc.runtime.LccRuntimeException} naming file:line:column.
     */
    public static PmAgent.Factory factory(Scenario scenario) {
        Optional<PmAgent.Factory> baseline = Baselines.agents(scenario);
        if (baseline.isPresent()) {
            return baseline.get();
        }
        NegotiationStrategy strategy = negotiationStrategy(scenario);
        if (strategy != null) {
            return NegotiatingAgent.factory(scenario, strategy);
        }
        boolean balance = scenario.strategy() == org.livemig.scenario.Strategy.LCC_BALANCE;
        String file = scenario.lcc().modelFile();
        InteractionModel model = !file.isEmpty()
                ? LccModels.load(Path.of(file))
                : LccModels.packaged(balance ? LccModels.BALANCE : LccModels.CONSOLIDATE);
        return LccAgent.factory(
                model,
                ConstraintRegistry.standard(),
                scenario,
                balance ? LoadPolicy.Kind.BALANCE : LoadPolicy.Kind.CONSOLIDATE);
    }
}
