package org.livemig.sim.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.scenario.Hypervisor;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Scenario;
import org.livemig.sim.SimulatedDatacentre;

/**
 * Speed of the simulated datacentre: builds 19 PMs x 50 VMs and 1000 PMs x 5000 VMs (2 cores, 2 GB, up
 * to 4 vCPUs per core, medium load with noise), runs 20 000 s with an agent that does nothing and with
 * one that sends a message to a random PM every 5 s, and prints build and run wall times, events/s and the heap used after a GC.
 * Usage: {@code DatacentreBench [duration_s]}.
 */
public final class DatacentreBench {

    private DatacentreBench() {}

    /** Runs the benchmark. */
    public static void main(String[] args) {
        double durationS = args.length > 0 ? Double.parseDouble(args[0]) : 20_000;
        System.out.println("size            agent  events      build_s  run_s   events/s    heap_mb");
        for (int[] size : new int[][] {{19, 50}, {1000, 5000}}) {
            run(size[0], size[1], durationS, false);
            run(size[0], size[1], durationS, true);
        }
    }

    private static void run(int pms, int vms, double durationS, boolean chatty) {
        Scenario scenario = Scenario.builder()
                .hypervisor(Hypervisor.KVM)
                .durationS(durationS)
                .topology(t -> t.pms(pms).vms(vms))
                .workload(w -> w.level(LoadLevel.MEDIUM))
                .build();
        long start = System.nanoTime();
        try (SimulatedDatacentre datacentre = SimulatedDatacentre.build(scenario)) {
            datacentre.attachAgents(chatty ? context -> new PingAgent(context, pms) : IdleAgent::new);
            double buildS = (System.nanoTime() - start) / 1e9;
            long events = datacentre.runUntil(durationS);
            double runS = (System.nanoTime() - start) / 1e9 - buildS;
            System.gc();
            double heapMb =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%4d x %-5d  %-5s  %-10d  %-7.2f  %-6.2f  %-10.0f  %.1f%n",
                    pms,
                    vms,
                    chatty ? "ping" : "idle",
                    events,
                    buildS,
                    runS,
                    events / runS,
                    heapMb);
        }
    }

    /** An agent that does nothing. */
    private static final class IdleAgent implements PmAgent {
        IdleAgent(AgentContext context) {}

        @Override
        public void start() {}

        @Override
        public void onMessage(Message message) {}
    }

    /** An agent that sends a HELLO to a random other PM every 5 s. */
    private static final class PingAgent implements PmAgent {
        private final AgentContext context;
        private final int pms;

        PingAgent(AgentContext context, int pms) {
            this.context = context;
            this.pms = pms;
        }

        @Override
        public void start() {
            context.scheduler().schedule(5 * context.random().nextDouble(), this::ping);
        }

        private void ping() {
            int self = context.hypervisor().pmId();
            int other = (self + 1 + context.random().nextInt(pms - 1)) % pms;
            context.transport().send(Message.of(MessageType.HELLO, self, other));
            context.scheduler().schedule(5, this::ping);
        }

        @Override
        public void onMessage(Message message) {}
    }
}
