package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import java.util.List;
import org.livemig.argument.Arguments;
import org.livemig.cost.LinearPowerModel;
import org.livemig.cost.PowerModel;
import org.livemig.cost.TablePowerModel;

/**
 * Power model of a PM, used to report the energy of a run (issue 6, issue 15; a choice: the thesis has no power
 * model). Linear (Fan et al. 2007): an active PM draws {@code idleW + (peakW - idleW) * min(1, u)} at CPU
 * utilisation {@code u}; or, when {@code powerTableFile} names one, the SPECpower-style table of 11 watts at 0,
 * 10, ..., 100 % utilisation, interpolated. A PM that is off draws {@code offW}.
 *
 * @param idleW power of an active PM with no load, W (default 100, a choice)
 * @param peakW power of an active PM at full load, W (default 250, a choice)
 * @param offW power of a PM that is shut down, W (default 0)
 * @param powerTableFile a {@code utilisation_percent,watts} file of 11 points; empty for the linear model
 * @param powerTableW the table's 11 watts, read when the record is built; empty for the linear model
 */
public record Energy(double idleW, double peakW, double offW, String powerTableFile, List<Double> powerTableW) {

    /** Validates every value and reads the table; throws {@link InvalidScenarioException} naming the key. */
    public Energy {
        Arguments.nonNegative("energy.idle_w", idleW, INVALID);
        Arguments.nonNegative("energy.peak_w", peakW, INVALID);
        Arguments.nonNegative("energy.off_w", offW, INVALID);
        if (peakW < idleW) {
            throw new InvalidScenarioException(
                    "energy.peak_w",
                    "must be at least energy.idle_w (" + NumberText.format(idleW) + "), got "
                            + NumberText.format(peakW),
                    "energy.idle_w");
        }
        if (offW > idleW) {
            throw new InvalidScenarioException(
                    "energy.off_w",
                    "must be at most energy.idle_w (" + NumberText.format(idleW) + "), got " + NumberText.format(offW),
                    "energy.idle_w");
        }
        powerTableFile = powerTableFile == null ? "" : powerTableFile.trim();
        powerTableW = powerTableFile.isEmpty() ? List.of() : PowerTableFile.read(powerTableFile);
    }

    /** The power model these values describe. */
    public PowerModel powerModel() {
        return powerTableW.isEmpty()
                ? new LinearPowerModel(idleW, peakW, offW)
                : new TablePowerModel(powerTableW, offW);
    }

    /** The defaults: 100 W idle, 250 W peak, 0 W off, no table. */
    public static Energy defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder().idleW(idleW).peakW(peakW).offW(offW).powerTableFile(powerTableFile);
    }

    /** Mutable builder of an {@link Energy}; {@link #build()} validates. */
    public static final class Builder {
        private double idleW = 100;
        private double peakW = 250;
        private double offW = 0;
        private String powerTableFile = "";

        private Builder() {}

        /** @return this */
        public Builder idleW(double v) {
            idleW = v;
            return this;
        }
        /** @return this */
        public Builder peakW(double v) {
            peakW = v;
            return this;
        }
        /** @return this */
        public Builder offW(double v) {
            offW = v;
            return this;
        }
        /** @return this */
        public Builder powerTableFile(String v) {
            powerTableFile = v;
            return this;
        }

        /** The power model; throws {@link InvalidScenarioException} if a value is out of range. */
        public Energy build() {
            return new Energy(idleW, peakW, offW, powerTableFile, List.of());
        }
    }
}
