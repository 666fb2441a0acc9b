package org.livemig.core.negotiation;

import java.util.random.RandomGenerator;

/**
 * Push and pull thresholds that close in on each other over time, so a PM that has not migrated becomes
 * more willing to. Each {@link #tighten()} lowers push and raises pull by one step, never past the mean of
 * their initial values; {@link #reset()} (after a migration of the PM) restores them. // thesis eq. 3.1
 * Not thread-safe.
 */
public final class VariableThresholds {

    private final double initialPush;
    private final double initialPull;
    private final double step;
    private final double mean;
    private double push;
    private double pull;

    /**
     * Creates thresholds at their initial values.
     *
     * @param push initial push threshold, finite
     * @param pull initial pull threshold, finite and {@code <= push}
     * @param step change per {@link #tighten()}, finite and {@code >= 0}
     * @throws IllegalArgumentException if a value is out of range
     */
    public VariableThresholds(double push, double pull, double step) {
        if (!Double.isFinite(push)) {
            throw new IllegalArgumentException("push threshold must be a finite number, got " + push);
        }
        if (!Double.isFinite(pull)) {
            throw new IllegalArgumentException("pull threshold must be a finite number, got " + pull);
        }
        if (pull > push) {
            throw new IllegalArgumentException(
                    "pull threshold must not exceed push threshold, got pull " + pull + " > push " + push);
        }
        if (!Double.isFinite(step) || step < 0) {
            throw new IllegalArgumentException("threshold step must be a finite number >= 0, got " + step);
        }
        this.initialPush = push;
        this.initialPull = pull;
        this.step = step;
        this.mean = (push + pull) / 2;
        reset();
    }

    /** Returns the current push threshold (a PM at or above it is a hotspot). */
    public double push() {
        return push;
    }

    /** Returns the current pull threshold (a PM at or below it is a coldspot). */
    public double pull() {
        return pull;
    }

    /** Lowers push and raises pull by one step, stopping at the mean of the initial values. */
    public void tighten() {
        push = Math.max(mean, push - step);
        pull = Math.min(mean, pull + step);
    }

    /** Returns both thresholds to their initial values. */
    public void reset() {
        push = initialPush;
        pull = initialPull;
    }

    /**
     * Draws the time until the next {@link #tighten()}, uniform in {@code [minS, maxS]}, so PMs do not
     * synchronise. // SPEC 1, variable thresholds (default 150..450 s)
     *
     * @param random the PM's random stream
     * @param minS   shortest period in seconds, finite and {@code >= 0}
     * @param maxS   longest period in seconds, finite and {@code >= minS}
     * @return the period in seconds
     * @throws IllegalArgumentException if the bounds are out of range or {@code random} is null
     */
    public static double nextPeriodS(RandomGenerator random, double minS, double maxS) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        if (!Double.isFinite(minS) || minS < 0) {
            throw new IllegalArgumentException("minimum period must be a finite number >= 0 s, got " + minS);
        }
        if (!Double.isFinite(maxS) || maxS < minS) {
            throw new IllegalArgumentException(
                    "maximum period must be a finite number >= minimum " + minS + " s, got " + maxS);
        }
        if (maxS == minS) {
            return minS;
        }
        return Math.min(maxS, minS + random.nextDouble() * (maxS - minS));
    }
}
