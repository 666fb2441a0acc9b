package org.livemig.core.measurement;

import java.util.Objects;
import org.livemig.argument.Arguments;
import org.livemig.cost.PowerModel;

/**
 * How the measurement point samples and what it integrates.
 *
 * @param intervalS seconds between samples (> 0)
 * @param pushThreshold normalised load above which a PM's time is counted as above the push threshold
 * @param power the power model of a PM, for the energy of the run
 * @param requests whether it broadcasts MEASUREMENT_REQUEST every interval, as the thesis's measurement server
 *     did; without, it only reads its probe (and learns no LCC agent view)
 */
public record MeasurementSettings(double intervalS, double pushThreshold, PowerModel power, boolean requests) {

    /** Settings of a measurement point that requests every interval. */
    public MeasurementSettings(double intervalS, double pushThreshold, PowerModel power) {
        this(intervalS, pushThreshold, power, true);
    }

    /** The same settings without the periodic MEASUREMENT_REQUEST: the probe alone is read. */
    public MeasurementSettings withoutRequests() {
        return new MeasurementSettings(intervalS, pushThreshold, power, false);
    }

    /** Checks the interval is positive, the threshold finite and the power model present. */
    public MeasurementSettings {
        if (!(intervalS > 0) || Double.isInfinite(intervalS)) {
            throw new IllegalArgumentException("measurement interval must be > 0, got " + intervalS);
        }
        Arguments.finite("pushThreshold", pushThreshold);
        Objects.requireNonNull(power, "power");
    }
}
