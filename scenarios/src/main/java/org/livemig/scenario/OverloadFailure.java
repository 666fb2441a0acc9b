package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * Optional failure of overloaded PMs, as the testbed hosts failed (SPEC 4, thesis 5.1): a PM whose VM
 * demand stays above {@code thresholdFactor} times its cores for {@code afterS} stops answering.
 *
 * @param enabled whether PMs can fail (default false)
 * @param thresholdFactor demand above this many times the PM's cores counts as overload (default 1.0)
 * @param afterS how long the overload must last before the PM fails, in s (default 60)
 */
public record OverloadFailure(boolean enabled, double thresholdFactor, double afterS) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public OverloadFailure {
        Arguments.positive("overload_failure.threshold_factor", thresholdFactor, INVALID);
        Arguments.nonNegative("overload_failure.after_s", afterS, INVALID);
    }

    /** The defaults: disabled. */
    public static OverloadFailure defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder().enabled(enabled).thresholdFactor(thresholdFactor).afterS(afterS);
    }

    /** Mutable builder of an {@link OverloadFailure}; {@link #build()} validates. */
    public static final class Builder {
        private boolean enabled = false;
        private double thresholdFactor = 1.0;
        private double afterS = 60;

        private Builder() {}

        /** @return this */
        public Builder enabled(boolean v) {
            enabled = v;
            return this;
        }
        /** @return this */
        public Builder thresholdFactor(double v) {
            thresholdFactor = v;
            return this;
        }
        /** @return this */
        public Builder afterS(double v) {
            afterS = v;
            return this;
        }

        /** The settings; throws {@link InvalidScenarioException} if a value is out of range. */
        public OverloadFailure build() {
            return new OverloadFailure(enabled, thresholdFactor, afterS);
        }
    }
}
