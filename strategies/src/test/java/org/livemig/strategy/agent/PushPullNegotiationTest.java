package org.livemig.strategy.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.livemig.strategy.testing.AgentScenarios.fixedThresholds;
import static org.livemig.strategy.testing.AgentScenarios.withPullDonorGuard;
import static org.livemig.strategy.testing.AgentScenarios.withSettle;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Acknowledgement;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.testing.FakeCluster;
import org.livemig.strategy.testing.LoopbackNetwork;

/** Thesis Figures 3.2 and 3.3 played out by real agents over the protocol. */
class PushPullNegotiationTest {

    private static final Scenario SETTINGS = fixedThresholds(0.7, 0.3);

    private static FakeCluster figure3(double pm2Load, boolean pm1HasVm04, NegotiationStrategy strategy) {
        return figure3(pm2Load, pm1HasVm04, strategy, SETTINGS);
    }

    private static FakeCluster figure3(
            double pm2Load, boolean pm1HasVm04, NegotiationStrategy strategy, Scenario settings) {
        return new FakeCluster()
                .pm(1, 1, h -> {
                    h.withVm(1, 0.2).withVm(2, 0.3);
                    if (pm1HasVm04) {
                        h.withVm(3, 0.4);
                    }
                })
                .pm(2, 1, h -> h.withVm(4, pm2Load))
                .start(strategy, settings);
    }

    @Test
    void pushSuccessMovesOneVmFromTheHotspotAndStops() {
        FakeCluster c = figure3(0.2, true, NegotiationStrategy.PUSH);
        c.runUntil(600);
        assertEquals(2, c.vmsOn(2).size(), "PM2 won one auction: " + c.vmsOn(2));
        assertEquals(List.of(1, 2, 3, 4), c.allVms());
        assertEquals(1, c.count(MessageType.MIGRATION_ACK) / 2, "one migration, acknowledged to MP and winner");
        Message win = c.messages(MessageType.WINNING_BID).get(0);
        assertEquals(2, win.migrationTarget(), "the winner");
        assertEquals(1, win.migrationIssuer(), "the hotspot");
        assertTrue(win.vms().get(0).load() >= 0.3, "the winning VM leaves a 0.5/0.6 split");
    }

    @Test
    void pushFailureReleasesTheCandidateAndBacksOff() {
        FakeCluster c = figure3(0.5, true, NegotiationStrategy.PUSH);
        c.runUntil(600);
        assertEquals(List.of(4), c.vmsOn(2));
        assertEquals(0, c.count(MessageType.WINNING_BID));
        long hotspots = c.count(MessageType.HOTSPOT);
        assertTrue(hotspots >= 2, "the hotspot retries after backing off: " + hotspots);
        assertEquals(hotspots, c.count(MessageType.RESOURCE_RELEASE), "every failed auction releases its candidates");
        assertTrue(hotspots < 600 / 5, "backoff spaces the attempts: " + hotspots);
    }

    @Test
    void pullSuccessStealsOneVmIntoTheColdspot() {
        FakeCluster c = figure3(0.2, true, NegotiationStrategy.PULL);
        c.runUntil(600);
        assertEquals(2, c.vmsOn(2).size(), "PM2 stole one VM: " + c.vmsOn(2));
        assertEquals(List.of(1, 2, 3, 4), c.allVms());
        Message attempt = c.messages(MessageType.STEAL_ATTEMPT).get(0);
        assertEquals(1, attempt.destination());
        assertEquals(2, attempt.migrationIssuer(), "the coldspot");
        Message ack = c.messages(MessageType.STEAL_ATTEMPT_ACK).get(0);
        assertEquals(Acknowledgement.OK, ack.ack());
        assertEquals(2, ack.migrationIssuer());
        Message done = c.messages(MessageType.MIGRATION_ACK).get(0);
        assertEquals(
                List.of(1, 2, 2),
                List.of(done.source(), done.migrationIssuer(), done.migrationTarget()),
                "source, the coldspot that started the steal, and the destination");
    }

    @Test
    void pullFailureWhenEveryMoveWouldMakeANewColdspot() {
        FakeCluster c = figure3(0.2, false, NegotiationStrategy.PULL, withPullDonorGuard(SETTINGS, true));
        c.runUntil(600);
        assertEquals(List.of(4), c.vmsOn(2));
        assertEquals(0, c.count(MessageType.STEAL_ATTEMPT));
        assertTrue(c.count(MessageType.STEAL_BROADCAST) >= 2, "the coldspot keeps asking after backoff");
    }

    @Test
    void withoutTheDonorGuardEntropyAloneDecidesTheFigure33bSteal() {
        FakeCluster c = figure3(0.2, false, NegotiationStrategy.PULL, withPullDonorGuard(SETTINGS, false));
        c.runUntil(600);
        assertEquals(List.of(1, 4), c.vmsOn(2), "0.5/0.2 becomes 0.3/0.4, a better balance");
        assertEquals(List.of(2), c.vmsOn(1), "moving the 0.3 VM instead would only mirror the imbalance");
        assertEquals(List.of(1, 2, 4), c.allVms());
    }

    @Test
    void hybridPushesAtAHotspotAndKeepsEveryVm() {
        FakeCluster c = figure3(0.2, true, NegotiationStrategy.HYBRID);
        c.runUntil(600);
        assertEquals(2, c.vmsOn(2).size());
        assertEquals(List.of(1, 2, 3, 4), c.allVms());
    }

    @Test
    void aCandidateLockedByOneHotspotBidsNothingToAnother() {
        FakeCluster c = new FakeCluster()
                .pm(1, 1, h -> h.withVm(1, 0.5).withVm(2, 0.4))
                .pm(2, 1, h -> h.withVm(3, 0.5).withVm(4, 0.4))
                .pm(3, 2, h -> h.withVm(5, 0.1))
                .start(NegotiationStrategy.PUSH, SETTINGS);
        c.runUntil(30);
        List<Message> repliesOf3 = c.messages(MessageType.HOTSPOT_REPLY).stream()
                .filter(m -> m.source() == 3)
                .toList();
        assertEquals(2, repliesOf3.size(), "both hotspots asked PM3 at the same check");
        assertEquals(
                1,
                repliesOf3.stream().filter(m -> !m.vms().isEmpty()).count(),
                "PM3 bid only for the hotspot that locked it first");
        c.runUntil(2000);
        assertEquals(List.of(1, 2, 3, 4, 5), c.allVms());
    }

    private static FakeCluster twoHotspotsOneColdPm(Scenario settings) {
        return new FakeCluster()
                .pm(1, 1, h -> h.withVm(1, 0.3).withVm(2, 0.3).withVm(3, 0.3).withVm(4, 0.3))
                .pm(2, 2, h -> h.withVm(5, 0.05))
                .pm(3, 1, h -> h.withVm(6, 0.4).withVm(7, 0.4))
                .start(NegotiationStrategy.PUSH, settings);
    }

    @Test
    void sourceWaitsItsSettlePeriodAfterAMigration() {
        FakeCluster c = twoHotspotsOneColdPm(SETTINGS);
        c.runUntil(1500);
        List<LoopbackNetwork.Sent> acks = c.sent(MessageType.MIGRATION_ACK);
        assertTrue(acks.size() >= 2, "migrations happened: " + acks.size());
        for (LoopbackNetwork.Sent ack : acks) {
            int source = ack.message().source();
            double end = ack.timeS();
            for (LoopbackNetwork.Sent h : c.sent(MessageType.HOTSPOT)) {
                if (h.message().source() == source) {
                    assertFalse(
                            h.timeS() > end && h.timeS() < end + 45,
                            "PM" + source + " auctioned at " + h.timeS() + " within 45 s of its migration ending at "
                                    + end);
                }
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), c.allVms());
    }

    @Test
    void destinationBidsNothingWhileSettling() {
        FakeCluster c = twoHotspotsOneColdPm(SETTINGS);
        c.runUntil(1500);
        int checked = 0;
        for (LoopbackNetwork.Sent ack : c.sent(MessageType.MIGRATION_ACK)) {
            int destination = ack.message().migrationTarget();
            for (LoopbackNetwork.Sent r : c.sent(MessageType.HOTSPOT_REPLY)) {
                if (r.message().source() == destination && r.timeS() > ack.timeS() && r.timeS() < ack.timeS() + 30) {
                    assertTrue(r.message().vms().isEmpty(), "PM" + destination + " bid at " + r.timeS());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "some auction asked a settling destination");
    }

    @Test
    void withoutSettlePeriodsTheHotspotAuctionsAgainAtOnce() {
        FakeCluster c = twoHotspotsOneColdPm(withSettle(SETTINGS, 0));
        c.runUntil(1500);
        LoopbackNetwork.Sent firstAck = c.sent(MessageType.MIGRATION_ACK).get(0);
        int source = firstAck.message().source();
        boolean soon = c.sent(MessageType.HOTSPOT).stream()
                .anyMatch(h -> h.message().source() == source
                        && h.timeS() > firstAck.timeS()
                        && h.timeS() < firstAck.timeS() + 10);
        assertTrue(soon, "with no settle period PM" + source + " auctions again within a check interval");
    }
}
