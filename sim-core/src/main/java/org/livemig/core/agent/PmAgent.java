package org.livemig.core.agent;

import org.livemig.core.runtime.Transport;

/** The negotiating agent of one physical machine; it receives the messages delivered to its PM. */
public interface PmAgent extends Transport.Receiver {

    /** Starts the agent: announces it (HELLO) and schedules its periodic checks. */
    void start();

    /**
     * A lock this agent holds past its timeout, described in one line, or null when every lock it holds is
     * within its timeout (by the agent's own clock). Backends check it as an invariant (issue 14).
     */
    default String overdueLock() {
        return null;
    }

    /**
     * Migration attempts this agent has made so far (HOTSPOT broadcasts, STEAL_ATTEMPTs, LCC offers), read by
     * the simulator's probe; an agent that never attempts answers 0.
     */
    default long attempts() {
        return 0;
    }

    /** Builds the agent of one PM from its context. */
    @FunctionalInterface
    interface Factory {
        PmAgent create(AgentContext context);
    }
}
