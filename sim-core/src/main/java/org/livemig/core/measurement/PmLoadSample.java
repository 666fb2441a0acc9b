package org.livemig.core.measurement;

import org.livemig.argument.Arguments;

/**
 * One row of {@code pm_loads.csv}: the normalised load one PM reported at one sample time (SPEC 8).
 *
 * @param timeS sample time in seconds, finite and {@code >= 0}
 * @param pm the PM's id, {@code >= 0}
 * @param load the normalised load {@code L_i / C_i} the PM reported (SPEC 1); may exceed 1
 */
public record PmLoadSample(double timeS, int pm, double load) {

    /** Checks that the time and load are finite and the PM id is not negative. */
    public PmLoadSample {
        Arguments.nonNegative("timeS", timeS);
        Arguments.count("pm", pm);
        Arguments.finite("load", load);
    }
}
