package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;

/**
 * Linear power model of a PM, used to report the energy of a run (issue 6; the model of Fan et al. 2007,
 * a choice: the thesis has no power model). An active PM draws {@code idleW + (peakW - idleW) * min(1, u)}
 * at normalised load {@code u}; a PM that is off draws {@code offW}.
 *
 * @param idleW power of an active PM with no load, W (default 100, a choice)
 * @param peakW power of an active PM at full load, W (default 250, a choice)
 * @param offW power of a PM that is shut down, W (default 0)
 */
public record Energy(double idleW, double peakW, double offW) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Energy {
        Arguments.nonNegative("energy.idle_w", idleW, INVALID);
        Arguments.nonNegative("energy.peak_w", peakW, INVALID);
        Arguments.nonNegative("energy.off_w", offW, INVALID);
        if (peakW < idleW) {
            throw new InvalidScenarioException("energy.peak_w", "must be at least energy.idle_w ("
                    + NumberText.format(idleW) + "), got " + NumberText.format(peakW), "energy.idle_w");
        }
        if (offW > idleW) {
            throw new InvalidScenarioException("energy.off_w", "must be at most energy.idle_w ("
                    + NumberText.format(idleW) + "), got " + NumberText.format(offW), "energy.idle_w");
        }
    }

    /** The defaults: 100 W idle, 250 W peak, 0 W off. */
    public static Energy defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder().idleW(idleW).peakW(peakW).offW(offW);
    }

    /** Mutable builder of an {@link Energy}; {@link #build()} validates. */
    public static final class Builder {
        private double idleW = 100;
        private double peakW = 250;
        private double offW = 0;

        private Builder() {
        }

        /** @return this */
        public Builder idleW(double v) { idleW = v; return this; }
        /** @return this */
        public Builder peakW(double v) { peakW = v; return this; }
        /** @return this */
        public Builder offW(double v) { offW = v; return this; }

        /** The power model; throws {@link InvalidScenarioException} if a value is out of range. */
        public Energy build() {
            return new Energy(idleW, peakW, offW);
        }
    }
}
