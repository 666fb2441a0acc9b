package org.livemig.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.overlay.Introducer;
import org.livemig.core.runtime.Transport;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.scenario.Scenario;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.DatacentreObserver;
import org.livemig.sim.datacentre.LiveMigrations;
import org.livemig.sim.datacentre.LoadSampling;
import org.livemig.sim.datacentre.SimulatedHypervisor;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;
import org.livemig.sim.engine.DsolScheduler;
import org.livemig.sim.engine.RandomStreams;
import org.livemig.sim.fault.FaultCounts;
import org.livemig.sim.fault.FaultInjector;
import org.livemig.sim.invariant.InvariantChecker;
import org.livemig.sim.invariant.InvariantViolation;
import org.livemig.sim.network.SimulatedNetwork;
import org.livemig.sim.network.TrafficObserver;
import org.livemig.sim.workload.WorkloadDriver;

/**
 * The simulated datacentre as a DSOL model (SPEC 4): PMs and VMs, their load averages, live migrations,
 * the LAN, the workload and the invariant checks, built from a {@link Scenario}: the same records the YAML
 * file, the CLI and the agents read. Agents and the measurement point attach through {@link #attachAgents}
 * and {@link #attach}; {@link #runUntil} runs it. The same scenario (seed included) and agents give the same
 * sequence of events.
 */
public final class SimulatedDatacentre extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>>
        implements AutoCloseable {

    private static final long serialVersionUID = 1L;

    /** Invariants are checked after every migration event and also this often, s. */
    public static final double INVARIANT_CHECK_INTERVAL_S = 100;

    private final transient DsolScheduler scheduler;
    private final transient Scenario scenario;
    private final transient RandomStreams streams;
    private transient Cluster cluster;
    private transient SimulatedNetwork network;
    private transient LiveMigrations migrations;
    private transient InvariantChecker invariants;
    private transient WorkloadDriver workload;
    private transient List<SimulatedHypervisor> hypervisors;
    private transient List<PmAgent> agents;
    private transient FaultInjector faults;

    private SimulatedDatacentre(DsolScheduler scheduler, Scenario scenario) {
        super(scheduler.simulator());
        this.scheduler = scheduler;
        this.scenario = scenario;
        this.streams = new RandomStreams(scenario.seed(), getStreamInformation());
    }

    /** Builds the datacentre of {@code scenario} at time 0; a workload it cannot place gives a one-line exception. */
    public static SimulatedDatacentre build(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        DsolScheduler scheduler = new DsolScheduler("livemig-" + scenario.seed());
        SimulatedDatacentre datacentre = new SimulatedDatacentre(scheduler, scenario);
        try {
            scheduler.initialize(datacentre);
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
        return datacentre;
    }

    /** Called by DSOL when the simulator is initialised: builds every part and schedules its events. */
    @Override
    public void constructModel() {
        cluster = new Cluster(scenario);
        network = new SimulatedNetwork(scheduler, scenario.network(), streams.random("network"));
        migrations = new LiveMigrations(
                scheduler,
                cluster,
                new PreCopyMigrationCost(scenario.costModel().preCopyParameters()));
        invariants = new InvariantChecker(cluster, scheduler);
        invariants.countMigrationsWith(migrations::activeCount);
        migrations.afterEachEvent(this::checkInvariantsOrFail);
        List<SimulatedHypervisor> views = new ArrayList<>();
        for (SimulatedPm pm : cluster.pms()) {
            network.transportFor(pm.id());
            views.add(new SimulatedHypervisor(pm, migrations, network::setDown, this::wake));
        }
        hypervisors = Collections.unmodifiableList(views);
        if (scenario.faults().any()) {
            faults = new FaultInjector(scheduler, cluster, network, migrations, streams, scenario.faults());
        }
        new LoadSampling(scheduler, cluster, this::failPm).start();
        workload = new WorkloadDriver(scheduler, cluster, streams);
        workload.populate();
        workload.start();
        invariants.check();
        scheduler.schedule(INVARIANT_CHECK_INTERVAL_S, this::periodicCheck);
    }

    private void periodicCheck() {
        invariants.check();
        invariants.checkLocks(runningAgents());
        scheduler.schedule(INVARIANT_CHECK_INTERVAL_S, this::periodicCheck);
    }

    private void checkInvariantsOrFail(SimulatedPm source, SimulatedPm destination) {
        try {
            invariants.checkPms(source, destination);
        } catch (InvariantViolation violation) {
            scheduler.fail(violation); // ends the run after the current event, whoever called us
        }
    }

    /**
     * Creates one agent per PM with its own context (this scheduler, the PM's transport and hypervisor, a
     * random stream "agent-ID", every other PM as an overlay contact), makes it the network receiver of its PM,
     * and starts the agents in PM order in events at the current time. Once only.
     */
    public List<PmAgent> attachAgents(PmAgent.Factory factory) {
        Objects.requireNonNull(factory, "factory");
        if (agents != null) {
            throw new IllegalStateException("agents are already attached");
        }
        if (faults != null && faults.ownsAgents()) {
            agents = faults.attachAgents(factory, hypervisors);
            return agents;
        }
        List<PmAgent> created = new ArrayList<>();
        Introducer introducer = Introducer.ofRange(hypervisors.size()); // PM ids are 0 .. pms - 1
        for (SimulatedHypervisor view : hypervisors) {
            int id = view.pmId();
            AgentContext context = new AgentContext(
                    scheduler, network.transportFor(id), view, streams.random("agent-" + id), introducer);
            PmAgent agent = Objects.requireNonNull(factory.create(context), "the factory returned no agent");
            network.attach(id, agent);
            created.add(agent);
        }
        agents = Collections.unmodifiableList(created);
        for (PmAgent agent : agents) {
            scheduler.schedule(0, agent::start);
        }
        return agents;
    }

    /** The agents running now: all once attached, less those crashed and not yet restarted; none before. */
    public List<PmAgent> runningAgents() {
        if (faults != null && faults.currentAgents() != null) {
            return faults.currentAgents();
        }
        return agents == null ? List.of() : agents;
    }

    /**
     * The migration attempts the PMs' agents have made so far, by their own counters: with agent crashes and
     * restarts, those of every incarnation (a restarted agent starts from zero, its predecessor's attempts stay).
     */
    public long agentAttempts() {
        if (faults != null && faults.ownsAgents()) {
            return faults.agentAttempts();
        }
        long total = 0;
        for (PmAgent agent : runningAgents()) { // without agent faults every agent runs, once
            total += agent.attempts();
        }
        return total;
    }

    /** What the scenario's faults injected so far, or null when it has none. */
    public FaultCounts faultCounts() {
        return faults == null ? null : faults.counts();
    }

    /** Attaches another node (the measurement point, {@code Message.MEASUREMENT_POINT}) and returns its transport. */
    public Transport attach(int nodeId, Transport.Receiver receiver) {
        if (cluster.pm(nodeId) != null) {
            throw new IllegalArgumentException("node " + nodeId + " is a PM; attach agents with attachAgents");
        }
        network.attach(nodeId, receiver);
        return network.transportFor(nodeId);
    }

    /** Runs every event up to and including {@code endS}; returns the events run. Failures are rethrown. */
    public long runUntil(double endS) {
        return scheduler.runUntil(endS);
    }

    /** Events executed so far. */
    public long eventCount() {
        return scheduler.executedEvents();
    }

    /**
     * Wakes powered-off PM {@code pmId}: it boots for {@code bootS} s (still off and down on the network),
     * then is on again. False when there is no such PM or it is on, booting or failed.
     */
    boolean wake(int pmId, double bootS) {
        SimulatedPm pm = cluster.pm(pmId);
        if (pm == null || !pm.isPoweredOff() || pm.isBooting() || pm.isDown()) {
            return false;
        }
        pm.setBooting(true);
        scheduler.schedule(bootS, () -> viewOf(pmId).powerOn());
        return true;
    }

    private SimulatedHypervisor viewOf(int pmId) {
        for (SimulatedHypervisor view : hypervisors) {
            if (view.pmId() == pmId) {
                return view;
            }
        }
        throw new IllegalArgumentException("there is no PM " + pmId);
    }

    /** Makes PM {@code pmId} fail now: it stops answering, its migrations fail, its VMs stay on it. */
    public void failPm(int pmId) {
        SimulatedPm pm = cluster.pm(pmId);
        if (pm == null) {
            throw new IllegalArgumentException("there is no PM " + pmId);
        }
        failPm(pm);
    }

    private void failPm(SimulatedPm pm) {
        if (pm.isDown()) {
            return;
        }
        cluster.markDown(pm, scheduler.now());
        network.setDown(pm.id(), true);
        migrations.failMigrationsOf(pm);
    }

    /** Checks the invariants now; throws {@link InvariantViolation} if one is broken. */
    public void checkInvariants() {
        invariants.check();
        invariants.checkLocks(runningAgents());
    }

    /** Where every VM runs now, VM id to PM id (a migrating VM on its source). */
    public Map<Integer, Integer> placement() {
        Map<Integer, Integer> placement = new TreeMap<>();
        for (SimulatedVm vm : cluster.vms()) {
            placement.put(vm.id(), vm.host().id());
        }
        return placement;
    }

    /** Mean normalised reported load over the PMs that are up (thesis eq. 4.1). */
    public double systemLoad() {
        return cluster.systemLoad();
    }

    /** Adds an observer of migrations, VM arrivals and removals, PM failures and load samples. */
    public void addObserver(DatacentreObserver observer) {
        cluster.addObserver(observer);
    }

    /** Adds an observer of every delivered message copy. */
    public void addTrafficObserver(TrafficObserver observer) {
        network.addObserver(observer);
    }

    public DsolScheduler scheduler() {
        return scheduler;
    }

    public SimulatedNetwork network() {
        return network;
    }

    /** The scenario this datacentre runs. */
    public Scenario scenario() {
        return scenario;
    }

    /** The PMs and VMs. */
    public Cluster cluster() {
        return cluster;
    }

    public WorkloadDriver workload() {
        return workload;
    }

    /** Live migrations under way. */
    public int activeMigrations() {
        return migrations.activeCount();
    }

    /** The hypervisor view of PM {@code pmId}. */
    public SimulatedHypervisor hypervisor(int pmId) {
        SimulatedPm pm = cluster.pm(pmId);
        if (pm == null) {
            throw new IllegalArgumentException("there is no PM " + pmId);
        }
        return hypervisors.get(pmId);
    }

    /** The hypervisor views of all PMs, by PM id. */
    public List<SimulatedHypervisor> hypervisors() {
        return hypervisors;
    }

    /** Number of invariant checks made. */
    public long invariantChecks() {
        return invariants.checks();
    }

    /** Ends the simulator's worker thread. */
    @Override
    public void close() {
        scheduler.close();
    }
}
