package org.livemig.scenario;

import java.util.List;

/** The scenario keys of the agents' negotiation policy, {@code negotiation.*}. */
final class NegotiationKeys {

    private static final KeyGroup<Negotiation, Negotiation.Builder> NEGOTIATION =
            new KeyGroup<>("negotiation", Scenario::negotiation, ScenarioBuilder::negotiation);

    static final List<ScenarioKey> KEYS = List.of(
            NEGOTIATION.number(
                    "push_threshold",
                    Negotiation::pushThreshold,
                    Negotiation.Builder::pushThreshold,
                    "Hotspot at or above this normalised load, in (0, 2]",
                    "Table H-1 CPUThreshold; SPEC 5 (0.7 in [22])"),
            NEGOTIATION.number(
                    "pull_threshold",
                    Negotiation::pullThreshold,
                    Negotiation.Builder::pullThreshold,
                    "Coldspot at or below this normalised load, in [0, 2); below push_threshold",
                    "Table H-1 minCPUThresholdLimit; SPEC 5 (0.3 in [22])"),
            NEGOTIATION.bool(
                    "variable_thresholds",
                    Negotiation::variableThresholds,
                    Negotiation.Builder::variableThresholds,
                    "Thresholds move toward their mean over time (Table 4-1 scenarios 2-5)",
                    "Table H-1 variableThreshold; SPEC 1"),
            NEGOTIATION.number(
                    "threshold_step",
                    Negotiation::thresholdStep,
                    Negotiation.Builder::thresholdStep,
                    "Step of a variable threshold each period, in [0, 1]",
                    "thesis 3.3; SPEC 1"),
            NEGOTIATION.number(
                    "threshold_period_min_s",
                    Negotiation::thresholdPeriodMinS,
                    Negotiation.Builder::thresholdPeriodMinS,
                    "Shortest variable-threshold period (uniform), s",
                    "SPEC 1; thesis eq. 3.1"),
            NEGOTIATION.number(
                    "threshold_period_max_s",
                    Negotiation::thresholdPeriodMaxS,
                    Negotiation.Builder::thresholdPeriodMaxS,
                    "Longest variable-threshold period, s; mean of min and max = 300",
                    "SPEC 1; Table H-1 variableUpdateTime"),
            NEGOTIATION.number(
                    "check_interval_s",
                    Negotiation::checkIntervalS,
                    Negotiation.Builder::checkIntervalS,
                    "How often a PM checks whether it is a hotspot or coldspot, s",
                    "choice (= load sampling; monitor.py's period is not stated)"),
            NEGOTIATION.number(
                    "reply_timeout_s",
                    Negotiation::replyTimeoutS,
                    Negotiation.Builder::replyTimeoutS,
                    "Wait for replies to HOTSPOT or STEAL_BROADCAST, s",
                    "Table H-1 hotspotReplyTimeout; SPEC 2"),
            NEGOTIATION.number(
                    "lock_timeout_s",
                    Negotiation::lockTimeoutS,
                    Negotiation.Builder::lockTimeoutS,
                    "A candidate's lock expires after this, s",
                    "thesis 4.2.2; SPEC 2"),
            NEGOTIATION.number(
                    "destination_settle_s",
                    Negotiation::destinationSettleS,
                    Negotiation.Builder::destinationSettleS,
                    "Destination keeps its lock after a migration, s",
                    "thesis 5.1; SPEC 2"),
            NEGOTIATION.number(
                    "source_settle_s",
                    Negotiation::sourceSettleS,
                    Negotiation.Builder::sourceSettleS,
                    "Source waits after a migration before acting again, s",
                    "thesis 5.1, appendix D (`monitor.py ... 45`); SPEC 2"),
            NEGOTIATION.number(
                    "central_interval_s",
                    Negotiation::centralIntervalS,
                    Negotiation.Builder::centralIntervalS,
                    "central-threshold, central-lr-mmt: PMs report to the manager and it decides every this many s",
                    "Beloglazov and Buyya 2012, section 6.1 (300 s)"),
            NEGOTIATION.number(
                    "backoff_slot_s",
                    Negotiation::backoffSlotS,
                    Negotiation.Builder::backoffSlotS,
                    "Backoff slot time, s",
                    "thesis eq. 3.19; SPEC 1"),
            NEGOTIATION.integer(
                    "backoff_max_exponent",
                    Negotiation::backoffMaxExponent,
                    Negotiation.Builder::backoffMaxExponent,
                    "Cap of c in 2^c - 1 slots, in [0, 30]",
                    "SPEC 1"),
            NEGOTIATION.number(
                    "backoff_cap_s",
                    Negotiation::backoffCapS,
                    Negotiation.Builder::backoffCapS,
                    "Longest backoff, s",
                    "Table H-1 backoffLimit; thesis 3.5.2"),
            NEGOTIATION.number(
                    "required_system_state_improvement_percent",
                    Negotiation::requiredSystemStateImprovementPercent,
                    Negotiation.Builder::requiredSystemStateImprovementPercent,
                    "A migration must raise the predicted system performance by this %, in [0, 100]",
                    "Table H-1 requiredSystemStateImprovement; SPEC 1"),
            NEGOTIATION.number(
                    "ewma_alpha",
                    Negotiation::ewmaAlpha,
                    Negotiation.Builder::ewmaAlpha,
                    "EWMA weight of the newest sample, in (0, 1]",
                    "Table H-1 EWMALambda; thesis eq. 3.18"),
            NEGOTIATION.integer(
                    "ewma_warmup_samples",
                    Negotiation::ewmaWarmupSamples,
                    Negotiation.Builder::ewmaWarmupSamples,
                    "The EWMA starts from the mean of this many samples",
                    "SPEC 1"),
            NEGOTIATION.number(
                    "load_sample_interval_s",
                    Negotiation::loadSampleIntervalS,
                    Negotiation.Builder::loadSampleIntervalS,
                    "Update period of the load average, s",
                    "SPEC 1 (Linux load average)"),
            NEGOTIATION.number(
                    "load_average_window_s",
                    Negotiation::loadAverageWindowS,
                    Negotiation.Builder::loadAverageWindowS,
                    "Window of the load average, s",
                    "Table H-1 loadLevel (5 minutes); thesis 3.3"),
            NEGOTIATION.bool(
                    "pull_donor_guard",
                    Negotiation::pullDonorGuard,
                    Negotiation.Builder::pullDonorGuard,
                    "Pull steals only VMs whose donor stays above the pull threshold",
                    "thesis Algorithm 4 line 11, Figure 3.3; off: SPEC 3 and [22] (docs/RESULTS.md)"),
            NEGOTIATION.countOrAll(
                    "fanout",
                    Negotiation::fanout,
                    Negotiation.Builder::fanout,
                    "Peers each HOTSPOT, STEAL_BROADCAST and HELLO reaches, drawn from the PM's Cyclon view "
                            + "(WINNING_BID and RESOURCE_RELEASE go to the same peers); at most view_size; `all`: "
                            + "every PM, no overlay (Push, Pull, Hybrid; LCC strategies need all). With a "
                            + "number the simulated measurement point reads the datacentre without polling "
                            + "every PM",
                    "SPEC 8; Voulgaris et al. 2005 (Cyclon)"),
            NEGOTIATION.integer(
                    "view_size",
                    Negotiation::viewSize,
                    Negotiation.Builder::viewSize,
                    "Peers in each PM's partial view (Cyclon cache size c), in [1, 1000]; used when fanout is not all",
                    "Voulgaris et al. 2005; choice (>= the largest fanout benchmarked)"),
            NEGOTIATION.integer(
                    "shuffle_length",
                    Negotiation::shuffleLength,
                    Negotiation.Builder::shuffleLength,
                    "View entries exchanged per shuffle (Cyclon shuffle length l), in [1, view_size]",
                    "Voulgaris et al. 2005; choice"),
            NEGOTIATION.number(
                    "shuffle_period_s",
                    Negotiation::shufflePeriodS,
                    Negotiation.Builder::shufflePeriodS,
                    "Period of the shuffles each PM starts (Cyclon's period), s; first one at a random phase",
                    "Voulgaris et al. 2005; choice (2 check intervals)"));

    private NegotiationKeys() {}
}
