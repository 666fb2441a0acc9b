package org.livemig.sim.workload;

import java.util.Locale;

/** How the load changes during a run (SPEC 5, thesis Table 4-1). */
public enum WorkloadType {
    /** The load stays at its level (with per-VM noise). */
    NORMAL,
    /** At the change time every VM's demand rises so the system load reaches the burst level. */
    BURST,
    /** At the change time every VM's demand falls so the system load reaches the drain level. */
    DRAIN,
    /** VMs arrive with exponential inter-arrival times and are removed uniformly at random. */
    FLUCTUATION;

    /** Parses normal, burst, drain or fluctuation (any case); a bad value gets a one-line message. */
    public static WorkloadType parse(String text) {
        for (WorkloadType type : values()) {
            if (type.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("type must be normal, burst, drain or fluctuation (got " + text + ")");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
