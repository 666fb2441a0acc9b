package org.livemig.entropy;

import org.livemig.argument.Arguments;

/**
 * The loads of a set of PMs with cached sums, so the entropy after a hypothetical VM move costs O(1).
 *
 * <p>With {@code S = sum l_i} and {@code Q = sum l_i ln l_i} the entropy of the shares is
 * {@code H = ln S - Q / S}, and {@code E = H / ln N} (thesis eq. 3.2-3.5). A move changes only two
 * terms of each sum. The sums are recomputed from scratch once every {@code N} applied moves so rounding
 * cannot drift (amortised O(1)).
 *
 * <p>A load that would drop below 0 (a moved load slightly larger than the source's load, through rounding
 * or stale reports) is clamped at 0. Not thread-safe.
 */
public final class LoadDistribution {

    private final double[] loads;
    private final double[] cores;
    private final double[] normalised;
    private final double logN;
    private double sum;
    private double sumLogTerms;
    private int movesSinceResync;

    /**
     * Creates a distribution from absolute loads and core counts.
     *
     * @param loads absolute loads {@code L_i}, each finite and {@code >= 0}
     * @param cores core counts {@code C_i}, each finite and {@code > 0}; same length as {@code loads}
     * @throws IllegalArgumentException if an array is null, the lengths differ, or a value is out of range
     */
    public LoadDistribution(double[] loads, double[] cores) {
        Arguments.nonNegativeAll("loads", loads);
        if (cores == null) {
            throw new IllegalArgumentException("cores must not be null");
        }
        if (cores.length != loads.length) {
            throw new IllegalArgumentException(
                    "loads and cores must have the same length, got " + loads.length + " and " + cores.length);
        }
        for (int i = 0; i < cores.length; i++) {
            Arguments.positive("cores[" + i + "]", cores[i]);
        }
        this.loads = loads.clone();
        this.cores = cores.clone();
        this.normalised = new double[loads.length];
        for (int i = 0; i < loads.length; i++) {
            normalised[i] = NormalisedLoad.of(loads[i], cores[i]);
        }
        this.logN = Math.log(loads.length);
        resync();
    }

    /** Returns the number of PMs. */
    public int size() {
        return loads.length;
    }

    /**
     * Returns the absolute load {@code L_i} of PM {@code i}.
     *
     * @throws IllegalArgumentException if {@code i} is not a PM index
     */
    public double load(int i) {
        checkIndex("i", i);
        return loads[i];
    }

    /**
     * Returns the normalised load {@code l_i = L_i / C_i} of PM {@code i}. // SPEC 1, normalised load
     *
     * @throws IllegalArgumentException if {@code i} is not a PM index
     */
    public double normalisedLoad(int i) {
        checkIndex("i", i);
        return normalised[i];
    }

    /** Returns the normalised entropy E of the current loads, as {@link LoadBalanceEntropy#of}. */
    public double entropy() {
        return entropyOf(sum, sumLogTerms);
    }

    /** Returns the mean normalised load, as {@link SystemLoad#mean}; 0 when there are no PMs. */
    public double systemLoad() {
        return loads.length == 0 ? 0 : sum / loads.length;
    }

    /**
     * Returns the entropy if the absolute load {@code movedLoad} moved from PM {@code from} to PM {@code to},
     * without changing this distribution. O(1). A move from a PM to itself changes nothing.
     *
     * @param from      index of the source PM
     * @param to        index of the destination PM
     * @param movedLoad absolute load moved, finite and {@code >= 0}
     * @return the normalised entropy after the move, in [0, 1]
     * @throws IllegalArgumentException if an index or the load is out of range
     */
    public double entropyAfterMove(int from, int to, double movedLoad) {
        checkMove(from, to, movedLoad);
        if (from == to) {
            return entropy();
        }
        double oldFrom = normalised[from];
        double oldTo = normalised[to];
        double newFrom = sourceAfter(from, movedLoad) / cores[from];
        double newTo = (loads[to] + movedLoad) / cores[to];
        double s = sum - oldFrom - oldTo + newFrom + newTo;
        double q = sumLogTerms - xLogX(oldFrom) - xLogX(oldTo) + xLogX(newFrom) + xLogX(newTo);
        return entropyOf(s, q);
    }

    /**
     * Moves the absolute load {@code movedLoad} from PM {@code from} to PM {@code to} and updates the cached
     * sums. A move from a PM to itself changes nothing.
     *
     * @param from      index of the source PM
     * @param to        index of the destination PM
     * @param movedLoad absolute load moved, finite and {@code >= 0}
     * @throws IllegalArgumentException if an index or the load is out of range
     */
    public void applyMove(int from, int to, double movedLoad) {
        checkMove(from, to, movedLoad);
        if (from == to) {
            return;
        }
        double oldFrom = normalised[from];
        double oldTo = normalised[to];
        loads[from] = sourceAfter(from, movedLoad);
        loads[to] = loads[to] + movedLoad;
        normalised[from] = loads[from] / cores[from];
        normalised[to] = loads[to] / cores[to];
        if (++movesSinceResync >= loads.length) {
            resync();
            return;
        }
        sum += normalised[from] + normalised[to] - oldFrom - oldTo;
        sumLogTerms += xLogX(normalised[from]) + xLogX(normalised[to]) - xLogX(oldFrom) - xLogX(oldTo);
    }

    private double sourceAfter(int from, double movedLoad) {
        return Math.max(0, loads[from] - movedLoad);
    }

    private double entropyOf(double s, double q) {
        if (loads.length <= 1 || s <= 0) {
            return 1;
        }
        double h = Math.log(s) - q / s;
        return LoadBalanceEntropy.clampUnit(h / logN);
    }

    private void resync() {
        double s = 0;
        double q = 0;
        for (double l : normalised) {
            s += l;
            q += xLogX(l);
        }
        sum = s;
        sumLogTerms = q;
        movesSinceResync = 0;
    }

    private static double xLogX(double x) {
        return x > 0 ? x * Math.log(x) : 0;
    }

    private void checkMove(int from, int to, double movedLoad) {
        checkIndex("from", from);
        checkIndex("to", to);
        Arguments.nonNegative("movedLoad", movedLoad);
    }

    private void checkIndex(String name, int i) {
        if (i < 0 || i >= loads.length) {
            throw new IllegalArgumentException(name + " must be a PM index in [0, " + loads.length + "), got " + i);
        }
    }
}
