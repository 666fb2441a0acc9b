package org.livemig.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.livemig.scenario.Hypervisor;
import org.livemig.scenario.InvalidScenarioException;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.WorkloadType;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.TestDatacentres;
import org.livemig.sim.datacentre.DatacentreObserver;
import org.livemig.sim.datacentre.SimulatedVm;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkloadTest {

    private static Scenario settings(long seed, double level, Hypervisor hypervisor, WorkloadType type) {
        LoadLevel named = java.util.Arrays.stream(LoadLevel.values())
                .filter(l -> l.systemLoad() == level)
                .findFirst()
                .orElseThrow();
        return TestDatacentres.nineteenPms(seed, named).toBuilder()
                .hypervisor(hypervisor)
                .workload(w ->
                        w.type(type).changeAtS(1000).burstLevel(LoadLevel.HIGH).drainLevel(LoadLevel.LOW))
                .build();
    }

    private static Scenario withoutNoise(Scenario scenario) {
        return scenario.toBuilder().workload(w -> w.walkSigma(0)).build();
    }

    private static double totalDemand(SimulatedDatacentre dc) {
        return dc.cluster().vms().stream().mapToDouble(SimulatedVm::demand).sum();
    }

    @ParameterizedTest
    @EnumSource(LoadLevel.class)
    void theSystemLoadIsTheLevelInTheMean(LoadLevel level) {
        for (Hypervisor hypervisor : Hypervisor.values()) {
            try (SimulatedDatacentre dc =
                    SimulatedDatacentre.build(settings(7, level.systemLoad(), hypervisor, WorkloadType.NORMAL))) {
                assertEquals(50, dc.cluster().vmCount());
                // each VM's walk moves it by about 0.12 of a vcpu: the sum of 50 moves the system load by ~0.02
                assertEquals(level.systemLoad(), dc.systemLoad(), 0.07, hypervisor + " at t=0");
                double sum = 0;
                int samples = 0;
                for (double t = 1000; t <= 20_000; t += 100) {
                    dc.runUntil(t);
                    sum += dc.systemLoad();
                    samples++;
                }
                assertEquals(level.systemLoad(), sum / samples, 0.02, hypervisor + ": mean over 1000-20000 s");
            }
        }
    }

    @Test
    void theLevelIsTheReportedLoadSoXenVmsDemandMore() {
        Scenario xen = withoutNoise(settings(7, 0.4, Hypervisor.XEN, WorkloadType.NORMAL));
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(xen)) {
            assertEquals(0.4 * 38 / 0.67, totalDemand(dc), 1e-9);
            assertEquals(0.4, dc.systemLoad(), 1e-9);
        }
    }

    @Test
    void aBurstRaisesTheSystemLoadAtTheChangeTime() {
        try (SimulatedDatacentre dc =
                SimulatedDatacentre.build(withoutNoise(settings(3, 0.25, Hypervisor.KVM, WorkloadType.BURST)))) {
            dc.runUntil(999);
            assertEquals(0.25, dc.systemLoad(), 0.03);
            assertEquals(0.25 * 38, totalDemand(dc), 0.05 * 0.25 * 38);
            dc.runUntil(1000);
            assertEquals(0.55 * 38, totalDemand(dc), 0.05 * 0.55 * 38, "the demand steps up at 1000 s");
            assertTrue(dc.systemLoad() < 0.3, "the load average has not caught up yet");
            dc.runUntil(3000);
            assertEquals(0.55, dc.systemLoad(), 0.03);
        }
    }

    @Test
    void aDrainLowersTheSystemLoadAtTheChangeTime() {
        try (SimulatedDatacentre dc =
                SimulatedDatacentre.build(withoutNoise(settings(3, 0.55, Hypervisor.XEN, WorkloadType.DRAIN)))) {
            dc.runUntil(999);
            assertEquals(0.55, dc.systemLoad(), 0.03);
            dc.runUntil(1000);
            assertEquals(0.25 * 38 / 0.67, totalDemand(dc), 0.05 * 0.25 * 38 / 0.67, "the demand steps down");
            dc.runUntil(3000);
            assertEquals(0.25, dc.systemLoad(), 0.03);
        }
    }

    @Test
    void aDrainStressesTheVmsAnewSoLoadMovesBetweenPms() {
        try (SimulatedDatacentre dc =
                SimulatedDatacentre.build(withoutNoise(settings(5, 0.55, Hypervisor.KVM, WorkloadType.DRAIN)))) {
            dc.runUntil(999);
            double[] before =
                    dc.cluster().vms().stream().mapToDouble(SimulatedVm::demand).toArray();
            dc.runUntil(1000);
            double[] after =
                    dc.cluster().vms().stream().mapToDouble(SimulatedVm::demand).toArray();
            java.util.Set<Long> ratios = new java.util.TreeSet<>();
            for (int i = 0; i < before.length; i++) {
                ratios.add(Math.round(1000 * after[i] / before[i]));
            }
            assertTrue(ratios.size() > 3, "not one common scaling factor: " + ratios);
        }
    }

    @Test
    void roundRobinPlacementStartsEven() {
        Scenario base = settings(7, 0.4, Hypervisor.XEN, WorkloadType.NORMAL);
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(base.toBuilder()
                .topology(t -> t.placement(org.livemig.scenario.Placement.ROUND_ROBIN))
                .build())) {
            java.util.Map<Integer, Integer> perPm = new java.util.TreeMap<>();
            dc.placement().values().forEach(pm -> perPm.merge(pm, 1, Integer::sum));
            assertEquals(19, perPm.size());
            assertTrue(perPm.values().stream().allMatch(n -> n == 2 || n == 3), "50 VMs on 19 PMs: " + perPm);
        }
    }

    @Test
    void fluctuationKeepsVmsArrivingAndLeavingAroundTheLevel() {
        try (SimulatedDatacentre dc =
                SimulatedDatacentre.build(settings(11, 0.4, Hypervisor.KVM, WorkloadType.FLUCTUATION).toBuilder()
                        .workload(w -> w.addVms(1000).arrivalMeanS(100).removeVms(200))
                        .build())) {
            int[] minMax = {50, 50};
            double[] loadSum = {0};
            int[] samples = {0};
            dc.addObserver(new DatacentreObserver() {
                @Override
                public void loadsSampled(double timeS) {
                    int count = dc.cluster().vmCount();
                    minMax[0] = Math.min(minMax[0], count);
                    minMax[1] = Math.max(minMax[1], count);
                    loadSum[0] += dc.systemLoad();
                    samples[0]++;
                }
            });

            dc.runUntil(20_000);

            long arrivals = dc.workload().arrivals();
            long removals = dc.workload().removals();
            // mean inter-arrival 100 s; removals at rate N / (50 x 20000 s / 200): about 200 of each
            assertTrue(arrivals > 140 && arrivals < 260, "arrivals " + arrivals);
            assertTrue(removals > 140 && removals < 260, "removals " + removals);
            assertEquals(50 + arrivals - removals, dc.cluster().vmCount());
            assertTrue(minMax[0] < 50 && minMax[1] > 50, "the VM count fluctuates: " + minMax[0] + ".." + minMax[1]);
            assertEquals(0.4, loadSum[0] / samples[0], 0.1, "the mean system load stays around the level");
        }
    }

    @Test
    void anUnreachableLevelOrAnImpossiblePlacementIsAOneLineError() {
        Scenario nineteen = TestDatacentres.nineteenPms(1, LoadLevel.HIGH);
        Scenario tiny = nineteen.toBuilder().topology(t -> t.vms(5)).build();
        InvalidScenarioException level =
                assertThrows(InvalidScenarioException.class, () -> SimulatedDatacentre.build(tiny));
        assertEquals("workload.load", level.key());
        assertTrue(level.getMessage().startsWith("workload.load: load level 0.55 is out of reach"), level.getMessage());
        assertTrue(level.getMessage().endsWith("got high"), level.getMessage());
        assertEquals(1, level.getMessage().lines().count());

        // 50 vcpus on 38 cores without overcommit: the scenario itself is refused, naming topology.vms.
        InvalidScenarioException placement = assertThrows(
                InvalidScenarioException.class,
                () -> nineteen.toBuilder().topology(t -> t.vcpuOvercommit(1)).build());
        assertEquals("topology.vms", placement.key());
        assertEquals(1, placement.getMessage().lines().count());
    }
}
