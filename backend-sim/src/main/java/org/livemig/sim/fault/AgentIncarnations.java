package org.livemig.sim.fault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.overlay.Introducer;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;
import org.livemig.scenario.Faults;
import org.livemig.sim.datacentre.LiveMigrations;
import org.livemig.sim.datacentre.SimulatedHypervisor;
import org.livemig.sim.engine.RandomStreams;
import org.livemig.sim.network.SimulatedNetwork;

/**
 * The agent process of each PM, which can crash and restart (faults.crash_*, faults.restart_after_s) and whose
 * host clock can be skewed (faults.clock_*). A crash loses everything the agent held in memory: its locks, its
 * auctions and steals, its load history; its timers stop, its messages are dropped, and the live migrations it
 * started are aborted (libvirt cancels the jobs of a client whose connection closes), the VMs staying on their
 * sources. Migrations into its PM go on: the source drives them. The VMs keep running. On restart a fresh agent
 * (random stream {@code agent-ID-rN}) starts as at the beginning of a run, announcing itself with HELLO.
 */
public final class AgentIncarnations {

    private final Scheduler scheduler;
    private final SimulatedNetwork network;
    private final LiveMigrations migrations;
    private final List<SimulatedHypervisor> views;
    private final RandomStreams streams;
    private final Faults faults;
    private final FaultCounts counts;
    private final PmAgent.Factory factory;
    private final double[] offsetS;
    private final double[] rate;
    private final AgentClock[] clocks;
    private final PmAgent[] agents;
    private long retiredAttempts;
    private final int[] restarts;

    AgentIncarnations(
            Scheduler scheduler,
            SimulatedNetwork network,
            LiveMigrations migrations,
            List<SimulatedHypervisor> views,
            RandomStreams streams,
            Faults faults,
            FaultCounts counts,
            PmAgent.Factory factory) {
        this.scheduler = scheduler;
        this.network = network;
        this.migrations = migrations;
        this.views = views;
        this.streams = streams;
        this.faults = faults;
        this.counts = counts;
        this.factory = Objects.requireNonNull(factory, "factory");
        int n = views.size();
        offsetS = new double[n];
        rate = new double[n];
        Arrays.fill(rate, 1.0);
        clocks = new AgentClock[n];
        agents = new PmAgent[n];
        restarts = new int[n];
        if (faults.skewsClocks()) {
            RandomGenerator clockRandom = streams.random("faults-clock");
            for (int pm = 0; pm < n; pm++) {
                // Ahead of true time by up to the maximum, so PMs differ pairwise by up to it and no clock
                // reads below 0.
                offsetS[pm] = faults.clockSkewMaxS() * clockRandom.nextDouble();
                rate[pm] = 1 + faults.clockDriftMaxPpm() * 1e-6 * (2 * clockRandom.nextDouble() - 1);
                counts.skewedClocks++;
            }
        }
    }

    /** Creates the first agent of every PM and starts them in PM order at the current time. */
    List<PmAgent> startAll() {
        for (int pm = 0; pm < views.size(); pm++) {
            incarnate(pm, "agent-" + pm);
        }
        for (PmAgent agent : agents) {
            scheduler.schedule(0, agent::start);
        }
        return current();
    }

    private void incarnate(int pm, String streamName) {
        AgentClock clock = new AgentClock(scheduler, offsetS[pm], rate[pm]);
        Transport wire = network.transportFor(pm);
        Transport transport = message -> {
            if (clock.alive()) {
                wire.send(message);
            }
        };
        AgentContext context = new AgentContext(
                clock,
                transport,
                new IncarnationHypervisor(views.get(pm), clock),
                streams.random(streamName),
                Introducer.ofRange(views.size())); // PM ids are 0 .. pms - 1
        PmAgent agent = Objects.requireNonNull(factory.create(context), "the factory returned no agent");
        clocks[pm] = clock;
        agents[pm] = agent;
        network.attach(pm, agent);
    }

    /** Whether PM {@code pm}'s agent is running (not crashed and waiting to restart). */
    boolean running(int pm) {
        return clocks[pm] != null && clocks[pm].alive();
    }

    /** Crashes PM {@code pm}'s agent now, restarting it later if faults.restart_after_s says so. */
    void crash(int pm) {
        if (!running(pm)) {
            return;
        }
        clocks[pm].kill();
        network.attach(pm, message -> {}); // the port is closed: datagrams to it are lost
        counts.agentCrashes++;
        var host = views.get(pm).pm();
        migrations.failMigrations(
                (source, destination) -> source == host,
                "the agent of PM " + pm + " crashed during the migration of VM ");
        if (faults.restarts()) {
            scheduler.schedule(faults.restartAfterS(), () -> restart(pm));
        }
    }

    private void restart(int pm) {
        retiredAttempts += agents[pm].attempts(); // the attempts a crashed incarnation made still happened
        restarts[pm]++;
        incarnate(pm, "agent-" + pm + "-r" + restarts[pm]);
        counts.agentRestarts++;
        agents[pm].start();
    }

    /** Attempts of every incarnation of every agent so far: those replaced by a restart and those in place now. */
    public long attempts() {
        long total = retiredAttempts;
        for (PmAgent agent : agents) {
            total += agent == null ? 0 : agent.attempts();
        }
        return total;
    }

    /** The agents running now (a crashed agent that has not restarted is left out). */
    public List<PmAgent> current() {
        List<PmAgent> running = new ArrayList<>(agents.length);
        for (int pm = 0; pm < agents.length; pm++) {
            if (running(pm)) {
                running.add(agents[pm]);
            }
        }
        return running;
    }
}
