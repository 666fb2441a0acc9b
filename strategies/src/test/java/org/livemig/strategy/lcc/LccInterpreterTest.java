package org.livemig.strategy.lcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.protocol.MessageType;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.lcc.runtime.Constraint;
import org.livemig.strategy.lcc.runtime.ConstraintRegistry;
import org.livemig.strategy.lcc.runtime.LccAgent;
import org.livemig.strategy.lcc.runtime.LccModels;
import org.livemig.strategy.lcc.runtime.LccRuntimeException;
import org.livemig.strategy.lcc.runtime.LoadPolicy;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.Term;
import org.livemig.strategy.testing.FakeCluster;

/** LCC agents on the test doubles: matching, committed choice, recursion, timeouts, the seed's first model. */
class LccInterpreterTest {

    private static final Scenario SCENARIO = Scenario.defaults();

    private static List<LccAgent> start(FakeCluster c, InteractionModel model, ConstraintRegistry registry) {
        List<LccAgent> agents = new ArrayList<>();
        long seed = 3;
        for (var host : c.hosts.values()) {
            LccAgent a = (LccAgent) LccAgent.factory(model, registry, SCENARIO, LoadPolicy.Kind.BALANCE)
                    .create(new AgentContext(
                            c.scheduler, c.network.transportFor(host.pmId()), host, new SplittableRandom(seed++)));
            c.network.attach(host.pmId(), a);
            agents.add(a);
        }
        agents.forEach(LccAgent::start);
        return agents;
    }

    @Test
    void balanceMovesAVmFromTheOverloadedToTheUnderloadedPm() {
        FakeCluster c = new FakeCluster()
                .pm(1, 2, h -> h.withVm(1, 0.5).withVm(2, 0.5).withVm(3, 0.4))
                .pm(2, 2, h -> h.withVm(4, 0.3))
                .pm(3, 2, h -> h.withVm(5, 0.5).withVm(6, 0.3));
        start(c, LccModels.packaged(LccModels.BALANCE), ConstraintRegistry.standard());
        c.runUntil(600);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), c.allVms());
        assertEquals(2, c.vmsOn(2).size(), "PM 2 took one VM: " + c.vmsOn(2));
        assertEquals(2, c.count(MessageType.MIGRATION_ACK), "one migration, acknowledged to MP and destination");
    }

    @Test
    void messagesMatchByUnificationAndRecursionKeepsRunning() throws Exception {
        InteractionModel m = LccParser.parse("m.lcc", """
                a(pinger, I) :: null <- count(N) then ping(N, [x | T]) => a(ponger, J) <- T = [] then
                                pong(N) <= a(ponger, J) then a(pinger, I)
                a(ponger, J) :: ping(N, [x]) <= a(pinger, I) then pong(N) => a(pinger, I) then a(ponger, J)
                r(pinger, initial)
                """);
        int[] n = {0};
        List<Double> pongs = new ArrayList<>();
        ConstraintRegistry reg = ConstraintRegistry.standard()
                .register(
                        "count", 1, call -> Constraint.of(call.unify(call.args().get(0), new Term.Num(++n[0]))));
        FakeCluster c = new FakeCluster().pm(1, 1, h -> {}).pm(2, 1, h -> {});
        List<LccAgent> agents = start(c, m, reg);
        // PM 2 also starts as a pinger (the initial role): it finds no ponger and times out, as PM 1 does.
        c.runUntil(200);
        assertTrue(
                agents.get(0).lastFailure().contains("timed out waiting for a peer in role ponger"),
                agents.get(0).lastFailure());
        assertEquals(
                0,
                c.count(MessageType.LCC)
                        - c.messages(MessageType.LCC).stream()
                                .filter(x -> x.content().startsWith("announce"))
                                .count(),
                "no partner, no model message");
        assertTrue(pongs.isEmpty());
    }

    @Test
    void anUnknownConstraintIsAClearError() throws Exception {
        InteractionModel m = LccParser.parse("u.lcc", "a(r, I) :: null <- getPeerStat(I) then a(r, I)");
        LccRuntimeException e = assertThrows(
                LccRuntimeException.class,
                () -> LccAgent.factory(m, ConstraintRegistry.standard(), SCENARIO, LoadPolicy.Kind.BALANCE));
        assertEquals("u.lcc:1:20: unknown constraint getPeerStat/1 (nearest: getPeerState/1)", e.getMessage());
    }
}
