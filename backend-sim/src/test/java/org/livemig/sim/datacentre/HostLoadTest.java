package org.livemig.sim.datacentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.scenario.Hypervisor;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Scenario;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.TestDatacentres;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostLoadTest {

    private static final double E = Math.exp(-5.0 / 300); // SPEC 1, the 5-minute average sampled every 5 s

    @Test
    void theHostLoadAverageLagsADemandStep() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.quiet(3, 2, 4096, 4))) {
            SimulatedPm pm = dc.cluster().vm(0).host();
            double before = pm.loadAverage();
            assertEquals(pm.demand(), before, 1e-9, "the load average starts at the demand");
            dc.scheduler().schedule(0, () -> dc.cluster().vm(0).setBaseDemand(1.0));
            dc.runUntil(0);
            double after = pm.demand();

            dc.runUntil(5);
            double oneSample = pm.loadAverage();
            assertEquals(after + (before - after) * E, oneSample, 1e-9);
            assertTrue(
                    Math.abs(oneSample - before) < 0.02 * Math.abs(after - before) + 1e-12,
                    "one sample moves the load by under 2 % of the step");

            dc.runUntil(300);
            assertEquals(after + (before - after) * Math.pow(E, 60), pm.loadAverage(), 1e-9);
            dc.runUntil(3000);
            assertEquals(after, pm.loadAverage(), 1e-3);
        }
    }

    @Test
    void aHostReportsItsHypervisorsShareOfItsVmsDemand() {
        Scenario kvm = TestDatacentres.nineteenPms(5, LoadLevel.MEDIUM).toBuilder()
                .workload(w -> w.walkSigma(0))
                .build();
        Scenario xen = kvm.toBuilder().hypervisor(Hypervisor.XEN).build();
        Scenario factorOfOneHalf = kvm.toBuilder().hypervisorLoadFactor(0.5).build();
        for (Scenario scenario : List.of(kvm, xen, factorOfOneHalf)) {
            try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
                dc.runUntil(1000);
                for (SimulatedPm pm : dc.cluster().pms()) {
                    double demand = pm.residents().stream()
                            .mapToDouble(SimulatedVm::demand)
                            .sum();
                    assertEquals(
                            scenario.hypervisorLoadFactor() * demand,
                            dc.hypervisor(pm.id()).reportedLoad(),
                            1e-6,
                            scenario.hypervisor() + " PM " + pm.id());
                }
                assertEquals(0.4, dc.systemLoad(), 1e-6, "the level is the reported load on every hypervisor");
            }
        }
    }

    @Test
    void aPmWhoseDemandStaysAboveItsCapacityFails() {
        Scenario settings = TestDatacentres.quiet(9, 3, 4096, 6).toBuilder()
                .overloadFailure(f -> f.enabled(true).thresholdFactor(0.5).afterS(60))
                .topology(t -> t.vmVcpus(2))
                .build();
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(settings)) {
            double[] downAt = {Double.NaN};
            dc.addObserver(new DatacentreObserver() {
                @Override
                public void pmDown(double timeS, int pmId) {
                    downAt[0] = timeS;
                }
            });
            SimulatedVm hot = dc.cluster().vm(0);
            SimulatedPm pm = hot.host();
            dc.scheduler().schedule(0, () -> {
                dc.cluster().vms().forEach(vm -> vm.setBaseDemand(0));
                hot.setBaseDemand(2.0); // 2 cores of demand > 0.5 x 2 cores
            });

            dc.runUntil(600);

            assertTrue(pm.isDown());
            assertTrue(dc.network().isDown(pm.id()));
            assertEquals(65.0, downAt[0], 1e-9, "above the limit from the sample at 5 s, down 60 s later");
            assertEquals(pm, hot.host(), "its VMs stay on it");
            dc.cluster().pms().stream().filter(p -> p != pm).forEach(p -> assertTrue(!p.isDown()));
        }
    }
}
