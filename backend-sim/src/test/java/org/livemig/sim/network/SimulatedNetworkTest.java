package org.livemig.sim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.core.protocol.Acknowledgement;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.scenario.Network;
import org.livemig.sim.engine.DsolScheduler;
import org.livemig.sim.engine.RandomStreams;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SimulatedNetworkTest {

    /** The network these tests ran on before it was a scenario record: 0.5 ms latency and jitter, 46-byte frames. */
    private static final Network DEFAULT =
            Network.builder().latencyS(0.0005).latencyJitterS(0.0005).build();

    private final DsolScheduler scheduler = DsolScheduler.standalone("network-test");
    private final Map<Integer, List<Message>> received = new TreeMap<>();

    @AfterEach
    void close() {
        scheduler.close();
    }

    private SimulatedNetwork network(Network settings, long seed, int... nodes) {
        SimulatedNetwork network = new SimulatedNetwork(scheduler, settings, new RandomStreams(seed).random("net"));
        for (int node : nodes) {
            received.put(node, new ArrayList<>());
            network.attach(node, received.get(node)::add);
        }
        return network;
    }

    private static Message richMessage(int source, int destination) {
        PmInfo pm = new PmInfo(source, 2, 1.25, 1.5, 2048, 768, 1234, 56);
        List<VmInfo> vms = List.of(new VmInfo(7, 1, 0.4, 0.5, 256, 2.5), new VmInfo(9, 2, 1.1, 0.9, 512, 0.3));
        return Message.builder(MessageType.HOTSPOT_REPLY, source, destination)
                .migration(42, source)
                .migrationTarget(destination)
                .ack(Acknowledgement.NOT_OK)
                .content("bid")
                .pm(pm)
                .vms(vms)
                .build();
    }

    @Test
    void deliversTheDecodedMessageAfterTheLatencyAndJitter() {
        SimulatedNetwork net = network(new Network(0.002, 0.001, 0, 0, 0, 0, 46), 1, 0, 1);
        List<Double> times = new ArrayList<>();
        net.attach(1, m -> {
            times.add(scheduler.now());
            received.get(1).add(m);
        });
        Message sent = richMessage(0, 1);

        net.transportFor(0).send(sent);
        scheduler.runUntil(1);

        assertEquals(List.of(sent), received.get(1));
        assertTrue(times.get(0) >= 0.002 && times.get(0) <= 0.003, "delivered at " + times.get(0));
    }

    @Test
    void lossAndDuplicationMatchTheirProbabilitiesForASeed() {
        int n = 20_000;
        SimulatedNetwork lossy =
                network(DEFAULT.toBuilder().lossProbability(0.1).build(), 7, 0, 1);
        for (int i = 0; i < n; i++) {
            lossy.transportFor(0).send(Message.of(MessageType.HELLO, 0, 1));
        }
        scheduler.runUntil(10);
        assertEquals(0.9, received.get(1).size() / (double) n, 0.01);
        assertEquals(n, lossy.sentCopies());
        assertEquals(n, lossy.lostCopies() + lossy.deliveredCopies());

        received.get(1).clear();
        SimulatedNetwork doubling =
                network(DEFAULT.toBuilder().duplicationProbability(0.05).build(), 8, 2, 3);
        for (int i = 0; i < n; i++) {
            doubling.transportFor(2).send(Message.of(MessageType.HELLO, 2, 3));
        }
        scheduler.runUntil(20);
        assertEquals(1.05, received.get(3).size() / (double) n, 0.01);
        assertEquals(received.get(3).size(), n + doubling.duplicatedCopies());
    }

    @Test
    void delayedCopiesArriveLaterButArrive() {
        SimulatedNetwork net = network(
                DEFAULT.toBuilder().delayProbability(0.5).extraDelayS(2.0).build(), 3, 0, 1);
        List<Double> times = new ArrayList<>();
        net.attach(1, m -> times.add(scheduler.now()));
        for (int i = 0; i < 1000; i++) {
            net.transportFor(0).send(Message.of(MessageType.HELLO, 0, 1));
        }
        scheduler.runUntil(10);
        assertEquals(1000, times.size());
        long late = times.stream().filter(t -> t > 0.001).count();
        assertEquals(0.5, late / 1000.0, 0.07);
    }

    @Test
    void broadcastReachesEveryOtherAttachedNodeIncludingTheMeasurementPoint() {
        SimulatedNetwork net = network(DEFAULT, 1, 0, 1, 2, 3, Message.MEASUREMENT_POINT);
        net.transportFor(4); // known but never attached: no receiver, not reached

        net.transportFor(2).send(Message.of(MessageType.STEAL_BROADCAST, 2, Message.BROADCAST));
        scheduler.runUntil(1);

        for (int node : List.of(0, 1, 3, Message.MEASUREMENT_POINT)) {
            assertEquals(1, received.get(node).size(), "node " + node);
            assertEquals(MessageType.STEAL_BROADCAST, received.get(node).get(0).type());
        }
        assertEquals(0, received.get(2).size(), "the sender does not hear itself");
        assertEquals(4, net.sentPackets(2));
    }

    @Test
    void aDownNodeNeitherSendsNorReceives() {
        SimulatedNetwork net = network(DEFAULT, 1, 0, 1, 2);
        net.setDown(1, true);

        net.transportFor(1).send(Message.of(MessageType.HELLO, 1, Message.BROADCAST));
        net.transportFor(0).send(Message.of(MessageType.HELLO, 0, Message.BROADCAST));
        scheduler.runUntil(1);

        assertEquals(0, received.get(1).size());
        assertEquals(1, received.get(2).size());
        assertEquals(0, net.sentPackets(1));
        assertEquals(1, net.droppedCopies());
    }

    @Test
    void countsEncodedSizePlusFrameHeadersForEachDeliveredCopy() {
        SimulatedNetwork net = network(DEFAULT, 1, 0, 1, 2, Message.MEASUREMENT_POINT);
        List<Integer> bytes = new ArrayList<>();
        List<Integer> destinations = new ArrayList<>();
        net.addObserver((time, type, source, destination, frameBytes) -> {
            assertEquals(MessageType.HOTSPOT_REPLY, type);
            assertEquals(0, source);
            destinations.add(destination);
            bytes.add(frameBytes);
        });
        Message message = richMessage(0, Message.BROADCAST);
        int expected = MessageCodec.encodedSize(message) + DEFAULT.frameOverheadBytes();

        net.transportFor(0).send(message);
        scheduler.runUntil(1);

        assertEquals(List.of(expected, expected, expected), bytes);
        assertEquals(
                List.of(Message.MEASUREMENT_POINT, 1, 2),
                destinations.stream().sorted().toList());
        assertEquals(3L * expected, net.sentBytes(0));
        assertEquals(3, net.sentPackets(0));
    }

    @Test
    void refusesAMessageWhoseSourceIsNotTheSendingNode() {
        SimulatedNetwork net = network(DEFAULT, 1, 0, 1);
        assertThrows(
                IllegalArgumentException.class, () -> net.transportFor(0).send(Message.of(MessageType.HELLO, 1, 0)));
    }

    @Test
    void sameSeedGivesTheSameDeliveries() {
        assertEquals(deliveryTrace(11), deliveryTrace(11));
        assertTrue(!deliveryTrace(11).equals(deliveryTrace(12)));
    }

    private List<String> deliveryTrace(long seed) {
        try (DsolScheduler own = DsolScheduler.standalone("trace")) {
            Network faulty = new Network(0.001, 0.01, 0.2, 0.1, 0.1, 1.0, 46);
            SimulatedNetwork net = new SimulatedNetwork(own, faulty, new RandomStreams(seed).random("net"));
            List<String> trace = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                int id = node;
                net.attach(id, m -> trace.add(own.now() + ":" + m.source() + ">" + id));
            }
            for (int i = 0; i < 50; i++) {
                net.transportFor(i % 4).send(Message.of(MessageType.HELLO, i % 4, Message.BROADCAST));
            }
            own.runUntil(10);
            return trace;
        }
    }
}
