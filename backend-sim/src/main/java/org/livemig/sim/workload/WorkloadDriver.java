package org.livemig.sim.workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import org.livemig.core.runtime.Scheduler;
import org.livemig.scenario.InvalidScenarioException;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Topology;
import org.livemig.scenario.Workload;
import org.livemig.scenario.WorkloadType;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;
import org.livemig.sim.engine.RandomStreams;

/**
 * The load of the simulated datacentre (SPEC 5). Each VM is stressed low, medium or high at random
 * (weights 1, 2, 3, as the testbed VMs ran loadlow/medium/high.sh); demands are shared in proportion to
 * those weights, capped at each VM's vCPUs, so that the system load equals the level in the mean; each VM's
 * demand then moves around its share as {@link DemandVariation} says. A burst or drain re-shares the demand at the change
 * time for the new level; fluctuation adds up to {@code add_vms} VMs at exponential inter-arrival times
 * and removes VMs as a Poisson process whose expected count over the run is {@code remove_vms}.
 */
public final class WorkloadDriver {

    /** Each VM's dirty rate is the topology's mean times 1 +- this (uniform). */
    static final double DIRTY_RATE_SPREAD = 0.5;

    private final Scheduler scheduler;
    private final Cluster cluster;
    private final Topology topology;
    private final Workload workload;
    private final double hypervisorLoadFactor;
    private final double meanLifetimeS;
    private final RandomGenerator vmRandom;
    private final RandomGenerator placementRandom;
    private final DemandVariation variation;
    private final RandomGenerator fluctuationRandom;
    private final DistExponential unitExponential;
    private final Map<Integer, Integer> weights = new HashMap<>();
    private double demandPerWeight;
    private Scheduler.Cancellable pendingRemoval;
    private long arrivals;
    private long removals;
    private long rejectedArrivals;

    /** The workload of {@code cluster}, drawing from the streams "workload", "placement", "demand", "fluctuation". */
    public WorkloadDriver(Scheduler scheduler, Cluster cluster, RandomStreams streams) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        Scenario scenario = cluster.scenario();
        this.topology = scenario.topology();
        this.workload = scenario.workload();
        this.hypervisorLoadFactor = scenario.hypervisorLoadFactor();
        this.meanLifetimeS = workload.removeVms() > 0
                ? (double) topology.vms() * scenario.durationS() / workload.removeVms()
                : Double.POSITIVE_INFINITY;
        this.vmRandom = streams.random("workload");
        this.placementRandom = streams.random("placement");
        this.variation = new DemandVariation(
                scheduler,
                cluster,
                workload,
                streams.random("demand"),
                scenario.negotiation().loadSampleIntervalS());
        this.fluctuationRandom = streams.random("fluctuation");
        this.unitExponential = new DistExponential(streams.stream("fluctuation"), 1.0);
    }

    /**
     * Creates the initial VMs, places them (at random or round robin) where they fit, sets their demand for
     * the level, draws their noise and starts every load average at its current demand.
     */
    public void populate() {
        List<SimulatedVm> created = new ArrayList<>(topology.vms());
        for (int i = 0; i < topology.vms(); i++) {
            created.add(createVm());
        }
        switch (topology.placement()) {
            case RANDOM -> RandomPlacement.placeAll(cluster, created, placementRandom, scheduler.now());
            case ROUND_ROBIN -> RoundRobinPlacement.placeAll(cluster, created, scheduler.now());
        }
        if (!variation.replaysTrace()) {
            setLevel(workload.level().systemLoad());
            if (workload.type() == WorkloadType.BURST || workload.type() == WorkloadType.DRAIN) {
                shares(levelAfterChange()); // fails now, not at the change time, if the VMs cannot carry it
            }
        }
        for (SimulatedVm vm : cluster.vms()) {
            variation.initialise(vm);
        }
        for (SimulatedVm vm : cluster.vms()) {
            vm.warmStartLoad();
        }
        for (SimulatedPm pm : cluster.pms()) {
            pm.warmStartLoad();
        }
    }

    /** Schedules the demand variation, the burst or drain, and the fluctuation arrivals and removals. */
    public void start() {
        variation.start();
        WorkloadType type = workload.type();
        if (type == WorkloadType.BURST || type == WorkloadType.DRAIN) {
            scheduler.schedule(Math.max(0, workload.changeAtS() - scheduler.now()), this::change);
        } else if (type == WorkloadType.FLUCTUATION) {
            scheduleArrival();
            rescheduleRemoval();
        }
    }

    /**
     * The burst or drain: every VM is stressed anew (a fresh low, medium or high weight, as the testbed
     * restarted its load scripts) and the demand is shared for the new level, so load moves between PMs
     * as well as changing in total; the simulation of [22] shows system performance dropping at that
     * moment (thesis 5.2.3-5.2.4).
     */
    private void change() {
        for (SimulatedVm vm : cluster.vms()) {
            weights.put(vm.id(), drawWeight());
        }
        setLevel(levelAfterChange());
    }

    /** The system load after the change time: the burst or drain level, else the level itself. */
    private double levelAfterChange() {
        return workload.levelAt(Double.POSITIVE_INFINITY).systemLoad();
    }

    /** Demand total (cores) that gives reported system load {@code level} (the thesis calibrated on measured load). */
    public double demandFor(double level) {
        double cores = 0;
        for (SimulatedPm pm : cluster.pms()) {
            cores += pm.cores();
        }
        return level * cores / hypervisorLoadFactor;
    }

    /** Re-shares the VMs' base demand so that the system load becomes {@code level}. */
    public void setLevel(double level) {
        List<SimulatedVm> vms = cluster.vms();
        double[] demand = shares(level);
        double weightSum = 0;
        for (int i = 0; i < demand.length; i++) {
            vms.get(i).setBaseDemand(demand[i]);
            weightSum += weights.get(vms.get(i).id());
        }
        demandPerWeight = weightSum > 0 ? demandFor(level) / weightSum : 0;
    }

    private double[] shares(double level) {
        List<SimulatedVm> vms = cluster.vms();
        double[] w = new double[vms.size()];
        double[] caps = new double[vms.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(vms.get(i).id());
            caps[i] = vms.get(i).vcpus();
        }
        try {
            return DemandScaling.fill(w, caps, demandFor(level));
        } catch (IllegalArgumentException e) {
            boolean initial = level == workload.level().systemLoad();
            String key = initial
                    ? "workload.load"
                    : workload.type() == WorkloadType.BURST ? "workload.burst_load" : "workload.drain_load";
            String value = (initial ? workload.level() : workload.levelAt(Double.POSITIVE_INFINITY)).spelling();
            throw new InvalidScenarioException(
                    key,
                    "load level " + level + " is out of reach: " + e.getMessage()
                            + " (raise topology.vms or lower the level), got " + value,
                    "topology.vms");
        }
    }

    private SimulatedVm createVm() {
        double spread = DIRTY_RATE_SPREAD * (2 * vmRandom.nextDouble() - 1);
        SimulatedVm vm =
                cluster.newVm(topology.vmVcpus(), topology.vmMemoryMb(), topology.vmDirtyRateMbps() * (1 + spread));
        weights.put(vm.id(), drawWeight());
        return vm;
    }

    /** A VM's stress: low, medium or high (weights 1, 2, 3), equally likely. */
    private int drawWeight() {
        return 1 + vmRandom.nextInt(3);
    }

    private void scheduleArrival() {
        if (arrivals + rejectedArrivals >= workload.addVms()) {
            return; // workload.add_vms reached
        }
        scheduler.schedule(workload.arrivalMeanS() * unitExponential.draw(), this::arrive);
    }

    private void arrive() {
        SimulatedVm vm = createVm();
        SimulatedPm pm = RandomPlacement.randomFit(cluster, vm, fluctuationRandom);
        if (pm == null) {
            weights.remove(vm.id());
            rejectedArrivals++;
        } else {
            vm.setBaseDemand(Math.min(vm.vcpus(), demandPerWeight * weights.get(vm.id())));
            variation.initialise(vm);
            cluster.place(vm, pm, scheduler.now());
            arrivals++;
            rescheduleRemoval();
        }
        scheduleArrival();
    }

    private void rescheduleRemoval() {
        if (pendingRemoval != null) {
            pendingRemoval.cancel();
            pendingRemoval = null;
        }
        int count = cluster.vmCount();
        if (count > 0 && Double.isFinite(meanLifetimeS)) {
            double mean = meanLifetimeS / count;
            pendingRemoval = scheduler.schedule(mean * unitExponential.draw(), this::removeOne);
        }
    }

    private void removeOne() {
        pendingRemoval = null;
        List<SimulatedVm> removable = new ArrayList<>();
        for (SimulatedVm vm : cluster.vms()) {
            if (!vm.isMigrating()) {
                removable.add(vm);
            }
        }
        if (!removable.isEmpty()) {
            SimulatedVm vm = removable.get(fluctuationRandom.nextInt(removable.size()));
            cluster.remove(vm, scheduler.now());
            weights.remove(vm.id());
            removals++;
        }
        rescheduleRemoval();
    }

    /** VMs that arrived during the run (fluctuation). */
    public long arrivals() {
        return arrivals;
    }

    /** VMs removed during the run (fluctuation). */
    public long removals() {
        return removals;
    }

    /** Arrivals that found no PM with room and were dropped. */
    public long rejectedArrivals() {
        return rejectedArrivals;
    }
}
