package org.livemig.strategy.central;

import java.util.Optional;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Strategy;

/**
 * The baselines a scenario's {@code strategy} may name (issue 15): {@code none}; {@code central-threshold}
 * (static threshold = the push threshold, minimum migration time, best fit; CloudSim Plus
 * VmAllocationPolicyMigrationBestFitStaticThreshold with VmSelectionPolicyMinimumMigrationTime); and
 * {@code central-lr-mmt} (local regression with safety parameter 1.2 over the last 10 reports, minimum migration
 * time, least power increase and under-load consolidation; Beloglazov and Buyya 2012, LR-MMT).
 */
public final class Baselines {

    /** LR safety parameter s (Beloglazov and Buyya 2012, section 6.3: LR with s = 1.2 is their best policy). */
    public static final double LR_SAFETY = 1.2;

    private Baselines() {}

    /** The agents of a baseline strategy; empty for the others. */
    public static Optional<PmAgent.Factory> agents(Scenario scenario) {
        Strategy s = scenario.strategy();
        if (s == Strategy.NONE) {
            return Optional.of(context -> new NoMigrationAgent());
        }
        if (!s.central()) {
            return Optional.empty();
        }
        return Optional.of(context -> new CentralWorker(
                context,
                scenario.network().frameOverheadBytes(),
                scenario.negotiation().centralIntervalS(),
                s == Strategy.CENTRAL_LR_MMT));
    }

    /** The central manager of a central baseline, talking through {@code transport}; empty for the others. */
    public static Optional<CentralManager> manager(Scenario scenario, Scheduler scheduler, Transport transport) {
        Strategy s = scenario.strategy();
        if (!s.central()) {
            return Optional.empty();
        }
        double threshold = scenario.negotiation().pushThreshold();
        double intervalS = scenario.negotiation().centralIntervalS();
        PreCopyMigrationCost cost =
                new PreCopyMigrationCost(scenario.costModel().preCopyParameters());
        double rate = scenario.topology().linkMBytesPerS();
        boolean lr = s == Strategy.CENTRAL_LR_MMT;
        // LR looks ahead by the intervals the longest migration spans (CloudSim's migrationIntervals), here 1
        OverloadDetection detection = lr
                ? OverloadDetection.localRegression(LR_SAFETY, CentralManager.HISTORY, 1, threshold)
                : OverloadDetection.staticThreshold(threshold);
        CentralPlan plan = new CentralPlan(
                detection,
                lr ? CentralPlan.Placement.LEAST_POWER_INCREASE : CentralPlan.Placement.BEST_FIT,
                scenario.energy().powerModel(),
                cost,
                rate);
        return Optional.of(new CentralManager(
                scheduler, transport, plan, lr, intervalS, scenario.topology().maxVcpusPerPm()));
    }
}
