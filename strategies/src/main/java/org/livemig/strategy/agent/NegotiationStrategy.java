package org.livemig.strategy.agent;

import java.util.Locale;

/** The negotiation strategies a PM agent can run. */
public enum NegotiationStrategy {
    /** An overloaded PM auctions its VMs (thesis Algorithms 2-3). */
    PUSH(true, false),
    /** An underloaded PM steals VMs (thesis Algorithms 4-5). */
    PULL(false, true),
    /** Both, with both kinds of lock (thesis Algorithms 6-7). */
    HYBRID(true, true);

    private final boolean pushes;
    private final boolean pulls;

    NegotiationStrategy(boolean pushes, boolean pulls) {
        this.pushes = pushes;
        this.pulls = pulls;
    }

    public boolean pushes() {
        return pushes;
    }

    public boolean pulls() {
        return pulls;
    }

    /** Hybrid locks VMs during pushes and the PM during steals (thesis 4.2.4). */
    public boolean locksBoth() {
        return pushes && pulls;
    }

    /** The name used in scenario files and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
