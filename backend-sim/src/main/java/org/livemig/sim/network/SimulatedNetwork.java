package org.livemig.sim.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.livemig.core.protocol.MalformedMessageException;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;
import org.livemig.scenario.Network;

/**
 * The LAN of the simulated datacentre. Every message is encoded with {@link MessageCodec} when sent and
 * decoded again on delivery, as over UDP. Each copy (one per destination; a broadcast makes one per
 * other attached node, the measurement point included) takes the latency plus jitter and may be lost,
 * duplicated or held back, drawn from one seeded stream in a fixed order. A node that is down neither
 * sends nor receives.
 *
 * <p>Sent bytes and packets are counted per node at send time, one packet of {@code encoded size} plus
 * the scenario's {@code network.frame_overhead_bytes} (46 by default) per copy (a broadcast is sent as one
 * unicast per destination); lost copies count as sent. The protocol's overhead ({@link #protocolBytes()}) counts
 * delivered copies between nodes other than the measurement point.
 */
public final class SimulatedNetwork {

    private final Scheduler scheduler;
    private final Network settings;
    private final RandomGenerator random;
    private final TreeMap<Integer, Node> nodes = new TreeMap<>();
    private final List<TrafficObserver> observers = new ArrayList<>();
    /** Nodes of id >= 0 by id (PMs are 0 .. pms - 1), so a unicast finds its node without a tree walk. */
    private Node[] byId = new Node[0];
    /** Every node in id order, for broadcasts; null when a node was added since it was last made. */
    private Node[] sortedNodes = new Node[0];

    private long sentCopies;
    private long lostCopies;
    private long duplicatedCopies;
    private long deliveredCopies;
    private long droppedAtDownNodes;
    private LinkFaults linkFaults;
    private long protocolBytes;
    private long protocolCopies;

    /** A network on {@code scheduler} drawing its faults from {@code random}. */
    public SimulatedNetwork(Scheduler scheduler, Network settings, RandomGenerator random) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The settings of this network. */
    public Network settings() {
        return settings;
    }

    /** Makes {@code receiver} receive the messages delivered to {@code nodeId} (replacing any earlier one). */
    public void attach(int nodeId, Transport.Receiver receiver) {
        node(nodeId).receiver = Objects.requireNonNull(receiver, "receiver");
    }

    /** The transport node {@code nodeId} sends with; the node is known from now on even before it attaches. */
    public Transport transportFor(int nodeId) {
        return node(nodeId).transport;
    }

    /** Whether {@code nodeId} is known (attached or given a transport). */
    public boolean hasNode(int nodeId) {
        return lookup(nodeId) != null;
    }

    /** Marks a node down (it neither sends nor receives, copies in flight to it are dropped) or up again. */
    public void setDown(int nodeId, boolean down) {
        node(nodeId).down = down;
    }

    /** Whether {@code nodeId} is down. */
    public boolean isDown(int nodeId) {
        Node node = lookup(nodeId);
        return node != null && node.down;
    }

    /** Makes {@code faults} decide, per copy, whether a link drops it (partitions, per-link loss); none by default. */
    public void setLinkFaults(LinkFaults faults) {
        this.linkFaults = Objects.requireNonNull(faults, "faults");
    }

    /** Adds an observer of every delivered copy. */
    public void addObserver(TrafficObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** Bytes node {@code nodeId} has sent (frame headers included). */
    public long sentBytes(int nodeId) {
        Node node = lookup(nodeId);
        return node == null ? 0 : node.sentBytes;
    }

    /** Packets node {@code nodeId} has sent. */
    public long sentPackets(int nodeId) {
        Node node = lookup(nodeId);
        return node == null ? 0 : node.sentPackets;
    }

    /** Copies sent by all nodes (one per destination). */
    public long sentCopies() {
        return sentCopies;
    }

    /** Copies the network lost. */
    public long lostCopies() {
        return lostCopies;
    }

    /** Extra copies the network made by duplication. */
    public long duplicatedCopies() {
        return duplicatedCopies;
    }

    /** Copies delivered to a receiver. */
    public long deliveredCopies() {
        return deliveredCopies;
    }

    /**
     * Bytes of the protocol copies delivered: every message between two nodes neither of which is the
     * measurement point, frame headers included (SPEC 6 overhead, counted by the network, not by the agents).
     */
    public long protocolBytes() {
        return protocolBytes;
    }

    /** Protocol copies delivered (same rule as {@link #protocolBytes()}). */
    public long protocolCopies() {
        return protocolCopies;
    }

    /** Copies dropped because their destination was down, had no receiver or did not exist. */
    public long droppedCopies() {
        return droppedAtDownNodes;
    }

    private Node node(int nodeId) {
        Node node = lookup(nodeId);
        if (node == null) {
            if (nodeId == Message.BROADCAST || nodeId == Message.NONE) {
                throw new IllegalArgumentException("node id " + nodeId + " is reserved");
            }
            node = new Node(nodeId);
            nodes.put(nodeId, node);
            if (nodeId >= 0) {
                if (nodeId >= byId.length) {
                    byId = Arrays.copyOf(byId, Math.max(nodeId + 1, byId.length * 2));
                }
                byId[nodeId] = node;
            }
            sortedNodes = null; // remade at the next broadcast: adding N nodes stays O(N log N)
        }
        return node;
    }

    private Node lookup(int nodeId) {
        if (nodeId >= 0) {
            return nodeId < byId.length ? byId[nodeId] : null;
        }
        return nodes.get(nodeId);
    }

    private Node[] sortedNodes() {
        if (sortedNodes == null) {
            sortedNodes = nodes.values().toArray(new Node[0]);
        }
        return sortedNodes;
    }

    private void send(Node from, Message message) {
        Objects.requireNonNull(message, "message");
        if (message.source() != from.id) {
            throw new IllegalArgumentException(
                    "node " + from.id + " sent a " + message.type() + " whose source is " + message.source());
        }
        if (from.down) {
            return;
        }
        byte[] bytes = MessageCodec.encode(message);
        Message decoded = decode(from.id, bytes, message.type());
        int frameBytes = bytes.length + settings.frameOverheadBytes();
        if (message.destination() == Message.BROADCAST) {
            for (Node to : sortedNodes()) {
                if (to != from && to.receiver != null) {
                    transmit(from, to, decoded, frameBytes);
                }
            }
        } else {
            transmit(from, lookup(message.destination()), decoded, frameBytes);
        }
    }

    /**
     * What the receivers get: the bytes decoded again. Messages are immutable, so one decoded message serves
     * every copy of a broadcast.
     */
    private static Message decode(int source, byte[] bytes, MessageType type) {
        try {
            return MessageCodec.decode(bytes);
        } catch (MalformedMessageException e) {
            throw new IllegalStateException(
                    "a " + type + " from node " + source + " did not decode: " + e.getMessage(), e);
        }
    }

    private void transmit(Node from, Node to, Message message, int frameBytes) {
        from.sentBytes += frameBytes;
        from.sentPackets++;
        sentCopies++;
        if (linkFaults != null && to != null && linkFaults.dropsAtSend(from.id, to.id)) {
            return;
        }
        int copies = 1;
        if (settings.duplicationProbability() > 0 && random.nextDouble() < settings.duplicationProbability()) {
            copies = 2;
            duplicatedCopies++;
        }
        for (int copy = 0; copy < copies; copy++) {
            if (settings.lossProbability() > 0 && random.nextDouble() < settings.lossProbability()) {
                lostCopies++;
                continue;
            }
            double delay = settings.latencyS();
            if (settings.latencyJitterS() > 0) {
                delay += settings.latencyJitterS() * random.nextDouble();
            }
            if (settings.delayProbability() > 0 && random.nextDouble() < settings.delayProbability()) {
                delay += settings.extraDelayS() * random.nextDouble();
            }
            scheduler.schedule(delay, () -> deliver(from.id, to, message, frameBytes));
        }
    }

    private void deliver(int source, Node to, Message message, int frameBytes) {
        if (to == null || to.down || to.receiver == null) {
            droppedAtDownNodes++;
            return;
        }
        if (linkFaults != null && linkFaults.dropsAtDelivery(source, to.id)) {
            return;
        }
        deliveredCopies++;
        if (source != Message.MEASUREMENT_POINT && to.id != Message.MEASUREMENT_POINT) {
            protocolCopies++;
            protocolBytes += frameBytes;
        }
        double now = scheduler.now();
        for (TrafficObserver observer : observers) {
            observer.delivered(now, message.type(), source, to.id, frameBytes);
        }
        to.receiver.onMessage(message);
    }

    /** One node of the network: its receiver, its state and its counters. */
    private final class Node {
        final int id;
        final Transport transport;
        Transport.Receiver receiver;
        boolean down;
        long sentBytes;
        long sentPackets;

        Node(int id) {
            this.id = id;
            this.transport = message -> send(this, message);
        }
    }
}
