package org.livemig.sim.datacentre;

import java.util.Objects;
import java.util.function.Consumer;
import org.livemig.core.runtime.Scheduler;
import org.livemig.scenario.OverloadFailure;

/**
 * Samples every load average of the datacentre (each PM's and each VM's) in ONE periodic event per
 * sample interval, and applies the optional overload failure: a PM whose demand stays above
 * {@code factor} x cores for {@code afterS} is handed to the failure handler.
 */
public final class LoadSampling {

    private final Scheduler scheduler;
    private final Cluster cluster;
    private final double intervalS;
    private final OverloadFailure overload;
    private final Consumer<SimulatedPm> onOverloadFailure;

    /** Sampling of {@code cluster} every load sample interval of its scenario. */
    public LoadSampling(Scheduler scheduler, Cluster cluster, Consumer<SimulatedPm> onOverloadFailure) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.intervalS = cluster.scenario().negotiation().loadSampleIntervalS();
        this.overload = cluster.scenario().overloadFailure();
        this.onOverloadFailure = Objects.requireNonNull(onOverloadFailure, "onOverloadFailure");
    }

    /** Schedules the first sample one interval from now; each sample schedules the next. */
    public void start() {
        scheduler.schedule(intervalS, this::sample);
    }

    private void sample() {
        double now = scheduler.now();
        for (SimulatedPm pm : cluster.pms()) {
            double demand = pm.sampleLoad();
            if (overload.enabled() && !pm.isDown()) {
                checkOverload(pm, demand, now);
            }
        }
        cluster.loadsSampled(now);
        scheduler.schedule(intervalS, this::sample);
    }

    private void checkOverload(SimulatedPm pm, double demand, double now) {
        if (demand <= overload.thresholdFactor() * pm.cores()) {
            pm.setOverloadSinceS(Double.NaN);
        } else if (Double.isNaN(pm.overloadSinceS())) {
            pm.setOverloadSinceS(now);
            if (overload.afterS() == 0) {
                onOverloadFailure.accept(pm);
            }
        } else if (now - pm.overloadSinceS() >= overload.afterS()) {
            onOverloadFailure.accept(pm);
        }
    }
}
