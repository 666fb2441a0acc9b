package org.livemig.results.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * One-sided tests that a sample's values are greater than another's (or than a number): Welch's t-test and the
 * Mann-Whitney U test. Each gives its statistic and the p-value of the null hypothesis that the first is not
 * greater. To test "smaller", pass the samples negated.
 */
public enum OneSidedTest {

    /** Welch's unequal-variances t-test (Welch 1947), Welch-Satterthwaite degrees of freedom; one sample against a
     * number is Student's one-sample t-test. */
    WELCH("welch", "Welch t-test"),
    /** The Mann-Whitney U test (Mann and Whitney 1947): exact permutation distribution of U (ties counted as a
     * half) up to 100 000 arrangements, else the normal approximation with tie and continuity corrections. */
    MANN_WHITNEY("mann-whitney", "Mann-Whitney U test");

    /** Most arrangements enumerated for an exact Mann-Whitney p-value. */
    static final long EXACT_LIMIT = 100_000;

    private final String spelling;
    private final String title;

    OneSidedTest(String spelling, String title) {
        this.spelling = spelling;
        this.title = title;
    }

    /** How claims files name the test. */
    public String spelling() {
        return spelling;
    }

    /** The test's name in reports. */
    public String title() {
        return title;
    }

    /**
     * The result of a test.
     *
     * @param statistic t (Welch) or U (Mann-Whitney)
     * @param df degrees of freedom (Welch), NaN otherwise
     * @param p the one-sided p-value
     */
    public record Result(double statistic, double df, double p) {}

    /** The test spelled {@code text}, or null. */
    public static OneSidedTest parse(String text) {
        for (OneSidedTest t : values()) {
            if (t.spelling.equals(text)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Tests whether {@code a}'s values are greater than {@code b}'s.
     *
     * @param a the first sample, at least two values for Welch, one for Mann-Whitney
     * @param b the second sample, likewise
     * @return statistic and one-sided p-value
     */
    public Result greater(double[] a, double[] b) {
        return this == WELCH ? welch(a, b) : mannWhitney(a, b);
    }

    /** Welch's t-test of a > b, or with {@code b} of one value and {@code a} alone, one-sample t of a > b[0]. */
    static Result welch(double[] a, double[] b) {
        MeanInterval x = MeanInterval.of(a);
        MeanInterval y = MeanInterval.of(b);
        double diff = x.mean() - y.mean();
        double va = a.length > 1 ? x.std() * x.std() / a.length : 0;
        double vb = b.length > 1 ? y.std() * y.std() / b.length : 0;
        double se = Math.sqrt(va + vb);
        double df = va + vb == 0
                ? Double.POSITIVE_INFINITY
                : (va + vb)
                        * (va + vb)
                        / ((a.length > 1 ? va * va / (a.length - 1) : 0)
                                + (b.length > 1 ? vb * vb / (b.length - 1) : 0));
        if (se == 0) {
            return new Result(
                    diff > 0 ? Double.POSITIVE_INFINITY : diff < 0 ? Double.NEGATIVE_INFINITY : 0,
                    df,
                    diff > 0 ? 0 : 1);
        }
        double t = diff / se;
        return new Result(t, df, 1 - new TDistribution(null, df).cumulativeProbability(t));
    }

    /** Mann-Whitney U of a > b: U counts pairs with a > b, ties as a half. */
    static Result mannWhitney(double[] a, double[] b) {
        double u = u(a, b);
        long arrangements = binomial(a.length + b.length, a.length);
        if (arrangements <= EXACT_LIMIT) {
            double[] pooled = new double[a.length + b.length];
            System.arraycopy(a, 0, pooled, 0, a.length);
            System.arraycopy(b, 0, pooled, a.length, b.length);
            long[] atLeast = {0};
            choose(pooled, new boolean[pooled.length], 0, a.length, u, atLeast);
            return new Result(u, Double.NaN, (double) atLeast[0] / arrangements);
        }
        int n1 = a.length;
        int n2 = b.length;
        double[] pooled = new double[n1 + n2];
        System.arraycopy(a, 0, pooled, 0, n1);
        System.arraycopy(b, 0, pooled, n1, n2);
        Arrays.sort(pooled);
        double ties = 0;
        for (int i = 0; i < pooled.length; ) {
            int j = i;
            while (j < pooled.length && pooled[j] == pooled[i]) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double n = n1 + n2;
        double sd = Math.sqrt(n1 * n2 / 12.0 * ((n + 1) - ties / (n * (n - 1))));
        double z = sd == 0 ? 0 : (u - n1 * n2 / 2.0 - 0.5) / sd;
        return new Result(u, Double.NaN, sd == 0 ? 1 : 1 - new NormalDistribution(null, 0, 1).cumulativeProbability(z));
    }

    private static double u(double[] a, double[] b) {
        double u = 0;
        for (double x : a) {
            for (double y : b) {
                u += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        return u;
    }

    /** Counts the splits of {@code pooled} into {@code k} "a" values and the rest whose U is at least {@code u}. */
    private static void choose(double[] pooled, boolean[] inA, int from, int k, double u, long[] atLeast) {
        if (k == 0) {
            int na = 0;
            for (boolean b : inA) {
                na += b ? 1 : 0;
            }
            double[] a = new double[na];
            double[] b = new double[pooled.length - na];
            int i = 0;
            int j = 0;
            for (int m = 0; m < pooled.length; m++) {
                if (inA[m]) {
                    a[i++] = pooled[m];
                } else {
                    b[j++] = pooled[m];
                }
            }
            if (u(a, b) >= u - 1e-9) {
                atLeast[0]++;
            }
            return;
        }
        for (int m = from; m <= pooled.length - k; m++) {
            inA[m] = true;
            choose(pooled, inA, m + 1, k - 1, u, atLeast);
            inA[m] = false;
        }
    }

    private static long binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
            if (c > Long.MAX_VALUE / 2.0) {
                return Long.MAX_VALUE;
            }
        }
        return Math.round(c);
    }
}
