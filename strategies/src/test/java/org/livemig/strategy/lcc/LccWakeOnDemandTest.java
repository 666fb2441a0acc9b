package org.livemig.strategy.lcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.AgentContext;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.lcc.runtime.ConstraintRegistry;
import org.livemig.strategy.lcc.runtime.LccAgent;
import org.livemig.strategy.lcc.runtime.LccModels;
import org.livemig.strategy.lcc.runtime.LoadPolicy;
import org.livemig.strategy.testing.FakeCluster;
import org.livemig.strategy.testing.FakeHypervisor;

/** Seed 000's second model with wake on demand: an overloaded PM nobody can relieve wakes a shut-down one. */
class LccWakeOnDemandTest {

    private static final Scenario SCENARIO = Scenario.defaults();

    private static void start(FakeCluster c) {
        List<LccAgent> agents = new ArrayList<>();
        long seed = 5;
        for (var host : c.hosts.values()) {
            LccAgent a = (LccAgent) LccAgent.factory(
                            LccModels.packaged(LccModels.CONSOLIDATE),
                            ConstraintRegistry.standard(),
                            SCENARIO,
                            LoadPolicy.Kind.CONSOLIDATE)
                    .create(new AgentContext(
                            c.scheduler, c.network.transportFor(host.pmId()), host, new SplittableRandom(seed++)));
            c.network.attach(host.pmId(), a);
            agents.add(a);
        }
        agents.forEach(LccAgent::start);
    }

    /** Times at which {@code host} was seen off, probed every second up to {@code endS}. */
    private static List<Double> offTimes(FakeCluster c, FakeHypervisor host, double endS) {
        List<Double> off = new ArrayList<>();
        for (int t = 1; t <= endS; t++) {
            c.scheduler.schedule(t, () -> {
                if (!host.poweredOn()) {
                    off.add(c.scheduler.now());
                }
            });
        }
        return off;
    }

    @Test
    void anOverloadedPmWakesTheShutDownPmAndOffloadsToIt() {
        FakeCluster c = new FakeCluster()
                .pm(1, 2, h -> h.withVm(1, 0.9).withVm(2, 0.9).withVm(3, 0.8)) // load 1.3: 0.6 cores too many
                .pm(2, 2, h -> h.withVm(4, 0.5).withVm(5, 0.5).withVm(6, 0.5).withVm(7, 0.5)) // full: no room
                .pm(3, 2, h -> {}); // no load: shuts down
        FakeHypervisor empty = c.hosts.get(3);
        List<Double> off = offTimes(c, empty, 600);
        start(c);
        c.runUntil(600);
        assertFalse(off.isEmpty(), "PM 3 shut down");
        double wokeAfter = off.get(off.size() - 1) - off.get(0);
        assertTrue(wokeAfter >= SCENARIO.lcc().wakeUpS() - 1, "off for at least the wake-up time: " + wokeAfter);
        assertTrue(empty.poweredOn(), "PM 3 was woken");
        assertEquals(List.of(1), c.vmsOn(3), "the largest VM, enough for the excess, moved to the woken PM");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), c.allVms(), "no VM lost");
        assertTrue(
                c.hosts.get(1).demand() <= 2,
                "PM 1 no longer overloaded: " + c.hosts.get(1).demand());
    }

    @Test
    void aShutDownPmStaysOffWhenAPoweredOnPmHasRoom() {
        FakeCluster c = new FakeCluster()
                .pm(1, 2, h -> h.withVm(1, 0.9).withVm(2, 0.9).withVm(3, 0.8))
                .pm(2, 2, h -> h.withVm(4, 0.6).withVm(5, 0.6)) // room for 0.8 cores: can take the excess
                .pm(3, 2, h -> {});
        FakeHypervisor empty = c.hosts.get(3);
        List<Double> off = offTimes(c, empty, 600);
        start(c);
        c.runUntil(600);
        assertFalse(off.isEmpty(), "PM 3 shut down");
        assertFalse(empty.poweredOn(), "nobody needed PM 3");
        assertEquals(List.of(), c.vmsOn(3));
    }
}
