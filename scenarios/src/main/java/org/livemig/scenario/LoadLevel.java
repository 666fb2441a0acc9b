package org.livemig.scenario;

import java.util.Optional;

/** A load profile: the normalised system load the workload aims at (thesis 4.3.1, Table H-1). */
public enum LoadLevel implements Spelled {
    /** System load 0.25. */
    LOW("low", 0.25),
    /** System load 0.4. */
    MEDIUM("medium", 0.4),
    /** System load 0.55. */
    HIGH("high", 0.55);

    private final String spelling;
    private final double systemLoad;

    LoadLevel(String spelling, double systemLoad) {
        this.spelling = spelling;
        this.systemLoad = systemLoad;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The normalised system load of this level (SPEC 1, thesis eq. 4.1): 0.25, 0.4 or 0.55. */
    public double systemLoad() {
        return systemLoad;
    }

    /** The level spelled {@code text} (case ignored), if any. */
    public static Optional<LoadLevel> parse(String text) {
        return Spelled.parse(values(), text);
    }
}
