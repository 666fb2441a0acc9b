package org.livemig.sim.engine;

import nl.tudelft.simulation.jstats.streams.RandomNumberGenerator;

/**
 * DSOL's {@code MersenneTwister} (dsol-core 4.3.2, BSD licence: the same seeding, the same words, so the same
 * numbers for the same seed) without its {@code synchronized}: a run draws from each stream on its one
 * simulation thread, and DSOL's lock cost a compare-and-swap on every draw, two for every {@code nextDouble}
 * (the network draws one per copy of every message). One difference: a seed whose low 31 bits are all zero
 * is refused instead of replaced by the wall clock, which would make a run irreproducible.
 */
final class UnlockedMersenneTwister extends RandomNumberGenerator {

    private static final long serialVersionUID = 1L;
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final int TEMPERING_MASK_B = 0x9d2c5680;
    private static final int TEMPERING_MASK_C = 0xefc60000;
    private static final int[] MAG01 = {0x0, MATRIX_A};

    private int[] mt;
    private int mti;

    /** A stream seeded with {@code seed} (&gt; 0). */
    UnlockedMersenneTwister(long seed) {
        super(seed);
    }

    @Override
    public void setSeed(long newSeed) {
        int first = ((int) newSeed) & LOWER_MASK;
        if (first == 0) {
            throw new IllegalArgumentException("seed " + newSeed + " has its low 31 bits all zero");
        }
        seed = newSeed;
        mt = new int[N];
        mt[0] = first;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 69069 * mt[mti - 1];
        }
    }

    @Override
    protected long next(int bits) {
        if (bits < 0 || bits > 32) {
            throw new IllegalArgumentException("bits (" + bits + ") not in range [0,32]");
        }
        if (mti >= N) {
            regenerate();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & TEMPERING_MASK_B;
        y ^= (y << 15) & TEMPERING_MASK_C;
        y ^= y >>> 18;
        return y >>> (32 - bits); // an int shifted, then widened with its sign, exactly as DSOL's
    }

    /** Generates the next {@code N} words at once. */
    private void regenerate() {
        int y;
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ MAG01[y & 0x1];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ MAG01[y & 0x1];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ MAG01[y & 0x1];
        mti = 0;
    }
}
