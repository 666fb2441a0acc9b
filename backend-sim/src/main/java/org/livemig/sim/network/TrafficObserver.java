package org.livemig.sim.network;

import org.livemig.core.protocol.MessageType;

/** Learns of every copy of a message the simulated network delivers (for overhead traffic and counts). */
@FunctionalInterface
public interface TrafficObserver {

    /**
     * One copy was delivered.
     *
     * @param timeS       delivery time, s
     * @param type        the message type
     * @param source      sending node
     * @param destination receiving node (the actual one, also for a broadcast)
     * @param frameBytes  encoded size plus the frame overhead of the scenario (network.frame_overhead_bytes)
     */
    void delivered(double timeS, MessageType type, int source, int destination, int frameBytes);
}
