package org.livemig.core.runtime;

import org.livemig.core.protocol.Message;

/**
 * How an agent sends messages: a simulated network or UDP. Messages are encoded with the shared
 * {@code MessageCodec} either way; delivery is unreliable (loss, delay, duplication are possible).
 */
public interface Transport {

    /** Sends {@code message} to its destination, or to every other node when it is {@code BROADCAST}. */
    void send(Message message);

    /** Receives the messages delivered to one node. */
    @FunctionalInterface
    interface Receiver {
        void onMessage(Message message);
    }
}
