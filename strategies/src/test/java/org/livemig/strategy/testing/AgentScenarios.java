package org.livemig.strategy.testing;

import org.livemig.scenario.Scenario;

/** Scenarios for the agent tests, built with the same builders users' code uses. */
public final class AgentScenarios {

    private AgentScenarios() {}

    /** The testbed defaults with fixed thresholds {@code push} / {@code pull} (the Figure 3.3 setting). */
    public static Scenario fixedThresholds(double push, double pull) {
        return Scenario.builder()
                .negotiation(n -> n.pushThreshold(push).pullThreshold(pull).variableThresholds(false))
                .build();
    }

    /** {@code scenario} with both settle periods set to {@code seconds} (0: the thesis before its fix). */
    public static Scenario withSettle(Scenario scenario, double seconds) {
        return scenario.toBuilder()
                .negotiation(n -> n.destinationSettleS(seconds).sourceSettleS(seconds))
                .build();
    }

    /** {@code scenario} with the Pull donor guard of thesis Algorithm 4 line 11 on or off. */
    public static Scenario withPullDonorGuard(Scenario scenario, boolean guard) {
        return scenario.toBuilder().negotiation(n -> n.pullDonorGuard(guard)).build();
    }
}
