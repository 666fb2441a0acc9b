package org.livemig.scenario;

import java.util.Optional;

/**
 * A size of datacentre with its thresholds (SPEC 5). In YAML, {@code preset: testbed} sets these values
 * first and the file's own keys override them.
 */
public enum Preset implements Spelled {
    /**
     * The thesis testbed: 4 PMs x 2 cores, 2048 MB, 16 VMs of 1 vcpu and 256 MB, thresholds 0.55 / 0.25.
     * The thesis does not give its VM count (it added and removed VMs until the load matched, 4.3.1);
     * 16 (4 per host, 1 GB of each 2 GB) reproduces its testbed findings, 8 did not (docs/RESULTS.md).
     */
    TESTBED("testbed", 4, 16, 0.55, 0.25, 4),
    /** The OMNeT++ simulation of [22]: 19 PMs x 2 cores, 50 VMs of 1 vcpu and 256 MB, thresholds 0.7 / 0.3. */
    SIMULATION("simulation", 19, 50, 0.7, 0.3, 10),
    /** Seed 000's simulation: 15 PMs x 2 cores, 50 VMs of 1 vcpu and 256 MB, thresholds 0.7 / 0.3. */
    LCC("lcc", 15, 50, 0.7, 0.3, 10);

    private final String spelling;
    private final int pms;
    private final int vms;
    private final double pushThreshold;
    private final double pullThreshold;
    private final int fluctuatingVms;

    Preset(String spelling, int pms, int vms, double pushThreshold, double pullThreshold, int fluctuatingVms) {
        this.spelling = spelling;
        this.pms = pms;
        this.vms = vms;
        this.pushThreshold = pushThreshold;
        this.pullThreshold = pullThreshold;
        this.fluctuatingVms = fluctuatingVms;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The preset spelled {@code text} (case ignored), if any. */
    public static Optional<Preset> parse(String text) {
        return Spelled.parse(values(), text);
    }

    /**
     * Sets the topology (PMs, cores, memory, link, VMs and their size), the push and pull thresholds and
     * the number of VMs a fluctuation adds and removes.
     */
    public void applyTo(ScenarioBuilder builder) {
        builder.topology(t -> t.pms(pms)
                        .coresPerPm(2)
                        .memoryPerPmMb(2048)
                        .linkMbitps(100)
                        .vms(vms)
                        .vmVcpus(1)
                        .vmMemoryMb(256))
                .negotiation(n -> n.pushThreshold(pushThreshold).pullThreshold(pullThreshold))
                .workload(w -> w.addVms(fluctuatingVms).removeVms(fluctuatingVms));
    }
}
