package org.livemig.sim.workload;

import java.util.Locale;

/** The system-load profiles of the thesis (Table 4-1, appendix H "initialSystemLoad"). */
public enum LoadLevel {
    LOW(0.25),
    MEDIUM(0.40),
    HIGH(0.55);

    private final double systemLoad;

    LoadLevel(double systemLoad) {
        this.systemLoad = systemLoad;
    }

    /** The mean normalised load over the PMs, in [0, 1]. */
    public double systemLoad() {
        return systemLoad;
    }

    /** Parses "low", "medium" or "high" (any case); a bad value gets a one-line message naming it. */
    public static LoadLevel parse(String text) {
        for (LoadLevel level : values()) {
            if (level.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("load must be low, medium or high (got " + text + ")");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
