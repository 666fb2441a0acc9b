package org.livemig.libvirt.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.overlay.Introducer;
import org.livemig.core.protocol.MessageType;
import org.livemig.libvirt.clock.WallClockScheduler;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioLoader;
import org.livemig.strategy.ScenarioAgents;
import org.livemig.strategy.agent.NegotiatingAgent;

/**
 * The Cyclon overlay of a bounded {@code negotiation.fanout} runs on the real backend as in the simulation: six
 * agents (no libvirt, steady hosts) on authenticated UDP over 127.0.0.1 shuffle their views every 0.1 s; every
 * SHUFFLE is a datagram of the same codec, views stay full, and HELLO reaches only the fanout's peers.
 */
class OverlayOverUdpTest {

    private static final ClusterKey KEY = ClusterKey.fromHex("00112233445566778899aabbccddeeff0123456789abcdef");
    private static final int NODES = 6;

    @Test
    void agentsShuffleTheirViewsOverUdp() throws Exception {
        Scenario scenario = ScenarioLoader.loadPathOrPackaged("testbed-push").toBuilder()
                .negotiation(n -> n.fanout(2).viewSize(3).shuffleLength(2).shufflePeriodS(0.1))
                .build();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        Map<Integer, InetSocketAddress> peers = new TreeMap<>();
        for (int id = 0; id < NODES; id++) {
            peers.put(id, freePort(loopback));
        }
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        Map<MessageType, AtomicLong> received = new EnumMap<>(MessageType.class);
        for (MessageType t : MessageType.values()) {
            received.put(t, new AtomicLong());
        }
        List<UdpTransport> transports = new ArrayList<>();
        List<NegotiatingAgent> agents = new ArrayList<>();
        Introducer introducer = Introducer.ofIds(
                peers.keySet().stream().mapToInt(Integer::intValue).toArray());
        try (WallClockScheduler scheduler = new WallClockScheduler("overlay", errors::add)) {
            try {
                for (int id = 0; id < NODES; id++) {
                    UdpTransport t =
                            UdpTransport.open(UdpTransport.Settings.of(id, peers.get(id), peers, KEY), scheduler);
                    transports.add(t);
                    NegotiatingAgent agent = (NegotiatingAgent) ScenarioAgents.factory(scenario)
                            .create(new AgentContext(
                                    scheduler, t, new SteadyHost(id), new SplittableRandom(id), introducer));
                    agents.add(agent);
                    t.start(m -> {
                        received.get(m.type()).incrementAndGet();
                        agent.onMessage(m);
                    });
                }
                agents.forEach(a -> scheduler.execute(a::start));
                Thread.sleep(2500);
                CountDownLatch snapshot = new CountDownLatch(1);
                int[] sizes = new int[NODES];
                scheduler.execute(() -> {
                    for (int i = 0; i < NODES; i++) {
                        sizes[i] = agents.get(i).overlayViewSize();
                    }
                    snapshot.countDown();
                });
                assertTrue(snapshot.await(10, TimeUnit.SECONDS));
                assertEquals(List.of(), errors);
                long shuffles = received.get(MessageType.SHUFFLE).get();
                long replies = received.get(MessageType.SHUFFLE_REPLY).get();
                assertTrue(shuffles >= NODES * 10L, "shuffles received over UDP: " + shuffles);
                assertTrue(replies >= shuffles - NODES, "shuffles answered: " + replies + " of " + shuffles);
                assertEquals(NODES * 2L, received.get(MessageType.HELLO).get(), "each HELLO reaches fanout peers");
                for (int size : sizes) {
                    assertTrue(size >= 2 && size <= 3, "views of 3 stay full: " + java.util.Arrays.toString(sizes));
                }
                for (UdpTransport t : transports) {
                    assertEquals(0, t.counters().dropped(), "every datagram authenticated: " + t.counters());
                }
            } finally {
                transports.forEach(UdpTransport::close);
            }
        }
    }

    private static InetSocketAddress freePort(InetAddress loopback) throws Exception {
        try (DatagramSocket reserve = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            return (InetSocketAddress) reserve.getLocalSocketAddress();
        }
    }

    /** A PM at a steady 0.4 load per core, between the testbed's thresholds, so only the overlay talks. */
    private record SteadyHost(int pmId) implements HypervisorView {
        @Override
        public int cores() {
            return 2;
        }

        @Override
        public long memoryTotalMb() {
            return 2048;
        }

        @Override
        public long memoryUsedMb() {
            return 256;
        }

        @Override
        public double reportedLoad() {
            return 0.8;
        }

        @Override
        public List<VmState> vms() {
            return List.of(new VmState(100 + pmId, 1, 256, 0.8, 2));
        }

        @Override
        public double migrationRateMbps() {
            return 12.5;
        }

        @Override
        public void startMigration(int vmId, int destination, MigrationListener listener) {
            listener.failed("a steady host migrates nothing");
        }
    }
}
