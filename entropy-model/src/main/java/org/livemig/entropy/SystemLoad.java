package org.livemig.entropy;

import org.livemig.argument.Arguments;

/**
 * System load: the mean normalised load over the PMs that are on.
 */
public final class SystemLoad {

    private SystemLoad() {}

    /**
     * Returns the mean of the given normalised loads. // thesis eq. 4.1
     * Callers pass only the PMs that are on; with no PM on the system load is 0.
     *
     * @param normalisedLoads normalised loads {@code l_i}, each finite and {@code >= 0}
     * @return the mean load, or 0 for an empty array
     * @throws IllegalArgumentException if the array is null or holds a negative or non-finite load
     */
    public static double mean(double[] normalisedLoads) {
        Arguments.nonNegativeAll("normalisedLoads", normalisedLoads);
        if (normalisedLoads.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double l : normalisedLoads) {
            sum += l;
        }
        return sum / normalisedLoads.length;
    }
}
