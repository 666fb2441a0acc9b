package org.livemig.core.runtime;

import org.livemig.core.protocol.Message;

/**
 * How an agent sends messages: a simulated network or UDP. Messages are encoded with the shared
 * {@code MessageCodec} either way; delivery is unreliable (loss, delay, duplication are possible).
 */
public interface Transport {

    /** Sends {@code message} to its destination, or to every other node when it is {@code BROADCAST}. */
    void send(Message message);

    /**
     * Sends a copy of {@code message} (a broadcast bounded to a sample of peers) to each of {@code destinations},
     * each copy addressed to its receiver. A transport may encode the message once for all of them.
     */
    default void multicast(Message message, int[] destinations) {
        for (int destination : destinations) {
            send(message.withDestination(destination));
        }
    }

    /** Receives the messages delivered to one node. */
    @FunctionalInterface
    interface Receiver {
        void onMessage(Message message);
    }
}
