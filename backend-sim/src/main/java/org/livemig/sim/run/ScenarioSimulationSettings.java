package org.livemig.sim.run;

import org.livemig.cost.PreCopyParameters;
import org.livemig.scenario.CostModel;
import org.livemig.scenario.Negotiation;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Topology;
import org.livemig.scenario.Workload;
import org.livemig.sim.SimulationSettings;
import org.livemig.sim.datacentre.DatacentreSettings;
import org.livemig.scenario.Hypervisor;
import org.livemig.sim.datacentre.OverloadFailureSettings;
import org.livemig.sim.network.NetworkSettings;
import org.livemig.sim.workload.FluctuationSettings;
import org.livemig.sim.workload.WorkloadSettings;
import org.livemig.scenario.WorkloadType;
import org.livemig.strategy.agent.AgentSettings;

/** Turns a scenario (the experiment) into the settings of the simulated datacentre (the model). */
final class ScenarioSimulationSettings {

    /** Invariants are checked after every migration event and also this often, s. */
    private static final double INVARIANT_CHECK_INTERVAL_S = 100;
    /** Share of the mean dirty rate by which VMs differ (uniform +-). */
    private static final double DIRTY_RATE_SPREAD = 0.5;

    private ScenarioSimulationSettings() {
    }

    static SimulationSettings of(Scenario s) {
        return new SimulationSettings(s.seed(), datacentre(s), network(s), workload(s), INVARIANT_CHECK_INTERVAL_S);
    }

    private static DatacentreSettings datacentre(Scenario s) {
        Topology t = s.topology();
        Negotiation n = s.negotiation();
        CostModel c = s.costModel();
        Hypervisor kind = s.hypervisor();
        var failure = s.overloadFailure().enabled()
                ? OverloadFailureSettings.after(s.overloadFailure().thresholdFactor(), s.overloadFailure().afterS())
                : OverloadFailureSettings.DISABLED;
        return new DatacentreSettings(t.pms(), t.coresPerPm(), t.memoryPerPmMb(), t.linkMbitps() / 8, kind,
                n.loadSampleIntervalS(), n.loadAverageWindowS(), AgentSettings.DEFAULT_VCPU_OVERCOMMIT,
                new PreCopyParameters(c.a(), c.b(), c.c(), c.thresholdMb(), c.resumeS(), c.maxRounds()), failure);
    }

    private static NetworkSettings network(Scenario s) {
        var n = s.network();
        return new NetworkSettings(n.latencyS(), n.latencyJitterS(), n.lossProbability(), n.duplicationProbability(),
                n.delayProbability(), n.extraDelayS());
    }

    /**
     * Fluctuation: VMs arrive with exponential gaps of mean {@code arrival_mean_s}; removals run at a rate
     * that takes out about {@code remove_vms} VMs over the run.
     */
    private static WorkloadSettings workload(Scenario s) {
        Topology t = s.topology();
        Workload w = s.workload();
        double lifetimeS = w.removeVms() > 0 ? (double) t.vms() * s.durationS() / w.removeVms() : 1e15;
        return new WorkloadSettings(t.vms(), t.vmVcpus(), t.vmMemoryMb(), t.vmDirtyRateMbps(), DIRTY_RATE_SPREAD,
                w.level().systemLoad(), true, w.demandNoise(), w.demandSampleIntervalS(),
                w.type(), w.changeAtS(), w.burstLevel().systemLoad(),
                w.drainLevel().systemLoad(), new FluctuationSettings(w.arrivalMeanS(), lifetimeS),
                t.placement());
    }
}
