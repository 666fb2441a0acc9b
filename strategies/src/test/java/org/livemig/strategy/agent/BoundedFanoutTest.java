package org.livemig.strategy.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.testing.AgentScenarios;
import org.livemig.strategy.testing.FakeCluster;
import org.livemig.strategy.testing.LoopbackNetwork;

/**
 * negotiation.fanout bounds every broadcast to a sample of the Cyclon overlay: 40 PMs, two of them hotspots and
 * two coldspots, Hybrid with fanout 4 of a view of 8. Auctions and steals still move VMs, no broadcast reaches more
 * than 4 peers, and the overlay's views stay full and keep changing.
 */
class BoundedFanoutTest {

    private static final int PMS = 40;

    private static FakeCluster cluster(Scenario scenario) {
        FakeCluster c = new FakeCluster();
        for (int id = 0; id < PMS; id++) {
            int pm = id;
            c.pm(pm, 1, h -> {
                if (pm < 2) {
                    h.withVm(100 + pm * 3, 0.5).withVm(101 + pm * 3, 0.3).withVm(102 + pm * 3, 0.2);
                } else if (pm >= 4) {
                    h.withVm(200 + pm, 0.5);
                }
            });
        }
        return c.start(NegotiationStrategy.HYBRID, scenario);
    }

    private static Scenario fanout(int k) {
        return AgentScenarios.fixedThresholds(0.7, 0.3).toBuilder()
                .negotiation(n -> n.fanout(k).viewSize(8).shuffleLength(3).shufflePeriodS(10))
                .build();
    }

    @Test
    void everyBroadcastReachesAtMostFanoutPeersAndVmsStillMove() {
        FakeCluster c = cluster(fanout(4));
        c.runUntil(2000);
        Map<Long, Set<Integer>> hotspotReceivers = new HashMap<>();
        for (MessageType type : List.of(
                MessageType.HELLO,
                MessageType.HOTSPOT,
                MessageType.STEAL_BROADCAST,
                MessageType.WINNING_BID,
                MessageType.RESOURCE_RELEASE)) {
            Map<String, Set<Integer>> receivers = new HashMap<>();
            for (Message m : c.messages(type)) {
                assertTrue(m.destination() >= 0, type + " sent to every node: " + m);
                receivers
                        .computeIfAbsent(m.source() + "/" + m.migrationId(), k -> new HashSet<>())
                        .add(m.destination());
                if (type == MessageType.HOTSPOT) {
                    hotspotReceivers
                            .computeIfAbsent(m.migrationId(), k -> new HashSet<>())
                            .add(m.destination());
                }
            }
            receivers.forEach((negotiation, to) -> assertTrue(to.size() <= 4, type + " " + negotiation + " " + to));
        }
        for (Message win : c.messages(MessageType.WINNING_BID)) {
            assertTrue(
                    hotspotReceivers.get(win.migrationId()).contains(win.destination()),
                    "WINNING_BID goes only to the auction's peers");
        }
        assertTrue(c.count(MessageType.HOTSPOT) > 0 && c.count(MessageType.STEAL_BROADCAST) > 0);
        assertTrue(c.vmsOn(0).size() < 3 || c.vmsOn(1).size() < 3, "a hotspot gave a VM away");
        assertTrue(c.vmsOn(2).size() + c.vmsOn(3).size() > 0, "a coldspot took a VM");
        assertEquals(6 + PMS - 4, c.allVms().size(), "no VM lost or doubled");
    }

    @Test
    void viewsStayFullAndShufflesAreAnswered() {
        FakeCluster c = cluster(fanout(4));
        c.runUntil(500);
        long shuffles = c.count(MessageType.SHUFFLE);
        long replies = c.count(MessageType.SHUFFLE_REPLY);
        assertTrue(shuffles >= PMS * 45L, "about one shuffle per PM per 10 s: " + shuffles);
        assertEquals(shuffles, replies, "on a lossless network every shuffle is answered");
        int[] sizes = c.agents.values().stream()
                .mapToInt(NegotiatingAgent::overlayViewSize)
                .toArray();
        double mean = java.util.Arrays.stream(sizes).average().orElseThrow();
        assertTrue(
                java.util.Arrays.stream(sizes).allMatch(n -> n >= 6 && n <= 8) && mean > 7.5,
                "views of 8 stay (nearly) full, a PM awaiting a reply lacks its shuffle peer: "
                        + java.util.Arrays.toString(sizes));
        for (LoopbackNetwork.Sent s : c.sent(MessageType.SHUFFLE)) {
            assertTrue(
                    s.message().content().startsWith(s.message().source() + ":0"),
                    "the initiator offers itself at age 0 (Cyclon step 3)");
        }
    }

    @Test
    void allKeepsTheThesisBroadcastAndNoOverlay() {
        FakeCluster c = cluster(AgentScenarios.fixedThresholds(0.7, 0.3));
        c.runUntil(500);
        assertEquals(0, c.count(MessageType.SHUFFLE));
        assertTrue(c.messages(MessageType.HOTSPOT).stream().allMatch(m -> m.destination() == Message.BROADCAST));
        c.agents.values().forEach(a -> assertEquals(0, a.overlayViewSize()));
    }
}
