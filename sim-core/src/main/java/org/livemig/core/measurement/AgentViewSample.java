package org.livemig.core.measurement;

import org.livemig.argument.Arguments;

/**
 * One row of {@code agent_view.csv}: the load and the average load one PM's agent acted on at a sample time, as
 * the agent reported them (LCC agents: their load and the average of the loads their peers announced).
 *
 * @param timeS sample time in seconds, finite and {@code >= 0}
 * @param pm the PM's id, {@code >= 0}
 * @param load the normalised load the agent acts on
 * @param average the average normalised load the agent acts on
 */
public record AgentViewSample(double timeS, int pm, double load, double average) {

    /** Checks that the numbers are finite and the PM id is not negative. */
    public AgentViewSample {
        Arguments.nonNegative("timeS", timeS);
        Arguments.count("pm", pm);
        Arguments.finite("load", load);
        Arguments.finite("average", average);
    }
}
