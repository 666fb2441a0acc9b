package org.livemig.strategy.agent;

import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.runtime.Transport;

/**
 * The agent's side of the network: sends through the backend's transport and counts what this PM sends, as
 * the traffic fields of its PM information (thesis Table E-1). A broadcast counts one copy per receiver.
 * Replies to the measurement point are not counted: they are the observer's traffic, not the negotiation's
 * overhead (the thesis's idle profiles show about 0.02 Kb/s, Tables 5-2 to 5-11).
 */
public final class AgentTraffic {

    private final Transport transport;
    private final int frameOverheadBytes;
    private long bytes;
    private long packets;

    /** Counts each copy as its encoded size plus {@code frameOverheadBytes} (network.frame_overhead_bytes). */
    public AgentTraffic(Transport transport, int frameOverheadBytes) {
        this.transport = transport;
        this.frameOverheadBytes = frameOverheadBytes;
    }

    /** Sends {@code message}; a broadcast is counted as {@code receivers} copies. */
    public void send(Message message, int receivers) {
        if (message.type() != MessageType.MEASUREMENT_REPLY) {
            int copies = message.destination() == Message.BROADCAST ? receivers : 1;
            bytes += (long) copies * (MessageCodec.encodedSize(message) + frameOverheadBytes);
            packets += copies;
        }
        transport.send(message);
    }

    /** Sends a copy of {@code message} to each of {@code destinations}, counted as that many copies. */
    public void multicast(Message message, int[] destinations) {
        bytes += (long) destinations.length * (MessageCodec.encodedSize(message) + frameOverheadBytes);
        packets += destinations.length;
        transport.multicast(message, destinations);
    }

    public long bytes() {
        return bytes;
    }

    public long packets() {
        return packets;
    }
}
