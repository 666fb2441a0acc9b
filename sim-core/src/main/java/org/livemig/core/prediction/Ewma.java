package org.livemig.core.prediction;

/**
 * Exponentially weighted moving average used to predict a PM's load and a VM's dirty rate.
 *
 * <p>Until {@code warmupSamples} samples have arrived the value is the mean of the samples so far (0 before
 * any); the average then starts from that mean. Not thread-safe.
 */
public final class Ewma {

    private final double alpha;
    private final int warmupSamples;
    private int samples;
    private double value;

    /**
     * Creates an average.
     *
     * @param alpha         weight of the newest sample, in (0, 1]
     * @param warmupSamples number of samples whose mean starts the average, {@code >= 1}
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public Ewma(double alpha, int warmupSamples) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        }
        if (warmupSamples < 1) {
            throw new IllegalArgumentException("warmupSamples must be >= 1, got " + warmupSamples);
        }
        this.alpha = alpha;
        this.warmupSamples = warmupSamples;
    }

    /** Returns the thesis' average: alpha 0.2, started from the mean of the first 5 samples. */
    public static Ewma standard() {
        return new Ewma(0.2, 5);
    }

    /**
     * Adds a sample and returns the new value: {@code Y'_t = a*Y_t + (1-a)*Y'_(t-1)} once warmed up,
     * the running mean before. // thesis eq. 3.18
     *
     * @param sample the new observation, finite
     * @return the value after this sample
     * @throws IllegalArgumentException if the sample is NaN or infinite
     */
    public double update(double sample) {
        if (!Double.isFinite(sample)) {
            throw new IllegalArgumentException("sample must be a finite number, got " + sample);
        }
        if (samples < warmupSamples) {
            samples++;
            value += (sample - value) / samples;
        } else {
            value = alpha * sample + (1 - alpha) * value;
        }
        return value;
    }

    /** Returns the current value: the average, or the mean of the samples so far during warm-up (0 before any). */
    public double value() {
        return value;
    }

    /** Returns whether the warm-up samples have all arrived. */
    public boolean warmedUp() {
        return samples >= warmupSamples;
    }
}
