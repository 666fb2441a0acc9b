package org.livemig.sim.datacentre;

import org.livemig.core.prediction.LinuxLoadAverage;

/**
 * A Linux load average that starts from a given value instead of 0, as if the machine had been running
 * at that load. By linearity of the recurrence (SPEC 1) it is the load average from 0 plus the starting
 * value decayed once per sample.
 */
public final class HostLoadAverage {

    private final LinuxLoadAverage average;
    private final double decay;
    private double residual;

    /** A load average sampled every {@code sampleIntervalS} over {@code windowS}, starting at {@code initial}. */
    public HostLoadAverage(double sampleIntervalS, double windowS, double initial) {
        this.average = new LinuxLoadAverage(sampleIntervalS, windowS);
        this.decay = Math.exp(-sampleIntervalS / windowS); // SPEC 1, e = exp(-interval/window)
        this.residual = initial;
    }

    /** Adds one sample of runnable demand and returns the new load. */
    public double update(double runnableDemand) {
        residual = residual * decay;
        if (Math.abs(residual) < 1e-200) {
            residual = 0;
        }
        return average.update(runnableDemand) + residual;
    }

    /** Makes the current load {@code load}, as if the machine had been running at it (used at set-up). */
    public void warmStart(double load) {
        residual = load - average.value();
    }

    /** The current load. */
    public double value() {
        return average.value() + residual;
    }
}
