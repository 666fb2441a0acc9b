package org.livemig.sim.fault;

import java.util.List;
import java.util.random.RandomGenerator;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.runtime.Scheduler;
import org.livemig.scenario.Faults;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.LiveMigrations;
import org.livemig.sim.datacentre.SimulatedHypervisor;
import org.livemig.sim.engine.RandomStreams;
import org.livemig.sim.network.SimulatedNetwork;

/**
 * Injects the faults of a scenario's {@code faults} group into the simulated datacentre (issue 14): link
 * faults and the partition on the network, partway failures on live migrations, and crashes, restarts and
 * skewed clocks on the agents. All draws come from streams of their own ("faults", "faults-network",
 * "faults-migration", "faults-clock"), so the rest of the run draws what it would draw without them.
 */
public final class FaultInjector {

    private final Scheduler scheduler;
    private final Cluster cluster;
    private final SimulatedNetwork network;
    private final LiveMigrations migrations;
    private final RandomStreams streams;
    private final Faults faults;
    private final FaultCounts counts = new FaultCounts();
    private final LinkFaultModel links;
    private final RandomGenerator random;
    private AgentIncarnations incarnations;

    /** Installs the network and migration faults at once; agents' faults come with {@link #attachAgents}. */
    public FaultInjector(
            Scheduler scheduler,
            Cluster cluster,
            SimulatedNetwork network,
            LiveMigrations migrations,
            RandomStreams streams,
            Faults faults) {
        this.scheduler = scheduler;
        this.cluster = cluster;
        this.network = network;
        this.migrations = migrations;
        this.streams = streams;
        this.faults = faults;
        this.random = streams.random("faults");
        this.links = new LinkFaultModel(faults, streams.random("faults-network"), counts);
        network.setLinkFaults(links);
        migrations.refuseUnreachable((a, b) -> links.reachable(a.id(), b.id()));
        if (faults.migrationFailureProbability() > 0) {
            migrations.injectFailures(
                    faults.migrationFailureProbability(),
                    streams.random("faults-migration"),
                    () -> counts.migrationFailures++);
        }
        if (faults.partitions()) {
            scheduler.schedule(faults.partitionAtS(), this::partition);
        }
    }

    /** Whether agents need their own processes and clocks (crashes or skewed clocks). */
    public boolean ownsAgents() {
        return faults.crashes() || faults.skewsClocks();
    }

    /** Creates and starts the agents as processes that can crash; schedules the crashes. */
    public List<PmAgent> attachAgents(PmAgent.Factory factory, List<SimulatedHypervisor> views) {
        incarnations = new AgentIncarnations(scheduler, network, migrations, views, streams, faults, counts, factory);
        List<PmAgent> started = incarnations.startAll();
        if (faults.crashPm() >= 0) {
            scheduler.schedule(faults.crashAtS(), () -> incarnations.crash(faults.crashPm()));
        }
        if (faults.crashRandomRatePerH() > 0) {
            for (int pm = 0; pm < views.size(); pm++) {
                scheduleRandomCrash(pm);
            }
        }
        return started;
    }

    private void scheduleRandomCrash(int pm) {
        double meanS = 3600 / faults.crashRandomRatePerH();
        double delay = -meanS * Math.log(1 - random.nextDouble());
        scheduler.schedule(delay, () -> {
            incarnations.crash(pm);
            scheduleRandomCrash(pm);
        });
    }

    /** Attempts of every agent incarnation so far (crashed and restarted agents included). */
    public long agentAttempts() {
        return incarnations.attempts();
    }

    /** The agents running now, or null when this injector does not own them. */
    public List<PmAgent> currentAgents() {
        return incarnations == null ? null : incarnations.current();
    }

    private void partition() {
        int pms = cluster.pms().size();
        boolean[] cut = new boolean[pms];
        if (pms >= 2) {
            int size = (int) Math.min(pms - 1, Math.max(1, Math.round(faults.partitionFraction() * pms)));
            int[] order = new int[pms];
            for (int i = 0; i < pms; i++) {
                order[i] = i;
            }
            for (int i = pms - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < size; i++) {
                cut[order[i]] = true;
            }
        }
        links.partition(cut);
        migrations.failMigrations((a, b) -> cut[a.id()] != cut[b.id()], "a network partition cut the migration of VM ");
        scheduler.schedule(faults.partitionDurationS(), links::heal);
    }

    /** What was injected so far. */
    public FaultCounts counts() {
        return counts;
    }
}
