package org.livemig.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.protocol.Message;
import org.livemig.scenario.Faults;
import org.livemig.scenario.LinkLossRule;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Preset;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Strategy;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.datacentre.DatacentreObserver;
import org.livemig.sim.invariant.InvariantViolation;
import org.livemig.strategy.ScenarioAgents;

/** What each fault of {@code faults.*} does to the simulated datacentre (scenarios/README.md, Faults). */
class FaultInjectionTest {

    /** 4 busy testbed PMs pushing at high load: migrations start within the first few hundred seconds. */
    private static Scenario busy(java.util.function.Consumer<Faults.Builder> faults) {
        return Scenario.builder()
                .preset(Preset.TESTBED)
                .strategy(Strategy.PUSH)
                .durationS(3000)
                .workload(w -> w.level(LoadLevel.HIGH))
                .faults(faults)
                .build();
    }

    private static final class Migrations implements DatacentreObserver {
        final List<MigrationResult> completed = new ArrayList<>();
        final List<String> failed = new ArrayList<>();

        @Override
        public void migrationCompleted(MigrationResult result) {
            completed.add(result);
        }

        @Override
        public void migrationFailed(double timeS, int vmId, int source, int destination, String reason) {
            failed.add(reason);
        }
    }

    private static Migrations run(Scenario scenario) {
        Migrations m = new Migrations();
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
            dc.addObserver(m);
            dc.attachAgents(ScenarioAgents.factory(scenario));
            dc.runUntil(scenario.durationS());
            dc.checkInvariants();
        }
        return m;
    }

    @Test
    void migrationsThatAlwaysFailLeaveEveryVmOnItsSource() {
        Migrations clean = run(busy(f -> {}));
        assertFalse(clean.completed.isEmpty(), "the busy testbed migrates without faults");
        Migrations m = run(busy(f -> f.migrationFailureProbability(1)));
        assertEquals(List.of(), m.completed);
        assertTrue(m.failed.stream().anyMatch(r -> r.contains("failed partway")), m.failed.toString());
    }

    @Test
    void aCrashedAgentSendsNothingUntilItRestarts() {
        Scenario scenario = busy(f -> f.crashPm(1).crashAtS(500).restartAfterS(1000));
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
            List<PmAgent> first = dc.attachAgents(ScenarioAgents.factory(scenario));
            dc.runUntil(500);
            long sentAtCrash = dc.network().sentPackets(1);
            assertEquals(3, dc.runningAgents().size(), "PM 1's agent is down");
            dc.runUntil(1499);
            assertEquals(sentAtCrash, dc.network().sentPackets(1), "a dead agent's timers and sends are gone");
            long attemptsBeforeRestart = dc.agentAttempts();
            assertTrue(first.get(1).attempts() > 0, "PM 1's first agent made attempts before it crashed");
            dc.runUntil(1500);
            assertTrue(
                    dc.agentAttempts() >= attemptsBeforeRestart,
                    "a restart keeps the crashed incarnation's attempts in the run's count");
            assertEquals(4, dc.runningAgents().size());
            assertNotEquals(first.get(1), dc.runningAgents().get(1), "a fresh agent, with empty state");
            dc.runUntil(1600);
            assertTrue(dc.network().sentPackets(1) > sentAtCrash, "the restarted agent says HELLO and goes on");
            assertEquals(1, dc.faultCounts().agentCrashes());
            assertEquals(1, dc.faultCounts().agentRestarts());
            dc.checkInvariants();
        }
    }

    @Test
    void aPartitionDropsCopiesAcrossTheCutOnlyWhileItLasts() {
        FaultCounts counts = new FaultCounts();
        LinkFaultModel links = new LinkFaultModel(Faults.builder().build(), new java.util.Random(1), counts);
        assertTrue(links.reachable(0, 3));
        links.partition(new boolean[] {true, false, false, true});
        assertTrue(links.dropsAtSend(0, 1));
        assertTrue(links.dropsAtDelivery(2, 3), "copies in flight when it starts are lost too");
        assertFalse(links.dropsAtSend(0, 3));
        assertFalse(links.dropsAtSend(1, Message.MEASUREMENT_POINT), "the measurement point is with the others");
        assertTrue(links.dropsAtSend(3, Message.MEASUREMENT_POINT));
        links.heal();
        assertFalse(links.dropsAtSend(0, 1));
        assertEquals(3L, counts.asMap().get("partition_drops"));
    }

    @Test
    void linkLossIsDirectedAndTheLastMatchingRuleWins() {
        FaultCounts counts = new FaultCounts();
        LinkFaultModel links = new LinkFaultModel(
                Faults.builder().linkLoss("*>*=1,0>1=0,mp>*=0").build(), new java.util.Random(1), counts);
        assertFalse(links.dropsAtSend(0, 1));
        assertTrue(links.dropsAtSend(1, 0), "1>0 is not 0>1: asymmetric");
        assertFalse(links.dropsAtSend(Message.MEASUREMENT_POINT, 2));
        assertEquals(LinkLossRule.MEASUREMENT_POINT, Message.MEASUREMENT_POINT, "mp in a rule is the MP");
    }

    @Test
    void aSkewedClockIsAheadAndADriftingOneStretchesTimers() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(busy(f -> {}))) {
            AgentClock clock = new AgentClock(dc.scheduler(), 12, 1.5);
            double[] ranAt = {Double.NaN};
            clock.schedule(30, () -> ranAt[0] = dc.scheduler().now());
            dc.runUntil(100);
            assertEquals(20, ranAt[0], 1e-9, "30 s on a clock running 1.5 times fast are 20 true s");
            assertEquals(12 + 1.5 * 100, clock.now(), 1e-9);
            clock.kill();
            clock.schedule(1, () -> ranAt[0] = -1);
            dc.runUntil(200);
            assertEquals(20, ranAt[0], 1e-9, "a crashed incarnation's timers never run");
        }
    }

    @Test
    void aLockHeldPastItsTimeoutIsAViolation() {
        Scenario scenario = busy(f -> {});
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
            PmAgent stuck = new PmAgent() {
                @Override
                public void start() {}

                @Override
                public void onMessage(Message message) {}

                @Override
                public String overdueLock() {
                    return "PM 0 holds its lock past its deadline";
                }
            };
            dc.attachAgents(context -> stuck);
            InvariantViolation v = assertThrows(InvariantViolation.class, () -> dc.runUntil(200));
            assertTrue(v.getMessage().contains("past its deadline"), v.getMessage());
        }
    }
}
