package org.livemig.sim;

import org.livemig.scenario.Hypervisor;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Scenario;

/** Small datacentres for the tests, built as scenarios with the builders users' code uses. */
public final class TestDatacentres {

    private TestDatacentres() {}

    /** The simulation size of [22] on KVM: 19 PMs x 2 cores, 2 GB, 50 VMs of 1 vCPU, 256 MB, the default walk. */
    public static Scenario nineteenPms(long seed, LoadLevel level) {
        return Scenario.builder()
                .seed(seed)
                .hypervisor(Hypervisor.KVM)
                .topology(t -> t.pms(19).vms(50))
                .workload(w -> w.level(level))
                .build();
    }

    /** {@code pms} PMs of 2 cores and {@code memoryMb} on KVM, {@code vms} VMs of steady demand at low load (0.25). */
    public static Scenario quiet(long seed, int pms, int memoryMb, int vms) {
        return Scenario.builder()
                .seed(seed)
                .hypervisor(Hypervisor.KVM)
                .topology(t -> t.pms(pms).memoryPerPmMb(memoryMb).vms(vms))
                .workload(w -> w.level(LoadLevel.LOW).walkSigma(0))
                .build();
    }
}
