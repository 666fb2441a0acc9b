package org.livemig.entropy;

import org.livemig.argument.Arguments;

/**
 * Normalised load of a PM: its load divided by its number of cores, so PMs of different size compare.
 */
public final class NormalisedLoad {

    private NormalisedLoad() {}

    /**
     * Returns {@code l_i = L_i / C_i}. // SPEC 1, normalised load
     *
     * @param load  the PM's load L_i (runnable demand), finite and {@code >= 0}
     * @param cores the PM's number of cores C_i, finite and {@code > 0}
     * @return the normalised load
     * @throws IllegalArgumentException if {@code load} or {@code cores} is out of range
     */
    public static double of(double load, double cores) {
        Arguments.nonNegative("load", load);
        Arguments.positive("cores", cores);
        return load / cores;
    }
}
