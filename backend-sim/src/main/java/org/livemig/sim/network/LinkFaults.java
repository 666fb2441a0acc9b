package org.livemig.sim.network;

/** Faults of individual links of the {@link SimulatedNetwork}: partitions, per-link loss, missed reports. */
public interface LinkFaults {

    /** Whether the copy node {@code from} sends to node {@code to} now is lost on its way (it counts as sent). */
    boolean dropsAtSend(int from, int to);

    /** Whether a copy arriving now at node {@code to} from {@code from} is lost (e.g. a partition began). */
    boolean dropsAtDelivery(int from, int to);
}
