package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import java.util.List;
import org.livemig.argument.Arguments;

/**
 * Faults the simulation injects besides the network's loss, duplication and delay (issue 14): agent crashes
 * with lost state and optional restart, a network partition, per-link loss, clock skew and drift, live
 * migrations that fail halfway and reports the measurement point misses. By default none; see
 * scenarios/README.md for each fault's semantics.
 *
 * @param crashPm PM whose agent crashes at {@code crashAtS}; -1 for none (default -1)
 * @param crashAtS time of that crash, s (default 0)
 * @param crashRandomRatePerH every PM's agent also crashes at random, Poisson at this rate per hour (default 0)
 * @param restartAfterS a crashed agent restarts, with empty state, after this long; 0 never (default 60)
 * @param partitionAtS start of the network partition, s (default 0)
 * @param partitionDurationS how long the partition lasts, s; 0 for no partition (default 0)
 * @param partitionFraction share of the PMs cut off from the others and the measurement point (default 0.5)
 * @param linkLoss per-link loss rules {@code FROM>TO=P,...}; empty for none (default empty)
 * @param clockSkewMaxS each PM's clock is off by uniform(-max, max), s (default 0)
 * @param clockDriftMaxPpm each PM's clock runs fast or slow by uniform(-max, max) parts per million (default 0)
 * @param migrationFailureProbability chance a live migration fails partway, the VM staying on its source (default 0)
 * @param reportMissProbability chance the measurement point misses a report sent to it (default 0)
 */
public record Faults(
        int crashPm,
        double crashAtS,
        double crashRandomRatePerH,
        double restartAfterS,
        double partitionAtS,
        double partitionDurationS,
        double partitionFraction,
        String linkLoss,
        double clockSkewMaxS,
        double clockDriftMaxPpm,
        double migrationFailureProbability,
        double reportMissProbability) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public Faults {
        Arguments.range("faults.crash_pm", crashPm, -1, Topology.MAX_PMS - 1, INVALID);
        Arguments.nonNegative("faults.crash_at_s", crashAtS, INVALID);
        Arguments.range("faults.crash_random_rate_per_h", crashRandomRatePerH, 0, true, 3600, true, INVALID);
        Arguments.nonNegative("faults.restart_after_s", restartAfterS, INVALID);
        Arguments.nonNegative("faults.partition_at_s", partitionAtS, INVALID);
        Arguments.nonNegative("faults.partition_duration_s", partitionDurationS, INVALID);
        Arguments.range("faults.partition_fraction", partitionFraction, 0, false, 1, false, INVALID);
        linkLoss = linkLoss == null ? "" : linkLoss.strip();
        LinkLossRule.parseAll(linkLoss);
        Arguments.nonNegative("faults.clock_skew_max_s", clockSkewMaxS, INVALID);
        Arguments.range("faults.clock_drift_max_ppm", clockDriftMaxPpm, 0, true, 100_000, true, INVALID);
        Arguments.probability("faults.migration_failure_probability", migrationFailureProbability, INVALID);
        Arguments.probability("faults.report_miss_probability", reportMissProbability, INVALID);
    }

    /** The defaults: no fault. */
    public static Faults defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether any fault is set; without one, a run is exactly as it was before faults existed. */
    public boolean any() {
        return !equals(defaults());
    }

    /** Whether agents can crash (a chosen PM, or at random). */
    public boolean crashes() {
        return crashPm >= 0 || crashRandomRatePerH > 0;
    }

    /** Whether a crashed agent comes back. */
    public boolean restarts() {
        return restartAfterS > 0;
    }

    /** Whether a partition happens. */
    public boolean partitions() {
        return partitionDurationS > 0;
    }

    /** Whether agents' clocks differ from the true time. */
    public boolean skewsClocks() {
        return clockSkewMaxS > 0 || clockDriftMaxPpm > 0;
    }

    /** The per-link loss rules, in the order written (the last matching rule wins). */
    public List<LinkLossRule> linkLossRules() {
        return LinkLossRule.parseAll(linkLoss);
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder()
                .crashPm(crashPm)
                .crashAtS(crashAtS)
                .crashRandomRatePerH(crashRandomRatePerH)
                .restartAfterS(restartAfterS)
                .partitionAtS(partitionAtS)
                .partitionDurationS(partitionDurationS)
                .partitionFraction(partitionFraction)
                .linkLoss(linkLoss)
                .clockSkewMaxS(clockSkewMaxS)
                .clockDriftMaxPpm(clockDriftMaxPpm)
                .migrationFailureProbability(migrationFailureProbability)
                .reportMissProbability(reportMissProbability);
    }

    /** Mutable builder of {@link Faults}; {@link #build()} validates. */
    public static final class Builder {
        private int crashPm = -1;
        private double crashAtS = 0;
        private double crashRandomRatePerH = 0;
        private double restartAfterS = 60;
        private double partitionAtS = 0;
        private double partitionDurationS = 0;
        private double partitionFraction = 0.5;
        private String linkLoss = "";
        private double clockSkewMaxS = 0;
        private double clockDriftMaxPpm = 0;
        private double migrationFailureProbability = 0;
        private double reportMissProbability = 0;

        private Builder() {}

        /** @return this */
        public Builder crashPm(int v) {
            crashPm = v;
            return this;
        }
        /** @return this */
        public Builder crashAtS(double v) {
            crashAtS = v;
            return this;
        }
        /** @return this */
        public Builder crashRandomRatePerH(double v) {
            crashRandomRatePerH = v;
            return this;
        }
        /** @return this */
        public Builder restartAfterS(double v) {
            restartAfterS = v;
            return this;
        }
        /** @return this */
        public Builder partitionAtS(double v) {
            partitionAtS = v;
            return this;
        }
        /** @return this */
        public Builder partitionDurationS(double v) {
            partitionDurationS = v;
            return this;
        }
        /** @return this */
        public Builder partitionFraction(double v) {
            partitionFraction = v;
            return this;
        }
        /** @return this */
        public Builder linkLoss(String v) {
            linkLoss = v;
            return this;
        }
        /** @return this */
        public Builder clockSkewMaxS(double v) {
            clockSkewMaxS = v;
            return this;
        }
        /** @return this */
        public Builder clockDriftMaxPpm(double v) {
            clockDriftMaxPpm = v;
            return this;
        }
        /** @return this */
        public Builder migrationFailureProbability(double v) {
            migrationFailureProbability = v;
            return this;
        }
        /** @return this */
        public Builder reportMissProbability(double v) {
            reportMissProbability = v;
            return this;
        }

        /** The faults; throws {@link InvalidScenarioException} if a value is out of range. */
        public Faults build() {
            return new Faults(
                    crashPm,
                    crashAtS,
                    crashRandomRatePerH,
                    restartAfterS,
                    partitionAtS,
                    partitionDurationS,
                    partitionFraction,
                    linkLoss,
                    clockSkewMaxS,
                    clockDriftMaxPpm,
                    migrationFailureProbability,
                    reportMissProbability);
        }
    }
}
