package org.livemig.sim.datacentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.scenario.Hypervisor;
import org.livemig.scenario.Scenario;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.TestDatacentres;
import org.livemig.strategy.choice.CandidateRules;

/**
 * Thesis 5.2.1's Push example of why Xen migrates more than KVM: a candidate takes a VM whose Linux load
 * is 0.3; afterwards KVM reports 0.3 more and turns down a second such VM at threshold 0.7, while Xen
 * reports only 0.2 more and bids for it. The candidate starts at 0.15, not the thesis's 0.1, whose KVM
 * sum lands exactly on the threshold (a load average approaches it from below). The mechanism is in the simulated hosts; the
 * full sweep still shows KVM with more migrations (docs/RESULTS.md), because at the same reported level a
 * Xen VM's own load is 1.5 times a KVM VM's.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class XenLoadFactorExampleTest {

    private static final double CORES = 2;
    private static final double BASE = 0.15;

    /** Whether the candidate, at 0.15 and after receiving one VM of Linux load 0.3, bids for a second one. */
    private static boolean bidsForASecondVm(Hypervisor kind) {
        Scenario onKind = TestDatacentres.quiet(1, 2, 4096, 3).toBuilder()
                .hypervisor(kind)
                .build();
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(onKind)) {
            double factor = kind.loadFactor();
            SimulatedVm resident = dc.cluster().vm(0);
            SimulatedVm arriving = dc.cluster().vm(1);
            dc.cluster().vm(2).setBaseDemand(0);
            int candidate = resident.host().id();
            int other = 1 - candidate;
            for (SimulatedVm vm : dc.cluster().vms()) {
                if (vm != resident && vm.host().id() == candidate) {
                    dc.hypervisor(candidate).startMigration(vm.id(), other, new RecordingListener());
                }
            }
            resident.setBaseDemand(BASE * CORES / factor); // the candidate reports 0.15
            arriving.setBaseDemand(0.3 * CORES); // Linux load 0.3 of the candidate's cores
            dc.runUntil(2000);
            assertEquals(BASE, dc.hypervisor(candidate).reportedLoad() / CORES, 1e-3, kind + " candidate before");

            dc.hypervisor(other).startMigration(arriving.id(), candidate, new RecordingListener());
            dc.runUntil(4000); // more than six 5-minute windows: the load average has caught up
            double reported = dc.hypervisor(candidate).reportedLoad();
            assertEquals(BASE + 0.3 * factor, reported / CORES, 1e-3, kind + " candidate after one VM");

            PmInfo me = new PmInfo(candidate, (int) CORES, reported, reported, 4096, 512, 0, 0);
            VmInfo next = new VmInfo(99, 1, 0.3 * CORES, 0.3 * CORES, 256, 2);
            return CandidateRules.keepsDestinationCool(me, next, 0.7);
        }
    }

    @Test
    void xenStillBidsWhereKvmTurnsTheSecondVmDown() {
        assertTrue(bidsForASecondVm(Hypervisor.XEN), "Xen: 0.15 + 0.2 + 0.3 < 0.7");
        assertFalse(bidsForASecondVm(Hypervisor.KVM), "KVM: 0.15 + 0.3 + 0.3 is not below 0.7");
    }
}
