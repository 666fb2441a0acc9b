package org.livemig.libvirt.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.protocol.Message;
import org.livemig.libvirt.clock.WallClockScheduler;
import org.livemig.scenario.ScenarioLoader;
import org.livemig.strategy.ScenarioAgents;
import org.livemig.strategy.agent.NegotiatingAgent;

/**
 * The UDP agent of PM 1 (Hybrid, a fake hypervisor, no libvirt) under attack on 127.0.0.1: 10^5 forged,
 * malformed, replayed, redirected, stale, unknown-sender and oversized datagrams and 10^4 authenticated
 * hostile ones through the receive path, then a share of each through a real socket. No forgery is accepted,
 * no migration is started, memory stays bounded and nothing is logged per datagram.
 */
class AgentFuzzTest {

    private static final ClusterKey KEY = ClusterKey.fromHex("00112233445566778899aabbccddeeff0123456789abcdef");
    private static final ClusterKey OTHER_KEY = ClusterKey.fromHex("ffeeddccbbaa99887766554433221100");
    private static final int BAD = 100_000;
    private static final int HOSTILE = 10_000;
    private static final int SOCKET_BAD = 5_000;
    private static final int SOCKET_HOSTILE = 500;
    private static final int MAX_DATAGRAM = 2048;
    private static final long WINDOW_MS = 30_000;
    private static final long HEAP_BOUND_BYTES = 32L << 20;

    @Test
    void noForgeryIsAcceptedAndNoMigrationStarted() throws Exception {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        FuzzedHost host = new FuzzedHost();
        try (DatagramSocket attacker = new DatagramSocket(loopback);
                WallClockScheduler scheduler = new WallClockScheduler("fuzz", errors::add)) {
            InetSocketAddress at = (InetSocketAddress) attacker.getLocalSocketAddress();
            InetSocketAddress self = freePort(loopback);
            Map<Integer, InetSocketAddress> peers = Map.of(1, self, 2, at, 3, at, Message.MEASUREMENT_POINT, at);
            UdpTransport transport = UdpTransport.open(
                    new UdpTransport.Settings(1, self, peers, KEY, WINDOW_MS, MAX_DATAGRAM), scheduler);
            try (transport) {
                NegotiatingAgent agent =
                        (NegotiatingAgent) ScenarioAgents.factory(ScenarioLoader.loadPathOrPackaged("testbed-hybrid"))
                                .create(new AgentContext(scheduler, transport, host, new SplittableRandom(1)));
                transport.start(agent);
                scheduler.execute(agent::start);
                HostileDatagrams adversary = new HostileDatagrams(2026, KEY, OTHER_KEY, MAX_DATAGRAM, WINDOW_MS);
                long heapBefore = usedHeapAfterGc();
                PrintStream out = System.out;
                PrintStream err = System.err;
                ByteArrayOutputStream printed = new ByteArrayOutputStream();
                long start = System.nanoTime();
                int acceptedBad = 0;
                try {
                    System.setOut(new PrintStream(printed, true));
                    System.setErr(new PrintStream(printed, true));
                    for (int i = 0; i < BAD + HOSTILE; i++) {
                        if (i % 11 == 0) {
                            byte[] d = adversary.hostile();
                            assertTrue(transport.receive(d, d.length, agent), "an authentic datagram was dropped");
                        } else {
                            byte[] d = adversary.bad();
                            acceptedBad += transport.receive(d, d.length, agent) ? 1 : 0;
                        }
                    }
                    sendThroughSocket(attacker, transport, adversary);
                    drain(scheduler);
                } finally {
                    System.setOut(out);
                    System.setErr(err);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long heapGrowth = usedHeapAfterGc() - heapBefore;
                TransportCounters c = transport.counters();
                System.out.printf(
                        "fuzz: %d bad + %d hostile datagrams (%d + %d by socket) in %.1f s; accepted "
                                + "forgeries %d; %s; agent rejected %d, unsolicited %d; migrations %d; heap +%d KB%n",
                        BAD + SOCKET_BAD,
                        HOSTILE + SOCKET_HOSTILE,
                        SOCKET_BAD,
                        SOCKET_HOSTILE,
                        seconds,
                        acceptedBad,
                        c,
                        agent.rejectedMessages(),
                        agent.unsolicitedMessages(),
                        host.migrationsStarted.get(),
                        heapGrowth >> 10);

                assertEquals(0, acceptedBad, "forged, malformed, replayed or redirected datagrams accepted");
                assertEquals(HOSTILE + SOCKET_HOSTILE, c.accepted());
                assertEquals(BAD + SOCKET_BAD, c.dropped());
                for (long kind : new long[] {
                    c.forged(),
                    c.malformed(),
                    c.replayed(),
                    c.stale(),
                    c.misdirected(),
                    c.unknownSender(),
                    c.oversized()
                }) {
                    assertTrue(kind > 1000, "every kind of bad datagram was tried: " + c);
                }
                assertEquals(List.of(), errors, "the agent threw");
                assertEquals(0, host.migrationsStarted.get(), "an unsolicited migration was started");
                assertTrue(agent.unsolicitedMessages() > 0 && agent.rejectedMessages() > 0);
                assertEquals("", printed.toString(), "a log line per bad datagram");
                assertTrue(transport.trackedSenders() <= 3, "replay state only for the three peers");
                assertTrue(heapGrowth < HEAP_BOUND_BYTES, "heap grew by " + heapGrowth + " bytes");
                assertTrue(seconds < 60, "took " + seconds + " s");
            }
        }
    }

    /** Sends datagrams from the attacker's socket, waiting every 50 so that loopback drops none. */
    private static void sendThroughSocket(DatagramSocket attacker, UdpTransport transport, HostileDatagrams adversary)
            throws Exception {
        InetSocketAddress to = transport.localAddress();
        TransportCounters before = transport.counters();
        long handled = before.accepted() + before.dropped();
        for (int i = 0; i < SOCKET_BAD + SOCKET_HOSTILE; i++) {
            byte[] d = i % 11 == 0 ? adversary.hostile() : adversary.bad();
            attacker.send(new DatagramPacket(d, d.length, to));
            handled++;
            if (i % 50 == 49 || i == SOCKET_BAD + SOCKET_HOSTILE - 1) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (count(transport) < handled) {
                    assertTrue(System.nanoTime() < deadline, "datagrams lost on loopback");
                    Thread.sleep(1);
                }
            }
        }
    }

    private static long count(UdpTransport transport) {
        TransportCounters c = transport.counters();
        return c.accepted() + c.dropped();
    }

    private static void drain(WallClockScheduler scheduler) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        scheduler.execute(done::countDown);
        assertTrue(done.await(30, TimeUnit.SECONDS), "the agent did not keep up");
    }

    private static InetSocketAddress freePort(InetSocketAddress loopback) throws Exception {
        try (DatagramSocket reserve = new DatagramSocket(loopback)) {
            return (InetSocketAddress) reserve.getLocalSocketAddress();
        }
    }

    private static long usedHeapAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
