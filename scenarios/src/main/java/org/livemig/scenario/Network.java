package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * The simulated network between the PMs and its faults (SPEC 4, 6). By default no faults.
 *
 * @param latencyS one-way latency of a message, in s (default 0.0005)
 * @param latencyJitterS each message's latency adds uniform(0, jitter), in s (default 0.0001)
 * @param lossProbability chance a message is lost (default 0)
 * @param duplicationProbability chance a message is delivered twice (default 0)
 * @param delayProbability chance a message is held back by {@code extraDelayS} (default 0)
 * @param extraDelayS extra delay of a held-back message, in s (default 1)
 * @param frameOverheadBytes bytes of frame headers added to each message's size (SPEC 6; default 46)
 */
public record Network(
        double latencyS,
        double latencyJitterS,
        double lossProbability,
        double duplicationProbability,
        double delayProbability,
        double extraDelayS,
        int frameOverheadBytes) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Network {
        Arguments.nonNegative("network.latency_s", latencyS, INVALID);
        Arguments.nonNegative("network.latency_jitter_s", latencyJitterS, INVALID);
        Arguments.probability("network.loss_probability", lossProbability, INVALID);
        Arguments.probability("network.duplication_probability", duplicationProbability, INVALID);
        Arguments.probability("network.delay_probability", delayProbability, INVALID);
        Arguments.nonNegative("network.extra_delay_s", extraDelayS, INVALID);
        Arguments.range("network.frame_overhead_bytes", frameOverheadBytes, 0, 65_536, INVALID);
    }

    /** The defaults: a fast, faultless LAN. */
    public static Network defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this network's values. */
    public Builder toBuilder() {
        return new Builder()
                .latencyS(latencyS)
                .latencyJitterS(latencyJitterS)
                .lossProbability(lossProbability)
                .duplicationProbability(duplicationProbability)
                .delayProbability(delayProbability)
                .extraDelayS(extraDelayS)
                .frameOverheadBytes(frameOverheadBytes);
    }

    /** Mutable builder of a {@link Network}; {@link #build()} validates. */
    public static final class Builder {
        private double latencyS = 0.0005;
        private double latencyJitterS = 0.0001;
        private double lossProbability = 0;
        private double duplicationProbability = 0;
        private double delayProbability = 0;
        private double extraDelayS = 1;
        private int frameOverheadBytes = 46;

        private Builder() {}

        /** @return this */
        public Builder latencyS(double v) {
            latencyS = v;
            return this;
        }
        /** @return this */
        public Builder latencyJitterS(double v) {
            latencyJitterS = v;
            return this;
        }
        /** @return this */
        public Builder lossProbability(double v) {
            lossProbability = v;
            return this;
        }
        /** @return this */
        public Builder duplicationProbability(double v) {
            duplicationProbability = v;
            return this;
        }
        /** @return this */
        public Builder delayProbability(double v) {
            delayProbability = v;
            return this;
        }
        /** @return this */
        public Builder extraDelayS(double v) {
            extraDelayS = v;
            return this;
        }
        /** @return this */
        public Builder frameOverheadBytes(int v) {
            frameOverheadBytes = v;
            return this;
        }

        /** The network settings; throws {@link InvalidScenarioException} if a value is out of range. */
        public Network build() {
            return new Network(
                    latencyS,
                    latencyJitterS,
                    lossProbability,
                    duplicationProbability,
                    delayProbability,
                    extraDelayS,
                    frameOverheadBytes);
        }
    }
}
