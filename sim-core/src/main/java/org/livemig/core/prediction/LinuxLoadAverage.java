package org.livemig.core.prediction;

/**
 * The load average a Linux (KVM) host reports: an exponentially damped mean of the runnable demand, so a VM
 * that arrives shows up in the host's load only gradually (thesis 5.1). Starts at 0. Not thread-safe.
 */
public final class LinuxLoadAverage {

    private final double decay;
    private double value;

    /**
     * Creates a load average sampled every {@code sampleIntervalS} seconds over a window of {@code windowS}.
     *
     * @param sampleIntervalS seconds between samples, finite and {@code > 0}
     * @param windowS         averaging window in seconds (300 for the 5-minute average), finite and {@code > 0}
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public LinuxLoadAverage(double sampleIntervalS, double windowS) {
        if (!Double.isFinite(sampleIntervalS) || sampleIntervalS <= 0) {
            throw new IllegalArgumentException("sampleIntervalS must be a finite number > 0, got " + sampleIntervalS);
        }
        if (!Double.isFinite(windowS) || windowS <= 0) {
            throw new IllegalArgumentException("windowS must be a finite number > 0, got " + windowS);
        }
        this.decay = Math.exp(-sampleIntervalS / windowS);
    }

    /** Returns the 5-minute load average sampled every 5 s, as Linux computes it. */
    public static LinuxLoadAverage fiveMinutes() {
        return new LinuxLoadAverage(5, 300);
    }

    /**
     * Takes one sample and returns the new value {@code load*e + n*(1-e)}. // SPEC 1, Linux load average
     *
     * @param runnableDemand runnable demand n on the host at this sample, finite and {@code >= 0}
     * @return the load average after this sample
     * @throws IllegalArgumentException if the demand is negative, NaN or infinite
     */
    public double update(double runnableDemand) {
        if (!Double.isFinite(runnableDemand) || runnableDemand < 0) {
            throw new IllegalArgumentException("runnableDemand must be a finite number >= 0, got " + runnableDemand);
        }
        value = value * decay + runnableDemand * (1 - decay);
        return value;
    }

    /** Returns the current load average (0 before any sample). */
    public double value() {
        return value;
    }

    /** Returns the decay factor {@code e = exp(-sampleInterval / window)} applied at each sample. */
    public double decayFactor() {
        return decay;
    }
}
