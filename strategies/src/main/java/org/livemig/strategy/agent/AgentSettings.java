package org.livemig.strategy.agent;

import org.livemig.cost.PreCopyParameters;
import org.livemig.scenario.CostModel;
import org.livemig.scenario.Negotiation;
import org.livemig.scenario.Scenario;

/**
 * The tunable constants of a PM agent (thesis 4.2 and Table H-1). Loads and thresholds are normalised
 * (load divided by cores).
 *
 * @param pushThreshold              hotspot when the predicted load is at or above this (CPUThreshold)
 * @param pullThreshold              coldspot when the predicted load is at or below this (minCPUThresholdLimit)
 * @param variableThresholds         lower push and raise pull every period (thesis eq. 3.1)
 * @param thresholdStep              change of each threshold per period
 * @param thresholdPeriodMinS        shortest period of the variable thresholds, s
 * @param thresholdPeriodMaxS        longest period of the variable thresholds, s
 * @param checkIntervalS             how often the agent samples its load and checks for a hotspot or coldspot, s
 * @param replyTimeoutS              wait for replies to a broadcast or a request (hotspotReplyTimeout), s
 * @param lockTimeoutS               a candidate's lock expires after this, s
 * @param destinationSettleS         a destination keeps its lock this long after a migration, s
 * @param sourceSettleS              a source waits this long after a migration before acting again, s
 * @param backoffSlotS               backoff slot, s (thesis eq. 3.19)
 * @param backoffMaxExponent         backoff exponent cap
 * @param backoffCapS                longest backoff (backoffLimit), s
 * @param requiredImprovementPercent how much better the predicted system performance must be (requiredSystemStateImprovement), %
 * @param ewmaAlpha                  EWMA weight of the newest sample (EWMALambda)
 * @param ewmaWarmupSamples          samples averaged before the EWMA starts
 * @param vcpuOvercommit             a PM accepts VMs while their vcpus sum to at most this many times its cores
 * @param costModel                  parameters of the pre-copy cost model
 * @param pullDonorGuard             Pull takes only VMs whose donor stays above the pull threshold (Algorithm 4 line 11)
 */
public record AgentSettings(double pushThreshold, double pullThreshold, boolean variableThresholds,
                            double thresholdStep, double thresholdPeriodMinS, double thresholdPeriodMaxS,
                            double checkIntervalS, double replyTimeoutS, double lockTimeoutS,
                            double destinationSettleS, double sourceSettleS,
                            double backoffSlotS, int backoffMaxExponent, double backoffCapS,
                            double requiredImprovementPercent, double ewmaAlpha, int ewmaWarmupSamples,
                            double vcpuOvercommit, PreCopyParameters costModel, boolean pullDonorGuard) {

    /**
     * vcpus a PM may host per core: the 19-PM simulation runs 50 single-vcpu VMs on 38 cores, so CPU is
     * overcommitted and the load thresholds, not the vcpu count, keep hosts from overloading.
     */
    public static final double DEFAULT_VCPU_OVERCOMMIT = 4;

    /** The thesis testbed's defaults: thresholds 0.55 / 0.25, fixed. */
    public static AgentSettings defaults() {
        return new AgentSettings(0.55, 0.25, false, 0.05, 150, 450, 5, 10, 60, 30, 45,
                0.5, 10, 120, 0, 0.2, 5, DEFAULT_VCPU_OVERCOMMIT, PreCopyParameters.DEFAULT, false);
    }

    /** The settings a scenario gives its agents. */
    public static AgentSettings from(Scenario scenario) {
        Negotiation n = scenario.negotiation();
        CostModel c = scenario.costModel();
        return new AgentSettings(n.pushThreshold(), n.pullThreshold(), n.variableThresholds(), n.thresholdStep(),
                n.thresholdPeriodMinS(), n.thresholdPeriodMaxS(), n.checkIntervalS(), n.replyTimeoutS(),
                n.lockTimeoutS(), n.destinationSettleS(), n.sourceSettleS(), n.backoffSlotS(),
                n.backoffMaxExponent(), n.backoffCapS(), n.requiredSystemStateImprovementPercent(), n.ewmaAlpha(),
                n.ewmaWarmupSamples(), DEFAULT_VCPU_OVERCOMMIT,
                new PreCopyParameters(c.a(), c.b(), c.c(), c.thresholdMb(), c.resumeS(), c.maxRounds()),
                n.pullDonorGuard());
    }

    /** These settings with other thresholds. */
    public AgentSettings withThresholds(double push, double pull) {
        return new AgentSettings(push, pull, variableThresholds, thresholdStep, thresholdPeriodMinS,
                thresholdPeriodMaxS, checkIntervalS, replyTimeoutS, lockTimeoutS, destinationSettleS,
                sourceSettleS, backoffSlotS, backoffMaxExponent, backoffCapS, requiredImprovementPercent,
                ewmaAlpha, ewmaWarmupSamples, vcpuOvercommit, costModel, pullDonorGuard);
    }

    /** These settings with other settle periods (0 disables them, as in the thesis before its fix). */
    public AgentSettings withSettle(double destinationS, double sourceS) {
        return new AgentSettings(pushThreshold, pullThreshold, variableThresholds, thresholdStep,
                thresholdPeriodMinS, thresholdPeriodMaxS, checkIntervalS, replyTimeoutS, lockTimeoutS,
                destinationS, sourceS, backoffSlotS, backoffMaxExponent, backoffCapS,
                requiredImprovementPercent, ewmaAlpha, ewmaWarmupSamples, vcpuOvercommit, costModel, pullDonorGuard);
    }

    /** These settings with the Pull donor guard of thesis Algorithm 4 line 11 on or off. */
    public AgentSettings withPullDonorGuard(boolean guard) {
        return new AgentSettings(pushThreshold, pullThreshold, variableThresholds, thresholdStep,
                thresholdPeriodMinS, thresholdPeriodMaxS, checkIntervalS, replyTimeoutS, lockTimeoutS,
                destinationSettleS, sourceSettleS, backoffSlotS, backoffMaxExponent, backoffCapS,
                requiredImprovementPercent, ewmaAlpha, ewmaWarmupSamples, vcpuOvercommit, costModel, guard);
    }
}
