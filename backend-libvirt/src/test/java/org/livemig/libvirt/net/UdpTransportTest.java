package org.livemig.libvirt.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.libvirt.clock.WallClockScheduler;

/** UDP on 127.0.0.1: round trips, and every kind of bad datagram is dropped and counted. */
class UdpTransportTest {

    private static final ClusterKey KEY = ClusterKey.fromHex("00112233445566778899aabbccddeeff0123456789abcdef");
    private static final ClusterKey OTHER_KEY = ClusterKey.fromHex("ffeeddccbbaa99887766554433221100");
    private static final InetSocketAddress ANY = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private WallClockScheduler scheduler;
    private DatagramSocket tap;
    private UdpTransport a;
    private UdpTransport b;
    private final BlockingQueue<Message> atB = new LinkedBlockingQueue<>();
    private final BlockingQueue<Message> atA = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws Exception {
        scheduler = new WallClockScheduler("test");
        tap = new DatagramSocket(ANY);
        DatagramSocket reserveB = new DatagramSocket(ANY);
        InetSocketAddress bAddress = (InetSocketAddress) reserveB.getLocalSocketAddress();
        reserveB.close();
        DatagramSocket reserveA = new DatagramSocket(ANY);
        InetSocketAddress aAddress = (InetSocketAddress) reserveA.getLocalSocketAddress();
        reserveA.close();
        Map<Integer, InetSocketAddress> peers = Map.of(
                1,
                aAddress,
                2,
                bAddress,
                3,
                (InetSocketAddress) tap.getLocalSocketAddress(),
                Message.MEASUREMENT_POINT,
                (InetSocketAddress) tap.getLocalSocketAddress());
        a = UdpTransport.open(UdpTransport.Settings.of(1, aAddress, peers, KEY), scheduler);
        b = UdpTransport.open(new UdpTransport.Settings(2, bAddress, peers, KEY, 30_000, 2048), scheduler);
        a.start(atA::add);
        b.start(atB::add);
    }

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
        tap.close();
        scheduler.close();
    }

    private static Message hotspot(int source, int destination) {
        return Message.builder(MessageType.HOTSPOT, source, destination)
                .migration(42, source)
                .content("x=1")
                .pm(new PmInfo(source, 2, 1.5, 1.4, 2048, 512, 100, 3))
                .vms(List.of(new VmInfo(7, 1, 0.5, 0.4, 256, 2.0)))
                .build();
    }

    private byte[] tapReceive() throws Exception {
        byte[] buffer = new byte[70_000];
        DatagramPacket p = new DatagramPacket(buffer, buffer.length);
        tap.setSoTimeout(10_000);
        tap.receive(p);
        return Arrays.copyOf(buffer, p.getLength());
    }

    private void inject(byte[] datagram) throws Exception {
        tap.send(new DatagramPacket(datagram, datagram.length, b.localAddress()));
    }

    /** Sends a good message after the bad one and waits for it: b has then handled the bad one. */
    private void assertOnlyMarkerArrives() throws Exception {
        a.send(Message.of(MessageType.HELLO_REPLY, 1, 2));
        Message first = atB.poll(10, TimeUnit.SECONDS);
        assertNotNull(first, "marker message not delivered");
        assertEquals(MessageType.HELLO_REPLY, first.type(), "a dropped datagram was delivered");
        assertNull(atB.poll(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void roundTripDeliversTheSameMessage() throws Exception {
        Message m = hotspot(1, 2);
        a.send(m);
        assertEquals(m, atB.poll(10, TimeUnit.SECONDS));
        b.send(Message.of(MessageType.HOTSPOT_REPLY, 2, 1));
        assertEquals(MessageType.HOTSPOT_REPLY, atA.poll(10, TimeUnit.SECONDS).type());
        assertEquals(1, b.counters().accepted());
        assertEquals(0, b.counters().dropped());
    }

    @Test
    void broadcastReachesEveryPeerButItself() throws Exception {
        a.send(Message.of(MessageType.HELLO, 1, Message.BROADCAST));
        assertEquals(MessageType.HELLO, atB.poll(10, TimeUnit.SECONDS).type());
        byte[] d1 = tapReceive();
        byte[] d2 = tapReceive(); // the tap is both PM 3 and the measurement point
        assertEquals(d1.length, d2.length);
        assertEquals(3, a.counters().sent());
        assertNull(atA.poll(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void forgedDatagramIsDropped() throws Exception {
        byte[] forged = new Envelope(OTHER_KEY)
                .seal(
                        1,
                        2,
                        System.currentTimeMillis() * 1000 + 5,
                        System.currentTimeMillis(),
                        MessageCodec.encode(hotspot(1, 2)));
        inject(forged);
        assertOnlyMarkerArrives();
        assertEquals(1, b.counters().forged());
    }

    @Test
    void tamperedPayloadIsDropped() throws Exception {
        a.send(hotspot(1, 3));
        byte[] captured = tapReceive();
        captured[Envelope.HEADER_BYTES + 5] ^= 1;
        inject(captured);
        assertOnlyMarkerArrives();
        assertEquals(1, b.counters().forged());
    }

    @Test
    void replayedDatagramIsDroppedAfterTheFirstCopy() throws Exception {
        byte[] captured = new Envelope(KEY)
                .seal(
                        1,
                        2,
                        System.currentTimeMillis() * 1000 + 3,
                        System.currentTimeMillis(),
                        MessageCodec.encode(hotspot(1, 2)));
        inject(captured);
        Message first = atB.poll(10, TimeUnit.SECONDS);
        assertEquals(MessageType.HOTSPOT, first.type());
        inject(captured);
        inject(captured);
        assertOnlyMarkerArrives();
        assertEquals(2, b.counters().replayed());
        assertEquals(2, b.counters().accepted());
    }

    @Test
    void datagramCapturedOnItsWayToAnotherPmIsDropped() throws Exception {
        a.send(hotspot(1, 3));
        byte[] toPm3 = tapReceive();
        inject(toPm3);
        a.send(Message.of(MessageType.HELLO, 1, Message.BROADCAST));
        byte[] broadcastCopyForAnother = tapReceive();
        assertEquals(MessageType.HELLO, atB.poll(10, TimeUnit.SECONDS).type());
        inject(broadcastCopyForAnother);
        assertOnlyMarkerArrives();
        assertEquals(2, b.counters().misdirected());
        assertEquals(2, b.counters().dropped());
        assertEquals(2, b.counters().accepted(), "only b's own broadcast copy and the marker");
    }

    @Test
    void staleTimestampIsDropped() throws Exception {
        byte[] old = new Envelope(KEY)
                .seal(
                        1,
                        2,
                        System.currentTimeMillis() * 1000 + 7,
                        System.currentTimeMillis() - 120_000,
                        MessageCodec.encode(hotspot(1, 2)));
        inject(old);
        assertOnlyMarkerArrives();
        assertEquals(1, b.counters().stale());
    }

    @Test
    void truncatedDatagramsAreDropped() throws Exception {
        a.send(hotspot(1, 3));
        byte[] captured = tapReceive();
        inject(Arrays.copyOf(captured, 10));
        inject(Arrays.copyOf(captured, captured.length - 1));
        inject(new byte[0]);
        assertOnlyMarkerArrives();
        assertEquals(2, b.counters().malformed());
        assertEquals(1, b.counters().forged(), "a cut MAC does not verify");
    }

    @Test
    void authenticGarbagePayloadIsMalformed() throws Exception {
        byte[] garbage = new Envelope(KEY)
                .seal(1, 2, System.currentTimeMillis() * 1000 + 9, System.currentTimeMillis(), new byte[] {1, 2, 3});
        inject(garbage);
        assertOnlyMarkerArrives();
        assertEquals(1, b.counters().malformed());
    }

    @Test
    void oversizedDatagramIsDropped() throws Exception {
        inject(new byte[4000]);
        assertOnlyMarkerArrives();
        assertEquals(1, b.counters().oversized());
    }

    @Test
    void unknownSenderAndSpoofedSourceAreDropped() throws Exception {
        long seq = System.currentTimeMillis() * 1000 + 11;
        inject(new Envelope(KEY).seal(99, 2, seq, System.currentTimeMillis(), MessageCodec.encode(hotspot(99, 2))));
        inject(new Envelope(KEY).seal(3, 2, seq, System.currentTimeMillis(), MessageCodec.encode(hotspot(1, 2))));
        assertOnlyMarkerArrives();
        assertEquals(2, b.counters().unknownSender());
    }

    @Test
    void sendingTooLargeOrToUnknownPeerIsCountedNotThrown() {
        b.send(Message.builder(MessageType.HOTSPOT, 2, 1)
                .content("y".repeat(3000))
                .build());
        b.send(Message.of(MessageType.HELLO, 2, 77));
        assertEquals(2, b.counters().sendErrors());
    }

    @Test
    void keysAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ClusterKey.fromHex("abcd"));
        assertThrows(IllegalArgumentException.class, () -> ClusterKey.fromHex("zz".repeat(16)));
        assertArrayEquals(new byte[0], new byte[0]);
        assertTrue(KEY.equals(ClusterKey.fromHex("00112233445566778899aabbccddeeff0123456789abcdef")));
    }
}
