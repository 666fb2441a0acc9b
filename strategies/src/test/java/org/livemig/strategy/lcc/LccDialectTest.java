package org.livemig.strategy.lcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.protocol.MessageType;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.lcc.check.ModelChecker;
import org.livemig.strategy.lcc.runtime.Constraint;
import org.livemig.strategy.lcc.runtime.ConstraintRegistry;
import org.livemig.strategy.lcc.runtime.LccAgent;
import org.livemig.strategy.lcc.runtime.LccRuntimeException;
import org.livemig.strategy.lcc.runtime.LoadPolicy;
import org.livemig.strategy.lcc.runtime.MissingConstraints;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.LccSyntaxException;
import org.livemig.strategy.lcc.syntax.RoleDeclaration;
import org.livemig.strategy.testing.FakeCluster;

/** The hand-written models of src/test/resources/lcc (the published LCC dialect): parsed, checked and run. */
class LccDialectTest {

    private static final Scenario SCENARIO = Scenario.defaults();

    private final List<String> seen = new ArrayList<>();

    /** What a peer provides, plus {@code seen/N}, which records its arguments for the test. */
    private ConstraintRegistry registry() {
        ConstraintRegistry r = ConstraintRegistry.standard();
        for (int n = 2; n <= 3; n++) {
            r.register("seen", n, "records its arguments", c -> {
                seen.add(c.args().toString());
                return new Constraint.Holds();
            });
        }
        return r;
    }

    private static InteractionModel model(String name) throws Exception {
        return LccParser.parse(file(name));
    }

    private static Path file(String name) throws URISyntaxException {
        return Path.of(
                LccDialectTest.class.getClassLoader().getResource("lcc/" + name).toURI());
    }

    private void run(String name, FakeCluster c, double untilS) throws Exception {
        InteractionModel m = model(name);
        long seed = 5;
        List<LccAgent> agents = new ArrayList<>();
        for (var host : c.hosts.values()) {
            LccAgent a = (LccAgent) LccAgent.factory(m, registry(), SCENARIO, LoadPolicy.Kind.BALANCE)
                    .create(new AgentContext(
                            c.scheduler, c.network.transportFor(host.pmId()), host, new SplittableRandom(seed++)));
            c.network.attach(host.pmId(), a);
            agents.add(a);
        }
        agents.forEach(LccAgent::start);
        c.runUntil(untilS);
    }

    private static FakeCluster idlePms(int n) {
        FakeCluster c = new FakeCluster();
        for (int i = 1; i <= n; i++) {
            c.pm(i, 1, h -> {});
        }
        return c;
    }

    @Test
    void everyModelButTheUnknownOneChecksCleanAgainstWhatAPeerProvides() throws Exception {
        for (String name : List.of("arithmetic.lcc", "find-peers.lcc", "receive-guard.lcc", "balance-arith.lcc")) {
            InteractionModel m = model(name);
            assertEquals(List.of(), ModelChecker.check(m), name);
            assertEquals(List.of(), MissingConstraints.of(m, registry()), name);
        }
    }

    @Test
    void roleDeclarationsKeepKindAndCounts() throws Exception {
        List<RoleDeclaration> d = model("arithmetic.lcc").declarations();
        assertEquals(
                List.of("start INITIAL -1 -1", "asker NECESSARY 1 1", "replier AUXILIARY 1 4", "done OPTIONAL -1 -1"),
                d.stream()
                        .map(x -> x.role() + " " + x.kind() + " " + x.min() + " " + x.max())
                        .toList());
        assertEquals(
                "t.lcc:1:1: role r: at most 1 peers is fewer than at least 2",
                assertThrows(LccSyntaxException.class, () -> LccParser.parse("t.lcc", "r(r, necessary, 2, 1)"))
                        .getMessage());
    }

    @Test
    void arithmeticComparisonsStringsAndListsEvaluateInTheInterpreter() throws Exception {
        run("arithmetic.lcc", idlePms(2), 120);
        assertFalse(seen.isEmpty(), "the asker got an answer");
        assertEquals("[ok, 18.5]", seen.get(0), "X = 14, Y = 5, B + C = -0.5; every comparison held");
    }

    @Test
    void findPeersBindsAListThatAListPatternWalks() throws Exception {
        FakeCluster c = idlePms(3);
        run("find-peers.lcc", c, 120);
        assertTrue(seen.contains("[1, 2, \"hi\"]") && seen.contains("[1, 3, \"hi\"]"), seen.toString());
    }

    @Test
    void aConstraintOnAReceivedMessageSortsMessagesBetweenBranches() throws Exception {
        run("receive-guard.lcc", idlePms(2), 120);
        assertTrue(seen.contains("[cheap, 7]") && seen.contains("[dear, 20]"), seen.toString());
        assertFalse(seen.contains("[cheap, 20]") || seen.stream().anyMatch(s -> s.endsWith(" 0]")), seen.toString());
    }

    @Test
    void theBalanceModelWrittenWithComparisonsMovesAVmToTheUnderloadedPm() throws Exception {
        FakeCluster c = new FakeCluster()
                .pm(1, 2, h -> h.withVm(1, 0.5).withVm(2, 0.5).withVm(3, 0.4))
                .pm(2, 2, h -> h.withVm(4, 0.3))
                .pm(3, 2, h -> h.withVm(5, 0.5).withVm(6, 0.3));
        run("balance-arith.lcc", c, 600);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), c.allVms());
        assertEquals(2, c.vmsOn(2).size(), "PM 2 took one VM: " + c.vmsOn(2));
        assertEquals(2, c.count(MessageType.MIGRATION_ACK), "one migration, acknowledged to MP and destination");
    }

    @Test
    void unknownConstraintsAreReportedWithTheNearestNameAndRunRefusesTheFirst() throws Exception {
        InteractionModel m = model("unknown-constraints.lcc");
        String f = file("unknown-constraints.lcc").toString();
        assertEquals(
                List.of(
                        f + ":4:13: unknown constraint getPeerStat/1 (nearest: getPeerState/1)",
                        f + ":5:13: unknown constraint _findPeer/2 (nearest: _findPeers/2)",
                        f + ":5:36: unknown constraint isOverloaded/0 (nearest: isOverLoaded/0)"),
                MissingConstraints.of(m, registry()).stream()
                        .map(Object::toString)
                        .toList());
        LccRuntimeException e = assertThrows(
                LccRuntimeException.class, () -> LccAgent.factory(m, registry(), SCENARIO, LoadPolicy.Kind.BALANCE));
        assertEquals(f + ":4:13: unknown constraint getPeerStat/1 (nearest: getPeerState/1)", e.getMessage());
    }

    @Test
    void parallelCompositionIsRefusedWithItsReason() {
        LccSyntaxException e = assertThrows(LccSyntaxException.class, () -> model("parallel.lcc"));
        assertTrue(
                e.getMessage()
                        .endsWith("parallel.lcc:2:25: parallel composition 'par' is not supported: a "
                                + "livemig peer runs one role definition at a time (see strategies/README.md)"),
                e.getMessage());
    }

    @Test
    void operatorTermsReadBackAndArithmeticNeedsBoundNumbers() throws Exception {
        for (String t : List.of(
                "(1 + 2) * -X",
                "1 - (2 - 3) - 4",
                "-(1 + X)",
                "Z is X - (Y - 1) / 2",
                "f(A =< 3, [H | T], \"s\")",
                "X \\= 'Y'")) {
            assertEquals(t, LccParser.parseTerm(t).toString());
        }
        InteractionModel m = LccParser.parse("u.lcc", "a(r, I) :: null <- X > 3 then a(r, I)");
        FakeCluster c = idlePms(1);
        LccAgent a = (LccAgent) LccAgent.factory(m, registry(), SCENARIO, LoadPolicy.Kind.BALANCE)
                .create(new AgentContext(
                        c.scheduler, c.network.transportFor(1), c.hosts.get(1), new SplittableRandom(1)));
        c.network.attach(1, a);
        a.start();
        LccRuntimeException e = assertThrows(LccRuntimeException.class, () -> c.runUntil(10));
        assertEquals("u.lcc:1:20: X > 3: variable X is unbound in an arithmetic expression", e.getMessage());
    }
}
