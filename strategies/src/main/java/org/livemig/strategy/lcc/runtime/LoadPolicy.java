package org.livemig.strategy.lcc.runtime;

import org.livemig.scenario.Lcc;

/**
 * What the state constraints of seed 000's models mean for a peer, from its load, its cores and the average
 * load it knows of. Loads are normalised; amounts ({@code Status}, need, capacity) are in cores.
 */
public final class LoadPolicy {

    /** The two models of seed 000. */
    public enum Kind {
        /** First model: balance around the average (overloaded above high x average, underloaded below low x). */
        BALANCE,
        /** Second model: fill some peers, empty and shut down the others. */
        CONSOLIDATE
    }

    private final Lcc settings;
    private final Kind kind;

    /** The meaning of {@code kind}'s state constraints with the scenario's {@code lcc.*} factors and thresholds. */
    LoadPolicy(Lcc settings, Kind kind) {
        this.settings = settings;
        this.kind = kind;
    }

    /** isOverLoaded(): balance, above {@code high x average} (SPEC 3, seed 000 section 5). */
    boolean overloaded(double load, double average) {
        return kind == Kind.BALANCE
                ? load > settings.balanceHighFactor() * average
                : load > settings.consolidateFullThreshold();
    }

    /** isUnderLoaded(): balance, below {@code low x average}; consolidate, some load but below the low threshold. */
    boolean underloaded(double load, double average, boolean hasVms) {
        return kind == Kind.BALANCE
                ? load < settings.balanceLowFactor() * average
                : hasVms && load < settings.consolidateLowThreshold();
    }

    /** canAcceptMoreLoad(): consolidate, at or above the low threshold but below full. */
    boolean canAcceptMore(double load, boolean hasVms) {
        return hasVms && load >= settings.consolidateLowThreshold() && load < settings.consolidateFullThreshold();
    }

    /**
     * getPeerState(Status): balance, the distance from the average in cores (the need of an overloaded peer,
     * the capacity of an underloaded one); consolidate, the cores above full of an overloaded peer, the free
     * cores of a peer that can accept more load, else its load in cores.
     */
    double status(double load, double average, int cores, boolean hasVms) {
        if (kind == Kind.BALANCE) {
            return Math.abs(load - average) * cores;
        }
        if (load > settings.consolidateFullThreshold()) {
            return (load - settings.consolidateFullThreshold()) * cores; // the need of an overloaded peer
        }
        return canAcceptMore(load, hasVms) ? (settings.consolidateFullThreshold() - load) * cores : load * cores;
    }

    /** Cores a peer may still take: balance, up to the average; consolidate, up to full. */
    double room(double load, double average, int cores) {
        double target = kind == Kind.BALANCE ? average : settings.consolidateFullThreshold();
        return (target - load) * cores;
    }

    /**
     * isMigrationPossible(Capacity, Need) on the receiving side of the request: balance, both positive;
     * consolidate (Capacity of the filling peer, Load of this one), the whole load fits.
     */
    boolean migrationPossible(double capacity, double need) {
        return kind == Kind.BALANCE ? capacity > 0 && need > 0 : need > 0 && need <= capacity + 1e-9;
    }

    /**
     * The VM load, among {@code loads}, to move from a peer {@code need} cores above the target to one with
     * {@code room} cores below it: the one that leaves both closest to the target, if it improves on not
     * moving (index, or -1).
     */
    static int bestMove(double[] loads, double need, double room) {
        int best = -1;
        double bestSpread = Math.max(Math.abs(need), Math.abs(room));
        for (int i = 0; i < loads.length; i++) {
            double spread = Math.max(Math.abs(need - loads[i]), Math.abs(room - loads[i]));
            if (loads[i] > 0 && spread < bestSpread - 1e-9) {
                best = i;
                bestSpread = spread;
            }
        }
        return best;
    }
}
