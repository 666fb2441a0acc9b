package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * Parameters of the two LCC interaction models of seed 000 (SPEC 3).
 *
 * @param balanceHighFactor LCC balance: overloaded above this times the average load (default 1.2)
 * @param balanceLowFactor LCC balance: underloaded below this times the average load (default 0.8)
 * @param consolidateLowThreshold LCC consolidate: underloaded at or below this normalised load
 *        (seed 000 "e.g. 50%"; default 0.5)
 * @param consolidateFullThreshold LCC consolidate: fully loaded at or above this normalised load
 *        (seed 000 "uses all available resources"; default 1.0)
 * @param wakeUpS LCC consolidate: time a shut-down PM takes to wake on demand, in s (default 60)
 * @param modelFile an {@code .lcc} interaction model every PM runs instead of the strategy's packaged one;
 *        empty for the packaged model (default). It must exist; it is parsed when the run starts.
 */
public record Lcc(
        double balanceHighFactor,
        double balanceLowFactor,
        double consolidateLowThreshold,
        double consolidateFullThreshold,
        double wakeUpS,
        String modelFile) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Lcc {
        Arguments.range("lcc.balance_high_factor", balanceHighFactor, 1, true, 10, true, INVALID);
        Arguments.range("lcc.balance_low_factor", balanceLowFactor, 0, true, 1, true, INVALID);
        Arguments.range("lcc.consolidate_low_threshold", consolidateLowThreshold, 0, true, 2, false, INVALID);
        Arguments.range("lcc.consolidate_full_threshold", consolidateFullThreshold, 0, false, 2, true, INVALID);
        if (consolidateLowThreshold >= consolidateFullThreshold) {
            throw new InvalidScenarioException(
                    "lcc.consolidate_low_threshold",
                    "must be below "
                            + "lcc.consolidate_full_threshold (" + NumberText.format(consolidateFullThreshold)
                            + "), got "
                            + NumberText.format(consolidateLowThreshold),
                    "lcc.consolidate_full_threshold");
        }
        Arguments.nonNegative("lcc.wake_up_s", wakeUpS, INVALID);
        modelFile = modelFile == null ? "" : modelFile.trim();
        if (!modelFile.isEmpty() && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(modelFile))) {
            throw new InvalidScenarioException("lcc.model_file", "no such file: " + modelFile);
        }
    }

    /** The defaults of seed 000. */
    public static Lcc defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder()
                .balanceHighFactor(balanceHighFactor)
                .balanceLowFactor(balanceLowFactor)
                .consolidateLowThreshold(consolidateLowThreshold)
                .consolidateFullThreshold(consolidateFullThreshold)
                .wakeUpS(wakeUpS)
                .modelFile(modelFile);
    }

    /** Mutable builder of an {@link Lcc}; {@link #build()} validates. */
    public static final class Builder {
        private double balanceHighFactor = 1.2;
        private double balanceLowFactor = 0.8;
        private double consolidateLowThreshold = 0.5;
        private double consolidateFullThreshold = 1.0;
        private double wakeUpS = 60;
        private String modelFile = "";

        private Builder() {}

        /** @return this */
        public Builder balanceHighFactor(double v) {
            balanceHighFactor = v;
            return this;
        }
        /** @return this */
        public Builder balanceLowFactor(double v) {
            balanceLowFactor = v;
            return this;
        }
        /** @return this */
        public Builder consolidateLowThreshold(double v) {
            consolidateLowThreshold = v;
            return this;
        }
        /** @return this */
        public Builder consolidateFullThreshold(double v) {
            consolidateFullThreshold = v;
            return this;
        }
        /** @return this */
        public Builder wakeUpS(double v) {
            wakeUpS = v;
            return this;
        }
        /** @return this */
        public Builder modelFile(String v) {
            modelFile = v;
            return this;
        }

        /** The LCC settings; throws {@link InvalidScenarioException} if a value is out of range. */
        public Lcc build() {
            return new Lcc(
                    balanceHighFactor,
                    balanceLowFactor,
                    consolidateLowThreshold,
                    consolidateFullThreshold,
                    wakeUpS,
                    modelFile);
        }
    }
}
