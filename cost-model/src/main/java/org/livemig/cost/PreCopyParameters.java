package org.livemig.cost;

import org.livemig.argument.Arguments;

/**
 * Parameters of the pre-copy live-migration cost model (SPEC 1, thesis 3.6-3.12, Algorithm 1).
 *
 * <p>The writable-working-set ratio of a round is {@code gamma = clamp(a*T_i + b*D + c, 0, 1)}
 * (thesis eq. 3.11-3.12), where {@code T_i} is the round's duration in s and {@code D} the page dirty
 * rate in MB/s.
 *
 * @param a           coefficient of the round duration in gamma, 1/s
 * @param b           coefficient of the dirty rate in gamma, s/MB
 * @param c           constant term of gamma
 * @param thresholdMb V_thd: pre-copy stops once a round would send at most this much, MB (&gt;= 0)
 * @param resumeS     T_resume: time to resume the VM on the destination, s (&gt;= 0)
 * @param maxRounds   largest round index of Algorithm 1's loop {@code for i = 0 .. max_rounds}: at most
 *                    {@code maxRounds + 1} pre-copy rounds are sent before the stop-and-copy round (&gt;= 0)
 */
public record PreCopyParameters(double a, double b, double c, double thresholdMb, double resumeS, int maxRounds) {

    /** The defaults of SPEC 1: the DaCapo fit of gamma, V_thd = 0.25 MB, T_resume = 20 ms, 29 rounds (Xen). */
    public static final PreCopyParameters DEFAULT = new PreCopyParameters(-0.0463, -0.0001, 0.3586, 0.25, 0.020, 29);

    /** Validates every parameter; throws {@link IllegalArgumentException} naming the first bad one. */
    public PreCopyParameters {
        Arguments.finite("a", a);
        Arguments.finite("b", b);
        Arguments.finite("c", c);
        Arguments.finite("thresholdMb", thresholdMb);
        Arguments.finite("resumeS", resumeS);
        if (thresholdMb < 0) {
            throw new IllegalArgumentException("thresholdMb must be >= 0 (got " + thresholdMb + ")");
        }
        if (resumeS < 0) {
            throw new IllegalArgumentException("resumeS must be >= 0 (got " + resumeS + ")");
        }
        if (maxRounds < 0) {
            throw new IllegalArgumentException("maxRounds must be >= 0 (got " + maxRounds + ")");
        }
    }

    /** The plain geometric model: gamma = 0 (a = b = c = 0), other parameters as in {@link #DEFAULT}. */
    public static PreCopyParameters geometric() {
        return new PreCopyParameters(0, 0, 0, DEFAULT.thresholdMb, DEFAULT.resumeS, DEFAULT.maxRounds);
    }
}
