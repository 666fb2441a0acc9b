package org.livemig.sim.datacentre;

/**
 * Optional overload failure (SPEC 4, thesis 5.1): a PM whose summed VM demand stays above
 * {@code factor} x its cores for {@code afterS} stops answering; its network node goes down and its
 * VMs stay on it.
 *
 * @param enabled whether PMs can fail
 * @param factor  demand limit as a multiple of the cores (&gt; 0)
 * @param afterS  how long the demand must stay above the limit, s (&gt;= 0)
 */
public record OverloadFailureSettings(boolean enabled, double factor, double afterS) {

    /** PMs never fail. */
    public static final OverloadFailureSettings DISABLED = new OverloadFailureSettings(false, 1.0, 300);

    /** Validates the settings; a bad value gets a one-line message naming it. */
    public OverloadFailureSettings {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("overload_failure.factor must be a finite number > 0 (got "
                    + factor + ")");
        }
        if (!(afterS >= 0) || Double.isInfinite(afterS)) {
            throw new IllegalArgumentException("overload_failure.after_s must be a finite number >= 0 (got "
                    + afterS + ")");
        }
    }

    /** PMs fail after {@code afterS} above {@code factor} x cores. */
    public static OverloadFailureSettings after(double factor, double afterS) {
        return new OverloadFailureSettings(true, factor, afterS);
    }
}
