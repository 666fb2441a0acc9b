package org.livemig.strategy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.livemig.core.protocol.MalformedMessageException;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.runtime.Transport;
import org.livemig.core.testing.ManualScheduler;

/** A lossless network with a fixed latency that passes every message through the codec, and logs it. */
public final class LoopbackNetwork {

    public static final double LATENCY_S = 0.001;

    private final ManualScheduler scheduler;
    private final Map<Integer, Transport.Receiver> nodes = new TreeMap<>();
    private final List<Sent> log = new ArrayList<>();

    /** A message and the time it was sent. */
    public record Sent(double timeS, Message message) {}

    public LoopbackNetwork(ManualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void attach(int node, Transport.Receiver receiver) {
        nodes.put(node, receiver);
    }

    public Transport transportFor(int node) {
        return m -> {
            log.add(new Sent(scheduler.now(), m));
            byte[] bytes = MessageCodec.encode(m);
            for (Map.Entry<Integer, Transport.Receiver> e : nodes.entrySet()) {
                boolean addressed =
                        m.destination() == Message.BROADCAST ? e.getKey() != node : e.getKey() == m.destination();
                if (addressed) {
                    Transport.Receiver r = e.getValue();
                    scheduler.schedule(LATENCY_S, () -> r.onMessage(decode(bytes)));
                }
            }
        };
    }

    private static Message decode(byte[] bytes) {
        try {
            return MessageCodec.decode(bytes);
        } catch (MalformedMessageException e) {
            throw new AssertionError(e);
        }
    }

    /** Every message sent so far, in order. */
    public List<Sent> log() {
        return log;
    }
}
