package org.livemig.scenario;

import java.util.Optional;

/** How each VM's demand moves around its level during a run (SPEC 4, `workload.model`). */
public enum DemandModel implements Spelled {
    /** Mean-reverting random walk per VM every {@code workload.walk_step_s} (SPEC 4). */
    WALK("walk"),
    /** One VM at a time re-drawn from a normal around its level, at exponential intervals (VMPlaceS). */
    GAUSSIAN("gaussian"),
    /** Replay of recorded CPU utilisation: {@code workload.trace_dir} (PlanetLab) or {@code trace_file} (CSV). */
    TRACE("trace");

    private final String spelling;

    DemandModel(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The demand model spelled {@code text} (case and {@code _}/{@code -} ignored), if any. */
    public static Optional<DemandModel> parse(String text) {
        return Spelled.parse(values(), text);
    }
}
