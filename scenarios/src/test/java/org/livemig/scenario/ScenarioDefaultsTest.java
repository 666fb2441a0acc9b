package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The defaults are the thesis's (Table H-1, section 4.4, 5.1) and SPEC's. */
class ScenarioDefaultsTest {

    private final Scenario s = Scenario.defaults();

    @Test
    void topLevelDefaultsFollowTableH1() {
        assertEquals(Strategy.PUSH, s.strategy());
        assertEquals(Hypervisor.XEN, s.hypervisor());
        assertEquals(0.67, s.hypervisorLoadFactor());
        assertTrue(s.hypervisorLoadFactorOverride().isEmpty());
        assertEquals(20_000, s.durationS());
        assertEquals(1, s.seed());
        assertEquals(5, s.measurementIntervalS());
        assertEquals(1000, s.recordIntervalS());
    }

    @Test
    void topologyIsTheTestbed() {
        Topology t = s.topology();
        assertEquals(4, t.pms());
        assertEquals(2, t.coresPerPm());
        assertEquals(2048, t.memoryPerPmMb());
        assertEquals(100, t.linkMbitps());
        assertEquals(12.5, t.linkMBytesPerS());
        assertEquals(16, t.vms());
        assertEquals(1, t.vmVcpus());
        assertEquals(256, t.vmMemoryMb());
        assertEquals(2, t.vmDirtyRateMbps());
        assertEquals(Placement.RANDOM, t.placement());
        assertEquals(8, t.totalCores());
    }

    @Test
    void workloadDefaults() {
        Workload w = s.workload();
        assertEquals(WorkloadType.NORMAL, w.type());
        assertEquals(LoadLevel.MEDIUM, w.level());
        assertEquals(10_000, w.changeAtS());
        assertEquals(LoadLevel.HIGH, w.burstLevel());
        assertEquals(LoadLevel.LOW, w.drainLevel());
        assertEquals(0.25, LoadLevel.LOW.systemLoad());
        assertEquals(0.4, LoadLevel.MEDIUM.systemLoad());
        assertEquals(0.55, LoadLevel.HIGH.systemLoad());
    }

    @Test
    void negotiationDefaultsFollowThesisAndSpec() {
        Negotiation n = s.negotiation();
        assertEquals(0.55, n.pushThreshold());
        assertEquals(0.25, n.pullThreshold());
        assertEquals(0.4, n.thresholdLimit(), 1e-12);
        assertTrue(n.variableThresholds());
        assertEquals(0.05, n.thresholdStep());
        assertEquals(300, (n.thresholdPeriodMinS() + n.thresholdPeriodMaxS()) / 2);
        assertEquals(150, n.thresholdPeriodMinS());
        assertEquals(450, n.thresholdPeriodMaxS());
        assertEquals(10, n.replyTimeoutS());
        assertEquals(60, n.lockTimeoutS());
        assertEquals(30, n.destinationSettleS());
        assertEquals(45, n.sourceSettleS());
        assertEquals(0.5, n.backoffSlotS());
        assertEquals(10, n.backoffMaxExponent());
        assertEquals(120, n.backoffCapS());
        assertEquals(0, n.requiredSystemStateImprovementPercent());
        assertEquals(0.2, n.ewmaAlpha());
        assertEquals(5, n.ewmaWarmupSamples());
        assertEquals(5, n.loadSampleIntervalS());
        assertEquals(300, n.loadAverageWindowS());
    }

    @Test
    void costModelNetworkFailureAndLccDefaults() {
        CostModel c = s.costModel();
        assertEquals(-0.0463, c.a());
        assertEquals(-0.0001, c.b());
        assertEquals(0.3586, c.c());
        assertEquals(0.25, c.thresholdMb());
        assertEquals(0.020, c.resumeS());
        assertEquals(29, c.maxRounds());
        assertEquals(0.512, c.energyPerMbJ());
        assertEquals(20.165, c.energyConstantJ());
        assertEquals(0.0005, s.network().latencyS());
        assertEquals(0, s.network().lossProbability());
        assertEquals(46, s.network().frameOverheadBytes());
        assertFalse(s.overloadFailure().enabled());
        assertEquals(1.2, s.lcc().balanceHighFactor());
        assertEquals(0.8, s.lcc().balanceLowFactor());
    }

    @Test
    void hypervisorFactorsAndOverride() {
        assertEquals(1.0, Hypervisor.KVM.loadFactor());
        assertEquals(1.0, s.toBuilder().hypervisor(Hypervisor.KVM).build().hypervisorLoadFactor());
        assertEquals(0.5, s.toBuilder().hypervisorLoadFactor(0.5).build().hypervisorLoadFactor());
    }

    @Test
    void presetsSetSizeAndThresholds() {
        Scenario sim = Scenario.builder().preset(Preset.SIMULATION).build();
        assertEquals(19, sim.topology().pms());
        assertEquals(2, sim.topology().coresPerPm());
        assertEquals(50, sim.topology().vms());
        assertEquals(1, sim.topology().vmVcpus());
        assertEquals(256, sim.topology().vmMemoryMb());
        assertEquals(0.7, sim.negotiation().pushThreshold());
        assertEquals(0.3, sim.negotiation().pullThreshold());
        Scenario testbed = sim.toBuilder().preset(Preset.TESTBED).build();
        assertEquals(Scenario.defaults(), testbed.toBuilder().name("scenario").build());
        Scenario lcc = Scenario.builder().preset(Preset.LCC).build();
        assertEquals(15, lcc.topology().pms());
        assertEquals(50, lcc.topology().vms());
    }

    @Test
    void spellingsParseIgnoringCaseAndUnderscore() {
        assertEquals(Strategy.LCC_BALANCE, Strategy.parse("LCC_Balance").orElseThrow());
        assertEquals(Strategy.LCC_CONSOLIDATE, Strategy.parse("lcc-consolidate").orElseThrow());
        assertEquals(Placement.ROUND_ROBIN, Placement.parse("round_robin").orElseThrow());
        assertTrue(Hypervisor.parse("vmware").isEmpty());
        assertEquals(
                "push, pull, hybrid, lcc-balance, lcc-consolidate, none, central-threshold, central-lr-mmt",
                Spelled.list(Strategy.values()));
    }

    @Test
    void workloadLevelChangesAtTheBurstOrDrain() {
        Workload burst =
                Workload.builder().type(WorkloadType.BURST).level(LoadLevel.LOW).build();
        assertEquals(LoadLevel.LOW, burst.levelAt(9_999));
        assertEquals(LoadLevel.HIGH, burst.levelAt(10_000));
        Workload drain = Workload.builder()
                .type(WorkloadType.DRAIN)
                .level(LoadLevel.HIGH)
                .build();
        assertEquals(LoadLevel.LOW, drain.levelAt(15_000));
        assertEquals(LoadLevel.MEDIUM, Workload.defaults().levelAt(15_000));
    }

    @Test
    void builderValidatesWithTheKeyInTheMessage() {
        InvalidScenarioException e = assertThrows(
                InvalidScenarioException.class,
                () -> Scenario.builder().negotiation(n -> n.pushThreshold(3.5)).build());
        assertEquals("negotiation.push_threshold: must be in (0, 2], got 3.5", e.getMessage());
        e = assertThrows(
                InvalidScenarioException.class,
                () -> Scenario.builder().topology(t -> t.vms(40)).build());
        assertEquals("topology.vms", e.key());
        e = assertThrows(
                InvalidScenarioException.class,
                () -> Scenario.builder().name("a b").build());
        assertEquals("name", e.key());
        e = assertThrows(
                InvalidScenarioException.class,
                () -> Scenario.builder()
                        .workload(w -> w.type(WorkloadType.FLUCTUATION).removeVms(40))
                        .build());
        assertEquals("workload.remove_vms", e.key());
    }

    @Test
    void scenariosAreValueObjects() {
        Scenario a = Scenario.builder().seed(7).build();
        Scenario b = Scenario.defaults().toBuilder().seed(7).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(Scenario.defaults()));
        assertEquals(
                "Scenario[scenario: push, xen, 4 PMs, 16 VMs, normal medium, 20000 s]",
                Scenario.defaults().toString());
    }
}
