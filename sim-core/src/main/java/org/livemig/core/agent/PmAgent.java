package org.livemig.core.agent;

import org.livemig.core.runtime.Transport;

/** The negotiating agent of one physical machine; it receives the messages delivered to its PM. */
public interface PmAgent extends Transport.Receiver {

    /** Starts the agent: announces it (HELLO) and schedules its periodic checks. */
    void start();

    /** Builds the agent of one PM from its context. */
    @FunctionalInterface
    interface Factory {
        PmAgent create(AgentContext context);
    }
}
