package org.livemig.strategy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.overlay.Introducer;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.testing.ManualScheduler;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.agent.NegotiatingAgent;
import org.livemig.strategy.agent.NegotiationStrategy;

/** PMs with fake hypervisors and real agents on a loopback network, for protocol tests. */
public final class FakeCluster {

    public final ManualScheduler scheduler = new ManualScheduler();
    public final LoopbackNetwork network = new LoopbackNetwork(scheduler);
    public final Map<Integer, FakeHypervisor> hosts = new TreeMap<>();
    public final Map<Integer, NegotiatingAgent> agents = new TreeMap<>();

    /** Adds a PM with {@code cores} and 2048 MB; {@code vms} adds its VMs. */
    public FakeCluster pm(int id, int cores, Consumer<FakeHypervisor> vms) {
        vms.accept(new FakeHypervisor(id, cores, 2048, scheduler, hosts));
        return this;
    }

    /** Starts one agent per PM with {@code strategy}, negotiating as {@code scenario} says. */
    public FakeCluster start(NegotiationStrategy strategy, Scenario scenario) {
        long seed = 7;
        Introducer introducer = Introducer.ofIds(
                hosts.keySet().stream().mapToInt(Integer::intValue).toArray());
        for (FakeHypervisor host : hosts.values()) {
            AgentContext ctx = new AgentContext(
                    scheduler, network.transportFor(host.pmId()), host, new SplittableRandom(seed++), introducer);
            NegotiatingAgent agent = new NegotiatingAgent(ctx, scenario, strategy);
            agents.put(host.pmId(), agent);
            network.attach(host.pmId(), agent);
        }
        agents.values().forEach(NegotiatingAgent::start);
        return this;
    }

    public void runUntil(double endS) {
        scheduler.runUntil(endS);
    }

    public List<Integer> vmsOn(int pm) {
        return hosts.get(pm).vmIds();
    }

    public long count(MessageType type) {
        return network.log().stream().filter(s -> s.message().type() == type).count();
    }

    /** The messages of {@code type}, in order. */
    public List<Message> messages(MessageType type) {
        return sent(type).stream().map(LoopbackNetwork.Sent::message).toList();
    }

    /** The messages of {@code type} with their send times, in order. */
    public List<LoopbackNetwork.Sent> sent(MessageType type) {
        return network.log().stream().filter(s -> s.message().type() == type).toList();
    }

    /** Every VM id on some PM, sorted; a VM on two PMs appears twice. */
    public List<Integer> allVms() {
        List<Integer> all = new ArrayList<>();
        hosts.values().forEach(h -> all.addAll(h.vmIds()));
        all.sort(Integer::compare);
        return all;
    }
}
