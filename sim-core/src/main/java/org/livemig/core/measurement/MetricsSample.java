package org.livemig.core.measurement;

import org.livemig.argument.Arguments;

/**
 * One row of {@code metrics.csv}: what the measurement point saw over one measurement interval
 * (SPEC 6 and 8).
 *
 * <p>{@code timeS} is the <em>end</em> of the interval: the performance, load and active PMs are
 * the values at {@code timeS}, and the counts are of what happened since the previous sample
 * (in {@code (previous timeS, timeS]}).
 *
 * @param timeS simulated (or wall) time in seconds at the end of the interval, finite and {@code >= 0}
 * @param systemPerformance system performance E in [0, 1] (thesis eq. 3.5)
 * @param systemLoad mean normalised load of the PMs that are on (thesis 4.1)
 * @param activePms number of PMs that are on
 * @param attempts migration attempts (HOTSPOT and STEAL_ATTEMPT messages) within the interval
 * @param migrations completed migrations (MIGRATION_ACK messages) within the interval
 * @param overheadBytes bytes of protocol messages within the interval, each delivered copy counted,
 *     plus 46 bytes of frame headers each
 */
public record MetricsSample(
        double timeS,
        double systemPerformance,
        double systemLoad,
        int activePms,
        long attempts,
        long migrations,
        long overheadBytes) {

    /** Checks that every value is finite and no count is negative. */
    public MetricsSample {
        Arguments.nonNegative("timeS", timeS);
        Arguments.finite("systemPerformance", systemPerformance);
        Arguments.finite("systemLoad", systemLoad);
        Arguments.count("activePms", activePms);
        Arguments.count("attempts", attempts);
        Arguments.count("migrations", migrations);
        Arguments.count("overheadBytes", overheadBytes);
    }
}
