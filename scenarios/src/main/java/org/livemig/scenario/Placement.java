package org.livemig.scenario;

import java.util.Optional;

/** How the initial VMs are put on the PMs. */
public enum Placement implements Spelled {
    /** Each VM on a PM drawn at random among those with room (seed 000: "allocated randomly"). */
    RANDOM("random"),
    /** VM k on PM k mod pms, skipping PMs without room: an even start. */
    ROUND_ROBIN("round-robin");

    private final String spelling;

    Placement(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The placement spelled {@code text} (case and {@code _}/{@code -} ignored), if any. */
    public static Optional<Placement> parse(String text) {
        return Spelled.parse(values(), text);
    }
}
