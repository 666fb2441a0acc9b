package org.livemig.libvirt.testbed;

import java.util.ArrayList;
import java.util.List;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Workload;
import org.livemig.scenario.WorkloadType;

/**
 * When and to what the testbed's guest CPU quotas change so the PMs' real load follows the scenario's
 * workload over a shortened run: a burst or drain at {@code change_at_s} of the scenario happens at the same
 * fraction of the testbed run, and every guest's load is scaled by the ratio of the system loads of the two
 * levels (SPEC 5; thesis 5.2.3 "high load after the burst", 5.2.4 "low load after the drain"). Normal and
 * fluctuation workloads keep their start quotas (no steps).
 *
 * @param changeAtS the change time on the testbed's clock, s; NaN when nothing changes
 * @param steps     one quota change per guest, at {@code changeAtS}
 */
public record QuotaSchedule(double changeAtS, List<Step> steps) {

    /** The {@code <cputune>} period of every guest, in µs (scripts/testbed.sh). */
    public static final int PERIOD_US = 100_000;
    /** The smallest quota the testbed gives a guest, in µs (scripts/testbed.sh). */
    public static final int MIN_QUOTA_US = 1_000;

    /**
     * One quota change.
     *
     * @param atS     testbed time of the change, s
     * @param vmId    the guest ({@code vmN}, wherever it runs then)
     * @param load    its new load, share of one core
     * @param quotaUs its new {@code vcpu_quota} per {@link #PERIOD_US}
     */
    public record Step(double atS, int vmId, double load, long quotaUs) {}

    /** Copies the steps. */
    public QuotaSchedule {
        steps = List.copyOf(steps);
    }

    /**
     * The schedule for {@code guests} (their start loads) under {@code workload} of a scenario lasting
     * {@code scenarioDurationS}, on a testbed run of {@code testbedDurationS}.
     */
    public static QuotaSchedule of(
            Workload workload, double scenarioDurationS, double testbedDurationS, List<LocalTestbed.Guest> guests) {
        if (!(scenarioDurationS > 0) || !(testbedDurationS > 0)) {
            throw new IllegalArgumentException("durations must be positive, got scenario " + scenarioDurationS
                    + " s, testbed " + testbedDurationS + " s");
        }
        if (workload.type() != WorkloadType.BURST && workload.type() != WorkloadType.DRAIN) {
            return new QuotaSchedule(Double.NaN, List.of());
        }
        double at = scaledTime(workload.changeAtS(), scenarioDurationS, testbedDurationS);
        LoadLevel after = workload.levelAt(workload.changeAtS());
        double factor = after.systemLoad() / workload.level().systemLoad();
        List<Step> steps = new ArrayList<>();
        for (LocalTestbed.Guest g : guests) {
            double load = Math.min(1.0, g.load() * factor);
            steps.add(new Step(at, g.vmId(), load, quota(load)));
        }
        return new QuotaSchedule(at, steps);
    }

    /** {@code timeS} of a scenario lasting {@code scenarioDurationS}, at the same fraction of the testbed run. */
    public static double scaledTime(double timeS, double scenarioDurationS, double testbedDurationS) {
        return timeS / scenarioDurationS * testbedDurationS;
    }

    /** The {@code vcpu_quota} giving {@code load} of a core: load x period, at least {@link #MIN_QUOTA_US}. */
    public static long quota(double load) {
        long q = (long) Math.floor(load * PERIOD_US + 1e-9);
        return Math.max(MIN_QUOTA_US, Math.min(PERIOD_US, q));
    }

    /** Whether any quota changes. */
    public boolean changes() {
        return !steps.isEmpty();
    }
}
