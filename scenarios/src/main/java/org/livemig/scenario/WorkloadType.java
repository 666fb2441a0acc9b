package org.livemig.scenario;

import java.util.Optional;

/** How the demand changes during a run (SPEC 5, thesis 4.5 and Table 4-1). */
public enum WorkloadType implements Spelled {
    /** The system load stays at its level. */
    NORMAL("normal"),
    /** The system load rises to the burst level at the change time (Table H-1 burstHigh). */
    BURST("burst"),
    /** The system load falls to the drain level at the change time (Table H-1 burstLow). */
    DRAIN("drain"),
    /** VMs are added (exponential inter-arrival times) and removed (uniform times). */
    FLUCTUATION("fluctuation");

    private final String spelling;

    WorkloadType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The workload type spelled {@code text} (case ignored), if any. */
    public static Optional<WorkloadType> parse(String text) {
        return Spelled.parse(values(), text);
    }
}
