package org.livemig.core.negotiation;

import java.util.random.RandomGenerator;

/**
 * Binary exponential backoff after failed auctions or requests: after the c-th failure in a row the agent
 * waits {@code T = r * slot}, r a uniform integer in {@code [0, 2^min(c, maxExponent) - 1]}, capped.
 * A success resets the count. Not thread-safe.
 */
public final class Backoff {

    private static final int LARGEST_EXPONENT = 62;

    private final double slotS;
    private final int maxExponent;
    private final double capS;
    private final RandomGenerator random;
    private int failures;

    /**
     * Creates a backoff.
     *
     * @param slotS       the slot length in seconds, finite and {@code > 0}
     * @param maxExponent the largest exponent, in [0, 62]
     * @param capS        the longest delay in seconds, finite and {@code >= 0}
     * @param random      the random stream the delays are drawn from
     * @throws IllegalArgumentException if a parameter is out of range or {@code random} is null
     */
    public Backoff(double slotS, int maxExponent, double capS, RandomGenerator random) {
        if (!Double.isFinite(slotS) || slotS <= 0) {
            throw new IllegalArgumentException("slotS must be a finite number > 0, got " + slotS);
        }
        if (maxExponent < 0 || maxExponent > LARGEST_EXPONENT) {
            throw new IllegalArgumentException(
                    "maxExponent must be in [0, " + LARGEST_EXPONENT + "], got " + maxExponent);
        }
        if (!Double.isFinite(capS) || capS < 0) {
            throw new IllegalArgumentException("capS must be a finite number >= 0, got " + capS);
        }
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        this.slotS = slotS;
        this.maxExponent = maxExponent;
        this.capS = capS;
        this.random = random;
    }

    /** Returns the thesis' backoff: slot 0.5 s, exponent at most 10, delay at most 120 s. */
    public static Backoff standard(RandomGenerator random) {
        return new Backoff(0.5, 10, 120, random);
    }

    /**
     * Records one more failure in a row and returns the delay before the next try. // thesis eq. 3.19
     *
     * @return {@code min(capS, r * slotS)} with r uniform in {@code [0, 2^min(c, maxExponent) - 1]}
     */
    public double delayAfterFailure() {
        if (failures < Integer.MAX_VALUE) {
            failures++;
        }
        int exponent = Math.min(failures, maxExponent);
        long r = random.nextLong(1L << exponent);
        return Math.min(capS, r * slotS);
    }

    /** Forgets the failures (call after a success). */
    public void reset() {
        failures = 0;
    }

    /** Returns the number of failures in a row recorded since the last reset. */
    public int failures() {
        return failures;
    }
}
