package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * When PMs negotiate and how long they wait (SPEC 1-3, thesis 3.3-3.5, 5.1, Table H-1). Loads are
 * normalised (load / cores). Defaults are the thesis testbed.
 *
 * @param pushThreshold hotspot when the load is at or above it (Table H-1 CPUThreshold; default 0.55)
 * @param pullThreshold coldspot when the load is at or below it (Table H-1 minCPUThresholdLimit; default 0.25)
 * @param variableThresholds whether thresholds move over time (Table H-1 variableThreshold; default true)
 * @param thresholdStep how far a variable threshold moves each period (thesis 3.3; default 0.05)
 * @param thresholdPeriodMinS shortest period of a variable-threshold step, in s (SPEC 1; default 150)
 * @param thresholdPeriodMaxS longest period; the mean is Table H-1 variableUpdateTime (SPEC 1; default 450)
 * @param checkIntervalS how often a PM checks for hotspot or coldspot, in s (default 5)
 * @param replyTimeoutS wait for replies to a broadcast, in s (Table H-1 hotspotReplyTimeout; default 10)
 * @param lockTimeoutS a candidate's lock expires after this, in s (thesis 4.2.2; default 60)
 * @param destinationSettleS destination keeps its lock after a migration, in s (thesis 5.1; default 30)
 * @param sourceSettleS source waits after a migration, in s (thesis 5.1; default 45)
 * @param backoffSlotS backoff slot time, in s (thesis eq. 3.19; default 0.5)
 * @param backoffMaxExponent the exponent c in 2^c is capped at this (SPEC 1; default 10)
 * @param backoffCapS longest backoff, in s (Table H-1 backoffLimit; default 120)
 * @param requiredSystemStateImprovementPercent how much (%) a migration must raise the predicted
 *        system performance (Table H-1 requiredSystemStateImprovement; default 0)
 * @param ewmaAlpha weight of the newest sample in the EWMA (Table H-1 EWMALambda; default 0.2)
 * @param ewmaWarmupSamples the EWMA starts from the mean of this many samples (SPEC 1; default 5)
 * @param loadSampleIntervalS how often the load average is updated, in s (SPEC 1; default 5)
 * @param loadAverageWindowS window of the load average, in s (Table H-1 loadLevel 5 minutes; default 300)
 * @param pullDonorGuard whether a Pull candidate must leave its donor above the pull threshold (thesis
 *        Algorithm 4 line 11, Figure 3.3; default false: SPEC 3 and the simulation of [22], see
 *        docs/RESULTS.md)
 * @param centralIntervalS how often the central baselines' PMs report and their manager decides, in s
 *        (Beloglazov and Buyya 2012, section 6.1: every 300 s; default 300)
 * @param fanout how many peers of the peer-sampling overlay each broadcast reaches, or {@link #FANOUT_ALL}: every
 *        PM, the thesis's broadcast (SPEC 8; default all)
 * @param viewSize peers in each PM's partial view, Cyclon's cache size c (default 32)
 * @param shuffleLength entries exchanged in one shuffle, Cyclon's shuffle length l (default 8)
 * @param shufflePeriodS time between two shuffles a PM starts, Cyclon's period, in s (default 10)
 */
public record Negotiation(
        double pushThreshold,
        double pullThreshold,
        boolean variableThresholds,
        double thresholdStep,
        double thresholdPeriodMinS,
        double thresholdPeriodMaxS,
        double checkIntervalS,
        double replyTimeoutS,
        double lockTimeoutS,
        double destinationSettleS,
        double sourceSettleS,
        double backoffSlotS,
        int backoffMaxExponent,
        double backoffCapS,
        double requiredSystemStateImprovementPercent,
        double ewmaAlpha,
        int ewmaWarmupSamples,
        double loadSampleIntervalS,
        double loadAverageWindowS,
        boolean pullDonorGuard,
        double centralIntervalS,
        int fanout,
        int viewSize,
        int shuffleLength,
        double shufflePeriodS) {

    /** {@code fanout} of the thesis's broadcast: every PM; no overlay is kept. */
    public static final int FANOUT_ALL = 0;
    /** The largest partial view a PM may keep. */
    public static final int MAX_VIEW_SIZE = 1000;

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Negotiation {
        Arguments.range("negotiation.push_threshold", pushThreshold, 0, false, 2, true, INVALID);
        Arguments.range("negotiation.pull_threshold", pullThreshold, 0, true, 2, false, INVALID);
        if (pullThreshold >= pushThreshold) {
            throw new InvalidScenarioException(
                    "negotiation.pull_threshold",
                    "must be below "
                            + "negotiation.push_threshold (" + NumberText.format(pushThreshold) + "), got "
                            + NumberText.format(pullThreshold),
                    "negotiation.push_threshold");
        }
        Arguments.range("negotiation.threshold_step", thresholdStep, 0, true, 1, true, INVALID);
        Arguments.positive("negotiation.threshold_period_min_s", thresholdPeriodMinS, INVALID);
        Arguments.finite("negotiation.threshold_period_max_s", thresholdPeriodMaxS, INVALID);
        if (thresholdPeriodMaxS < thresholdPeriodMinS) {
            throw new InvalidScenarioException(
                    "negotiation.threshold_period_max_s",
                    "must be at least "
                            + "negotiation.threshold_period_min_s (" + NumberText.format(thresholdPeriodMinS)
                            + "), got "
                            + NumberText.format(thresholdPeriodMaxS),
                    "negotiation.threshold_period_min_s");
        }
        Arguments.positive("negotiation.check_interval_s", checkIntervalS, INVALID);
        Arguments.positive("negotiation.reply_timeout_s", replyTimeoutS, INVALID);
        Arguments.positive("negotiation.lock_timeout_s", lockTimeoutS, INVALID);
        Arguments.nonNegative("negotiation.destination_settle_s", destinationSettleS, INVALID);
        Arguments.nonNegative("negotiation.source_settle_s", sourceSettleS, INVALID);
        Arguments.positive("negotiation.central_interval_s", centralIntervalS, INVALID);
        Arguments.positive("negotiation.backoff_slot_s", backoffSlotS, INVALID);
        Arguments.range("negotiation.backoff_max_exponent", backoffMaxExponent, 0, 30, INVALID);
        Arguments.positive("negotiation.backoff_cap_s", backoffCapS, INVALID);
        Arguments.range(
                "negotiation.required_system_state_improvement_percent",
                requiredSystemStateImprovementPercent,
                0,
                true,
                100,
                true,
                INVALID);
        Arguments.range("negotiation.ewma_alpha", ewmaAlpha, 0, false, 1, true, INVALID);
        Arguments.range("negotiation.ewma_warmup_samples", ewmaWarmupSamples, 1, 1000, INVALID);
        Arguments.positive("negotiation.load_sample_interval_s", loadSampleIntervalS, INVALID);
        Arguments.positive("negotiation.load_average_window_s", loadAverageWindowS, INVALID);
        Arguments.range("negotiation.view_size", viewSize, 1, MAX_VIEW_SIZE, INVALID);
        Arguments.range("negotiation.fanout", fanout, FANOUT_ALL, MAX_VIEW_SIZE, INVALID);
        if (fanout > viewSize) {
            throw new InvalidScenarioException(
                    "negotiation.fanout",
                    "must be all or at most negotiation.view_size (" + viewSize + "), got " + fanout,
                    "negotiation.view_size");
        }
        Arguments.range("negotiation.shuffle_length", shuffleLength, 1, MAX_VIEW_SIZE, INVALID);
        if (shuffleLength > viewSize) {
            throw new InvalidScenarioException(
                    "negotiation.shuffle_length",
                    "must be at most negotiation.view_size (" + viewSize + "), got " + shuffleLength,
                    "negotiation.view_size");
        }
        Arguments.positive("negotiation.shuffle_period_s", shufflePeriodS, INVALID);
    }

    /** Whether broadcasts go to a sample of a peer-sampling overlay rather than to every PM. */
    public boolean sampled() {
        return fanout != FANOUT_ALL;
    }

    /** The testbed defaults. */
    public static Negotiation defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this negotiation's values. */
    public Builder toBuilder() {
        return new Builder()
                .pushThreshold(pushThreshold)
                .pullThreshold(pullThreshold)
                .variableThresholds(variableThresholds)
                .thresholdStep(thresholdStep)
                .thresholdPeriodMinS(thresholdPeriodMinS)
                .thresholdPeriodMaxS(thresholdPeriodMaxS)
                .checkIntervalS(checkIntervalS)
                .replyTimeoutS(replyTimeoutS)
                .lockTimeoutS(lockTimeoutS)
                .destinationSettleS(destinationSettleS)
                .sourceSettleS(sourceSettleS)
                .backoffSlotS(backoffSlotS)
                .backoffMaxExponent(backoffMaxExponent)
                .backoffCapS(backoffCapS)
                .requiredSystemStateImprovementPercent(requiredSystemStateImprovementPercent)
                .ewmaAlpha(ewmaAlpha)
                .ewmaWarmupSamples(ewmaWarmupSamples)
                .loadSampleIntervalS(loadSampleIntervalS)
                .loadAverageWindowS(loadAverageWindowS)
                .pullDonorGuard(pullDonorGuard)
                .centralIntervalS(centralIntervalS)
                .fanout(fanout)
                .viewSize(viewSize)
                .shuffleLength(shuffleLength)
                .shufflePeriodS(shufflePeriodS);
    }

    /** The limit variable thresholds never pass: the mean of the two initial thresholds (thesis 3.3). */
    public double thresholdLimit() {
        return (pushThreshold + pullThreshold) / 2;
    }

    /** Mutable builder of a {@link Negotiation}; {@link #build()} validates. */
    public static final class Builder {
        private double pushThreshold = 0.55;
        private double pullThreshold = 0.25;
        private boolean variableThresholds = true;
        private double thresholdStep = 0.05;
        private double thresholdPeriodMinS = 150;
        private double thresholdPeriodMaxS = 450;
        private double checkIntervalS = 5;
        private double replyTimeoutS = 10;
        private double lockTimeoutS = 60;
        private double destinationSettleS = 30;
        private double sourceSettleS = 45;
        private double centralIntervalS = 300;
        private double backoffSlotS = 0.5;
        private int backoffMaxExponent = 10;
        private double backoffCapS = 120;
        private double requiredSystemStateImprovementPercent = 0;
        private double ewmaAlpha = 0.2;
        private int ewmaWarmupSamples = 5;
        private double loadSampleIntervalS = 5;
        private double loadAverageWindowS = 300;
        private boolean pullDonorGuard = false;
        private int fanout = FANOUT_ALL;
        private int viewSize = 32;
        private int shuffleLength = 8;
        private double shufflePeriodS = 10;

        private Builder() {}

        /** @return this */
        public Builder pushThreshold(double v) {
            pushThreshold = v;
            return this;
        }
        /** @return this */
        public Builder pullThreshold(double v) {
            pullThreshold = v;
            return this;
        }
        /** @return this */
        public Builder variableThresholds(boolean v) {
            variableThresholds = v;
            return this;
        }
        /** @return this */
        public Builder thresholdStep(double v) {
            thresholdStep = v;
            return this;
        }
        /** @return this */
        public Builder thresholdPeriodMinS(double v) {
            thresholdPeriodMinS = v;
            return this;
        }
        /** @return this */
        public Builder thresholdPeriodMaxS(double v) {
            thresholdPeriodMaxS = v;
            return this;
        }
        /** @return this */
        public Builder checkIntervalS(double v) {
            checkIntervalS = v;
            return this;
        }
        /** @return this */
        public Builder replyTimeoutS(double v) {
            replyTimeoutS = v;
            return this;
        }
        /** @return this */
        public Builder lockTimeoutS(double v) {
            lockTimeoutS = v;
            return this;
        }
        /** @return this */
        public Builder destinationSettleS(double v) {
            destinationSettleS = v;
            return this;
        }
        /** @return this */
        public Builder sourceSettleS(double v) {
            sourceSettleS = v;
            return this;
        }
        /** @return this */
        public Builder backoffSlotS(double v) {
            backoffSlotS = v;
            return this;
        }
        /** @return this */
        public Builder backoffMaxExponent(int v) {
            backoffMaxExponent = v;
            return this;
        }
        /** @return this */
        public Builder backoffCapS(double v) {
            backoffCapS = v;
            return this;
        }
        /** @return this */
        public Builder requiredSystemStateImprovementPercent(double v) {
            requiredSystemStateImprovementPercent = v;
            return this;
        }
        /** @return this */
        public Builder ewmaAlpha(double v) {
            ewmaAlpha = v;
            return this;
        }
        /** @return this */
        public Builder ewmaWarmupSamples(int v) {
            ewmaWarmupSamples = v;
            return this;
        }
        /** @return this */
        public Builder loadSampleIntervalS(double v) {
            loadSampleIntervalS = v;
            return this;
        }
        /** @return this */
        public Builder loadAverageWindowS(double v) {
            loadAverageWindowS = v;
            return this;
        }
        /** @return this */
        public Builder pullDonorGuard(boolean v) {
            pullDonorGuard = v;
            return this;
        }
        /** @return this */
        public Builder centralIntervalS(double v) {
            centralIntervalS = v;
            return this;
        }

        public Builder fanout(int v) {
            fanout = v;
            return this;
        }
        /** @return this */
        public Builder viewSize(int v) {
            viewSize = v;
            return this;
        }
        /** @return this */
        public Builder shuffleLength(int v) {
            shuffleLength = v;
            return this;
        }
        /** @return this */
        public Builder shufflePeriodS(double v) {
            shufflePeriodS = v;
            return this;
        }

        /** The negotiation settings; throws {@link InvalidScenarioException} if a value is out of range. */
        public Negotiation build() {
            return new Negotiation(
                    pushThreshold,
                    pullThreshold,
                    variableThresholds,
                    thresholdStep,
                    thresholdPeriodMinS,
                    thresholdPeriodMaxS,
                    checkIntervalS,
                    replyTimeoutS,
                    lockTimeoutS,
                    destinationSettleS,
                    sourceSettleS,
                    backoffSlotS,
                    backoffMaxExponent,
                    backoffCapS,
                    requiredSystemStateImprovementPercent,
                    ewmaAlpha,
                    ewmaWarmupSamples,
                    loadSampleIntervalS,
                    loadAverageWindowS,
                    pullDonorGuard,
                    centralIntervalS,
                    fanout,
                    viewSize,
                    shuffleLength,
                    shufflePeriodS);
        }
    }
}
