package org.livemig.entropy;

import org.livemig.argument.Arguments;

/**
 * System performance: the Shannon entropy of the PMs' load shares, normalised to [0, 1] (1 is perfectly even).
 */
public final class LoadBalanceEntropy {

    private LoadBalanceEntropy() {}

    /**
     * Returns {@code E = H / ln N} with {@code H = -sum p_i ln p_i} and {@code p_i = l_i / sum l_j};
     * shares of 0 add 0. // thesis eq. 3.2-3.5
     * E is 1 when there is at most one PM or every load is 0, and is clamped to [0, 1] against rounding.
     *
     * @param normalisedLoads normalised loads {@code l_i}, each finite and {@code >= 0}
     * @return the normalised entropy in [0, 1]
     * @throws IllegalArgumentException if the array is null or holds a negative or non-finite load
     */
    public static double of(double[] normalisedLoads) {
        Arguments.nonNegativeAll("normalisedLoads", normalisedLoads);
        int n = normalisedLoads.length;
        if (n <= 1) {
            return 1;
        }
        double sum = 0;
        for (double l : normalisedLoads) {
            sum += l;
        }
        if (sum <= 0) {
            return 1;
        }
        double h = 0;
        for (double l : normalisedLoads) {
            if (l > 0) {
                double p = l / sum;
                h -= p * Math.log(p);
            }
        }
        return clampUnit(h / Math.log(n));
    }

    static double clampUnit(double e) {
        return Math.max(0, Math.min(1, e));
    }
}
