package org.livemig.sim.workload;

import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.livemig.core.runtime.Scheduler;
import org.livemig.scenario.DemandModel;
import org.livemig.scenario.Workload;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.SimulatedVm;
import org.livemig.sim.workload.demand.GaussianRedraw;
import org.livemig.sim.workload.demand.MeanRevertingWalk;
import org.livemig.sim.workload.demand.TraceFormatException;
import org.livemig.sim.workload.demand.TraceReplay;
import org.livemig.sim.workload.demand.TraceUnreadableException;

/**
 * How each VM's demand moves over time (SPEC 4), as {@code workload.model} says: a mean-reverting walk around
 * the level its stress sets (spread as a busy fraction's, {@link MeanRevertingWalk#nextAsBusyFraction}), Gaussian re-draws of one VM at a time around that
 * level, or the replay of a
 * recorded trace. The level itself (each VM's base demand) is {@link WorkloadDriver}'s; this class sets only
 * each VM's demand factor, so that demand = base demand x factor = share x vcpus.
 */
final class DemandVariation {

    private final Scheduler scheduler;
    private final Cluster cluster;
    private final Workload workload;
    private final RandomGenerator random;
    private final MeanRevertingWalk walk;
    private final GaussianRedraw gaussian;
    private final TraceReplay trace;
    private final double traceStepS;

    /**
     * The variation of {@code workload.model}, drawing from {@code random}; a trace is re-read every
     * {@code traceStepS} (the load sample interval, so no sample misses a change).
     *
     * @throws TraceUnreadableException with one line naming the trace file and line when a trace is unreadable
     */
    DemandVariation(
            Scheduler scheduler, Cluster cluster, Workload workload, RandomGenerator random, double traceStepS) {
        this.scheduler = scheduler;
        this.cluster = cluster;
        this.workload = workload;
        this.random = random;
        this.traceStepS = traceStepS;
        this.walk = new MeanRevertingWalk(workload.walkTheta(), workload.walkSigma());
        this.gaussian = new GaussianRedraw(workload.gaussianMeanIntervalS(), workload.gaussianSd());
        this.trace = workload.model() == DemandModel.TRACE ? readTrace(workload) : null;
    }

    private static TraceReplay readTrace(Workload workload) {
        try {
            return workload.traceDir().isEmpty()
                    ? TraceReplay.readCsv(Path.of(workload.traceFile()))
                    : TraceReplay.readPlanetLab(Path.of(workload.traceDir()));
        } catch (TraceFormatException e) {
            throw new TraceUnreadableException(e);
        }
    }

    /** Whether demand is a recorded trace, not a level: then the driver sets no level. */
    boolean replaysTrace() {
        return trace != null;
    }

    /**
     * Gives a new VM (base demand already set) its first demand, as if it had been running: the walk run from
     * its level for {@link MeanRevertingWalk#warmUpSteps()} steps, a Gaussian draw around its level, or its
     * trace's value now.
     */
    void initialise(SimulatedVm vm) {
        switch (workload.model()) {
            case WALK -> {
                double level = share(vm, false);
                double u = level;
                for (int step = walk.warmUpSteps(); step > 0; step--) {
                    u = walk.nextAsBusyFraction(u, level, random);
                }
                setShare(vm, u);
            }
            case GAUSSIAN -> setShare(vm, gaussian.draw(share(vm, false), random));
            case TRACE -> {
                vm.setBaseDemand(vm.vcpus());
                vm.setDemandFactor(trace.share(vm.id(), scheduler.now()));
            }
        }
    }

    /** Schedules the model's events: walk steps, re-draws at exponential intervals, or trace reads. */
    void start() {
        switch (workload.model()) {
            case WALK -> scheduler.schedule(workload.walkStepS(), this::walkStep);
            case GAUSSIAN -> scheduleRedraw();
            case TRACE -> scheduler.schedule(traceStepS, this::traceStep);
        }
    }

    private void walkStep() {
        for (SimulatedVm vm : cluster.vms()) {
            setShare(vm, walk.nextAsBusyFraction(share(vm, true), share(vm, false), random));
        }
        scheduler.schedule(workload.walkStepS(), this::walkStep);
    }

    private void scheduleRedraw() {
        int vms = cluster.vmCount();
        if (vms > 0) {
            scheduler.schedule(gaussian.nextIntervalS(vms, random), this::redrawOne);
        } else {
            scheduler.schedule(workload.gaussianMeanIntervalS(), this::scheduleRedraw);
        }
    }

    private void redrawOne() {
        List<SimulatedVm> vms = cluster.vms();
        if (!vms.isEmpty()) {
            SimulatedVm vm = vms.get(random.nextInt(vms.size()));
            setShare(vm, gaussian.draw(share(vm, false), random));
        }
        scheduleRedraw();
    }

    private void traceStep() {
        double now = scheduler.now();
        for (SimulatedVm vm : cluster.vms()) {
            vm.setDemandFactor(trace.share(vm.id(), now));
        }
        scheduler.schedule(traceStepS, this::traceStep);
    }

    /** The VM's demand now ({@code current}) or its level, as a share of its vcpus. */
    private static double share(SimulatedVm vm, boolean current) {
        return (current ? vm.demand() : vm.baseDemand()) / vm.vcpus();
    }

    /** Makes the VM's demand {@code share} of its vcpus, keeping its level as the base demand. */
    private static void setShare(SimulatedVm vm, double share) {
        double level = share(vm, false);
        vm.setDemandFactor(level > 0 ? share / level : 0);
    }
}
