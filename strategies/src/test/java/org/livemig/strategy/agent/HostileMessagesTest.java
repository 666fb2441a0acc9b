package org.livemig.strategy.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.protocol.Acknowledgement;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.testing.ManualScheduler;
import org.livemig.scenario.ScenarioLoader;
import org.livemig.scenario.ScenarioOverrides;
import org.livemig.strategy.ScenarioAgents;
import org.livemig.strategy.testing.FakeHypervisor;

/** Messages a key holder or a broken peer may send: the agent neither acts on them nor throws. */
class HostileMessagesTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Map<Integer, FakeHypervisor> hosts = new HashMap<>();
    private final List<Message> sent = new ArrayList<>();
    private NegotiatingAgent agent;

    /** PM 1 (2 cores, VM 7 at load 0.5) and an idle PM 2 to migrate to, the agent of PM 1 running. */
    private void start(String strategy) throws Exception {
        new FakeHypervisor(1, 2, 2048, scheduler, hosts).withVm(7, 0.5);
        new FakeHypervisor(2, 2, 2048, scheduler, hosts);
        PmAgent.Factory factory = ScenarioAgents.factory(ScenarioOverrides.apply(
                ScenarioLoader.loadPathOrPackaged("testbed-pull"), List.of("strategy=" + strategy)));
        agent = (NegotiatingAgent)
                factory.create(new AgentContext(scheduler, sent::add, hosts.get(1), new SplittableRandom(1)));
        agent.start();
        scheduler.runUntil(120); // estimates of VM 7 warm up
    }

    private long count(MessageType type) {
        return sent.stream().filter(m -> m.type() == type).count();
    }

    private static VmInfo vm7() {
        return new VmInfo(7, 1, 0.5, 0.5, 256, 2);
    }

    private static Message attempt(int from, long id, VmInfo vm) {
        return Message.builder(MessageType.STEAL_ATTEMPT, from, 1)
                .migration(id, from)
                .vms(List.of(vm))
                .build();
    }

    /** A message from PM 2 to PM 1 of {@code type}, acknowledged OK, carrying {@code pm} and {@code vm}. */
    private static Message hostile(MessageType type, PmInfo pm, VmInfo vm) {
        return Message.builder(type, 2, 1)
                .migration(5, 1)
                .ack(Acknowledgement.OK)
                .pm(pm)
                .vms(List.of(vm))
                .build();
    }

    @Test
    void stealAttemptAnsweringNoStealBroadcastStartsNoMigration() throws Exception {
        start("pull");
        agent.onMessage(attempt(2, 99, vm7()));
        agent.onMessage(attempt(Message.MEASUREMENT_POINT, 99, vm7()));
        scheduler.runUntil(200);
        assertEquals(0, count(MessageType.MIGRATION), "no migration without a steal broadcast");
        assertEquals(List.of(7), hosts.get(1).vmIds());
        assertEquals(2, agent.unsolicitedMessages());

        PmInfo cold = new PmInfo(2, 2, 0, 0, 2048, 0, 0, 0);
        agent.onMessage(Message.builder(MessageType.STEAL_BROADCAST, 2, Message.BROADCAST)
                .migration(42, 2)
                .pm(cold)
                .build());
        agent.onMessage(attempt(2, 41, vm7()));
        agent.onMessage(attempt(3, 42, vm7()));
        scheduler.runUntil(201);
        assertEquals(0, count(MessageType.MIGRATION), "another steal or another PM is still unsolicited");
        agent.onMessage(attempt(2, 42, vm7()));
        scheduler.runUntil(260);
        assertEquals(1, count(MessageType.MIGRATION), "the attempt answering the broadcast is honoured");
        assertEquals(List.of(7), hosts.get(2).vmIds());
    }

    @Test
    void nanNegativeOrInfiniteFieldsAreCountedNotThrown() throws Exception {
        start("hybrid");
        double[] bad = {Double.NaN, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int rejected = 0;
        for (double x : bad) {
            PmInfo pm = new PmInfo(2, 2, x, x, 2048, 0, 0, 0);
            VmInfo vm = new VmInfo(7, 1, x, x, (long) Math.max(-1, Math.min(x, 0)), x);
            for (MessageType type : MessageType.values()) {
                agent.onMessage(hostile(type, pm, vm));
                agent.onMessage(
                        hostile(type, new PmInfo(2, -2, 1, 1, -5, -1, -1, -1), new VmInfo(8, -1, 1, 1, -256, 1)));
                rejected += 2;
            }
            scheduler.runUntil(scheduler.now() + 1);
        }
        scheduler.runUntil(scheduler.now() + 300);
        assertEquals(rejected, agent.rejectedMessages());
        assertEquals(List.of(7), hosts.get(1).vmIds());
    }

    @Test
    void peerWithTheLargestIdAllocatesNoPerIdState() throws Exception {
        start("hybrid");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        PmInfo pm = new PmInfo(Integer.MAX_VALUE, 2, 0, 0, 2048, 0, 0, 0);
        agent.onMessage(Message.of(MessageType.HELLO, Integer.MAX_VALUE, Message.BROADCAST));
        agent.onMessage(Message.builder(MessageType.STEAL_BROADCAST, Integer.MAX_VALUE, Message.BROADCAST)
                .migration(3, Integer.MAX_VALUE)
                .pm(pm)
                .build());
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 1 << 20, "one message from peer id 2^31-1 allocated " + allocated + " bytes");
    }
}
