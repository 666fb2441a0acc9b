package org.livemig.sim.network;

/**
 * Behaviour of the simulated network (SPEC 4: small latency, loss, delay; the fault settings).
 *
 * @param latencyS               one-way latency of every copy, s (&gt;= 0)
 * @param jitterS                extra latency drawn uniformly in [0, jitterS] per copy, s (&gt;= 0)
 * @param lossProbability        chance that a copy is lost, in [0, 1]
 * @param duplicationProbability chance that a copy is delivered twice, in [0, 1]
 * @param delayProbability       chance that a copy is held back, in [0, 1]
 * @param extraDelayS            a held-back copy is delayed by a further uniform [0, extraDelayS], s (&gt;= 0)
 */
public record NetworkSettings(double latencyS, double jitterS, double lossProbability,
                              double duplicationProbability, double delayProbability, double extraDelayS) {

    /** A switched LAN: 0.5 ms latency plus up to 0.5 ms jitter, no faults. */
    public static final NetworkSettings DEFAULT = new NetworkSettings(0.0005, 0.0005, 0, 0, 0, 1.0);

    /** Validates the settings; a bad value gets a one-line message naming it. */
    public NetworkSettings {
        requireAtLeastZero("network.latency_s", latencyS);
        requireAtLeastZero("network.jitter_s", jitterS);
        requireProbability("network.loss", lossProbability);
        requireProbability("network.duplication", duplicationProbability);
        requireProbability("network.delay", delayProbability);
        requireAtLeastZero("network.extra_delay_s", extraDelayS);
    }

    /** These settings with another loss probability. */
    public NetworkSettings withLoss(double probability) {
        return new NetworkSettings(latencyS, jitterS, probability, duplicationProbability, delayProbability,
                extraDelayS);
    }

    /** These settings with another duplication probability. */
    public NetworkSettings withDuplication(double probability) {
        return new NetworkSettings(latencyS, jitterS, lossProbability, probability, delayProbability,
                extraDelayS);
    }

    /** These settings with another delay probability and extra delay. */
    public NetworkSettings withDelay(double probability, double maxExtraDelayS) {
        return new NetworkSettings(latencyS, jitterS, lossProbability, duplicationProbability, probability,
                maxExtraDelayS);
    }

    private static void requireAtLeastZero(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0 (got " + value + ")");
        }
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1] (got " + value + ")");
        }
    }
}
