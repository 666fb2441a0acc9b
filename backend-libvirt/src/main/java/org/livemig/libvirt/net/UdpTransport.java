package org.livemig.libvirt.net;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.livemig.core.protocol.MalformedMessageException;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;

/**
 * The real network: each message is encoded with the shared {@link MessageCodec}, sealed in an authenticated
 * envelope (sender, destination, sequence number, timestamp, HMAC-SHA256 under the cluster key) and sent as
 * one UDP datagram to the configured peer; a broadcast goes to every peer except this node, the measurement
 * point included, each copy sealed for its destination. Received datagrams that are forged, replayed, stale,
 * malformed, oversized, from an unknown sender or sealed for another node are dropped and counted (no log
 * line), never delivered; accepted messages are delivered on the given
 * {@link Scheduler}'s thread. Sending is thread-safe.
 */
public final class UdpTransport implements Transport, AutoCloseable {

    /** Largest UDP payload over IPv4. */
    public static final int MAX_UDP_BYTES = MessageCodec.MAX_DATAGRAM_BYTES;

    /**
     * How a node talks to its cluster.
     *
     * @param selfId           this node's id (a PM id, or {@link Message#MEASUREMENT_POINT})
     * @param bind             local address to receive on (port 0 picks a free port)
     * @param peers            every node of the cluster by id (this node may be listed; it is skipped)
     * @param key              the cluster key
     * @param replayWindowMs   datagrams whose timestamp differs more than this from the local clock are dropped
     * @param maxDatagramBytes longer datagrams are dropped, at most {@link #MAX_UDP_BYTES}
     */
    public record Settings(
            int selfId,
            InetSocketAddress bind,
            Map<Integer, InetSocketAddress> peers,
            ClusterKey key,
            long replayWindowMs,
            int maxDatagramBytes) {
        public Settings {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(key, "key");
            peers = Map.copyOf(peers);
            if (replayWindowMs <= 0) {
                throw new IllegalArgumentException("replay window must be > 0 ms, got " + replayWindowMs);
            }
            if (maxDatagramBytes <= Envelope.OVERHEAD_BYTES || maxDatagramBytes > MAX_UDP_BYTES) {
                throw new IllegalArgumentException("largest datagram must be in (" + Envelope.OVERHEAD_BYTES + ", "
                        + MAX_UDP_BYTES + "], got " + maxDatagramBytes);
            }
        }

        /** Settings with a 30 s replay window and the largest UDP datagram. */
        public static Settings of(
                int selfId, InetSocketAddress bind, Map<Integer, InetSocketAddress> peers, ClusterKey key) {
            return new Settings(selfId, bind, peers, key, 30_000, MAX_UDP_BYTES);
        }
    }

    private final Settings settings;
    private final Scheduler deliverOn;
    private final DatagramSocket socket;
    private final Envelope sealer;
    /** Opens received datagrams; also the lock of the receive path and its replay guard. */
    private final Envelope opener;

    private final ReplayGuard guard;
    /** Last sequence number sealed: the clock in microseconds, or one more if the clock has not moved. */
    private long sequence;

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong forged = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong unknownSender = new AtomicLong();
    private final AtomicLong misdirected = new AtomicLong();
    private Thread receiverThread;
    private volatile boolean closed;

    private UdpTransport(Settings settings, Scheduler deliverOn, DatagramSocket socket) {
        this.settings = settings;
        this.deliverOn = deliverOn;
        this.socket = socket;
        this.sealer = new Envelope(settings.key());
        this.opener = new Envelope(settings.key());
        this.guard = new ReplayGuard(settings.replayWindowMs());
    }

    /**
     * Binds the socket; nothing is received until {@link #start(Receiver)}.
     *
     * @throws SocketException if the address cannot be bound
     */
    public static UdpTransport open(Settings settings, Scheduler deliverOn) throws SocketException {
        DatagramSocket socket = new DatagramSocket(null);
        try {
            socket.setReuseAddress(false);
            socket.bind(settings.bind());
        } catch (SocketException e) {
            socket.close();
            throw new SocketException("cannot bind UDP " + settings.bind() + ": " + e.getMessage());
        }
        return new UdpTransport(settings, deliverOn, socket);
    }

    /** Starts receiving; accepted messages go to {@code receiver} on the scheduler's thread. */
    public synchronized void start(Receiver receiver) {
        if (receiverThread != null) {
            throw new IllegalStateException("already started");
        }
        receiverThread = new Thread(() -> receiveLoop(receiver), "udp-" + settings.selfId());
        receiverThread.setDaemon(true);
        receiverThread.start();
    }

    /** The bound local address. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void send(Message message) {
        byte[] payload;
        try {
            payload = MessageCodec.encode(message);
        } catch (IllegalArgumentException e) {
            sendErrors.incrementAndGet();
            return;
        }
        if (message.destination() == Message.BROADCAST) {
            for (Map.Entry<Integer, InetSocketAddress> peer : new TreeMap<>(settings.peers()).entrySet()) {
                if (peer.getKey() != settings.selfId()) {
                    sealAndSend(peer.getKey(), peer.getValue(), payload);
                }
            }
        } else {
            InetSocketAddress address = settings.peers().get(message.destination());
            if (address == null) {
                sendErrors.incrementAndGet();
            } else {
                sealAndSend(message.destination(), address, payload);
            }
        }
    }

    private void sealAndSend(int destination, InetSocketAddress address, byte[] payload) {
        byte[] datagram = seal(destination, payload);
        if (datagram == null) {
            sendErrors.incrementAndGet();
        } else {
            sendTo(datagram, address);
        }
    }

    /** The datagram for {@code destination}, or null if it would exceed the largest datagram. */
    private synchronized byte[] seal(int destination, byte[] payload) {
        if (Envelope.OVERHEAD_BYTES + payload.length > settings.maxDatagramBytes()) {
            return null;
        }
        long nowMs = System.currentTimeMillis();
        sequence = Math.max(sequence + 1, nowMs * 1000);
        return sealer.seal(settings.selfId(), destination, sequence, nowMs, payload);
    }

    private void sendTo(byte[] datagram, InetSocketAddress address) {
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, address));
            sent.incrementAndGet();
        } catch (IOException e) {
            sendErrors.incrementAndGet();
        }
    }

    private void receiveLoop(Receiver receiver) {
        byte[] buffer = new byte[MAX_UDP_BYTES + 1];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            receive(buffer, packet.getLength(), receiver);
        }
    }

    /**
     * Handles one received datagram as the receiving thread does: delivers it to {@code receiver} on the
     * scheduler's thread if it is accepted, else counts why not. Package-private so tests can drive the
     * receive path with byte arrays.
     *
     * @return whether the datagram was accepted
     */
    boolean receive(byte[] data, int length, Receiver receiver) {
        Message m;
        synchronized (opener) {
            m = accept(opener, guard, data, length);
        }
        if (m == null) {
            return false;
        }
        accepted.incrementAndGet();
        deliverOn.schedule(0, () -> receiver.onMessage(m));
        return true;
    }

    /** Senders the replay guard keeps a window for (only configured peers ever get one). */
    int trackedSenders() {
        synchronized (opener) {
            return guard.senders();
        }
    }

    /** The message in a datagram, or null (and a counter raised) if it must be dropped. */
    private Message accept(Envelope opener, ReplayGuard guard, byte[] data, int length) {
        if (length > settings.maxDatagramBytes()) {
            oversized.incrementAndGet();
            return null;
        }
        Envelope.Opened opened;
        try {
            opened = opener.open(data, length);
        } catch (Envelope.RefusedException e) {
            (e.refusal == Envelope.Refusal.FORGED ? forged : malformed).incrementAndGet();
            return null;
        }
        if (!settings.peers().containsKey(opened.sender()) || opened.sender() == settings.selfId()) {
            unknownSender.incrementAndGet();
            return null;
        }
        if (opened.destination() != settings.selfId()) {
            misdirected.incrementAndGet();
            return null;
        }
        Message m;
        try {
            m = MessageCodec.decode(opened.payload());
        } catch (MalformedMessageException e) {
            malformed.incrementAndGet();
            return null;
        }
        switch (guard.check(opened.sender(), opened.sequence(), opened.timestampMs(), System.currentTimeMillis())) {
            case STALE -> {
                stale.incrementAndGet();
                return null;
            }
            case REPLAYED -> {
                replayed.incrementAndGet();
                return null;
            }
            case FRESH -> {}
        }
        if (m.source() != opened.sender()) {
            unknownSender.incrementAndGet();
            return null;
        }
        if (m.destination() != settings.selfId() && m.destination() != Message.BROADCAST) {
            misdirected.incrementAndGet();
            return null;
        }
        return m;
    }

    /** What has been sent, accepted and dropped so far. */
    public TransportCounters counters() {
        return new TransportCounters(
                sent.get(),
                sendErrors.get(),
                accepted.get(),
                forged.get(),
                replayed.get(),
                stale.get(),
                malformed.get(),
                oversized.get(),
                unknownSender.get(),
                misdirected.get());
    }

    /** Closes the socket and stops receiving. */
    @Override
    public void close() {
        closed = true;
        socket.close();
        Thread t;
        synchronized (this) {
            t = receiverThread;
        }
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
