package org.livemig.scenario;

/**
 * What a run of a scenario needs, checked against what it can have before it starts: result rows and periodic
 * events that fit in memory and time, and VMs that fit the PMs' vCPU bound.
 * A scenario that passes {@link Topology} and {@link Workload} on their own can still fail here; the message
 * names the key to change.
 */
final class RunBounds {

    /** Longest run, simulated s (about 3.2 years): the measurement and load clocks stay exact in doubles. */
    static final double MAX_DURATION_S = 1e8;
    /** Most rows of {@code metrics.csv} (duration / measurement interval): each is kept in memory until written. */
    static final long MAX_SAMPLES = 10_000_000L;
    /** Most rows of {@code pm_loads.csv} (PMs x samples): 20 bytes each in memory (1 GB), about 1.2 GB of CSV. */
    static final long MAX_PM_LOAD_ROWS = 50_000_000L;
    /** Most periodic agent checks (PMs x duration / check interval); the benchmark runs 4 million in 20 s. */
    static final long MAX_AGENT_CHECKS = 500_000_000L;

    private RunBounds() {}

    /** Throws {@link InvalidScenarioException} naming the key to change when the run exceeds a bound. */
    static void check(Scenario s) {
        if (s.durationS() > MAX_DURATION_S) {
            throw new InvalidScenarioException(
                    "duration_s", "must be at most " + big(MAX_DURATION_S) + " s, got " + big(s.durationS()));
        }
        double samples = Math.floor(s.durationS() / s.measurementIntervalS());
        if (samples > MAX_SAMPLES) {
            throw new InvalidScenarioException(
                    "duration_s",
                    "makes " + big(samples)
                            + " measurement samples (duration_s / measurement_interval_s "
                            + NumberText.format(s.measurementIntervalS()) + "), at most " + MAX_SAMPLES + " fit; got "
                            + big(s.durationS()),
                    "measurement_interval_s");
        }
        double windows = Math.floor(s.durationS() / s.recordIntervalS());
        if (windows > MAX_SAMPLES) {
            throw new InvalidScenarioException(
                    "record_interval_s",
                    "makes " + big(windows)
                            + " overhead windows over duration_s " + big(s.durationS()) + ", at most "
                            + MAX_SAMPLES + " fit; got " + NumberText.format(s.recordIntervalS()),
                    "duration_s");
        }
        int pms = s.topology().pms();
        if (pms > Topology.MAX_BROADCAST_PMS && !s.negotiation().sampled()) {
            throw new InvalidScenarioException(
                    "topology.pms",
                    "must be at most " + Topology.MAX_BROADCAST_PMS
                            + " with negotiation.fanout all (every broadcast reaches every PM); set a fanout such as 32 for "
                            + "more, got " + pms,
                    "negotiation.fanout");
        }
        double rows = samples * pms;
        if (rows > MAX_PM_LOAD_ROWS) {
            throw new InvalidScenarioException(
                    "duration_s",
                    "makes " + big(rows)
                            + " rows of pm_loads.csv (" + pms + " PMs x " + big(samples)
                            + " samples), at most " + MAX_PM_LOAD_ROWS + " fit in memory; got "
                            + big(s.durationS()),
                    "measurement_interval_s",
                    "topology.pms");
        }
        double checks = Math.floor(s.durationS() / s.negotiation().checkIntervalS()) * pms;
        if (checks > MAX_AGENT_CHECKS) {
            throw new InvalidScenarioException(
                    "duration_s",
                    "makes " + big(checks)
                            + " agent checks (" + pms + " PMs every negotiation.check_interval_s "
                            + NumberText.format(s.negotiation().checkIntervalS()) + " s), at most " + MAX_AGENT_CHECKS
                            + "; got " + big(s.durationS()),
                    "negotiation.check_interval_s",
                    "topology.pms");
        }
        checkVcpus(s.topology());
    }

    /** Identical VMs fit only as whole VMs per PM: memory and the vCPU bound both limit how many. */
    private static void checkVcpus(Topology t) {
        long perPm = Math.min(t.memoryPerPmMb() / t.vmMemoryMb(), t.maxVcpusPerPm() / t.vmVcpus());
        long capacity = perPm * t.pms();
        if (t.vms() > capacity) {
            throw new InvalidScenarioException(
                    "topology.vms",
                    "must be at most " + capacity + " (" + perPm
                            + " VMs of " + t.vmVcpus() + " vcpus fit in " + t.coresPerPm() + " cores x vcpu_overcommit "
                            + NumberText.format(t.vcpuOvercommit()) + " on each of " + t.pms() + " PMs), got "
                            + t.vms(),
                    "topology.vcpu_overcommit",
                    "topology.pms");
        }
    }

    /** A number as typed when it is short, else in scientific notation ({@code 1e300} is not 301 digits). */
    private static String big(double v) {
        return Math.abs(v) < 1e12 ? NumberText.format(v) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
