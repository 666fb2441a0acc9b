package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set key=value} for every key the CLI documents, and bad assignments. */
class ScenarioOverridesTest {

    private static Scenario set(String... assignments) throws ScenarioException {
        return ScenarioOverrides.apply(Scenario.defaults(), List.of(assignments));
    }

    @Test
    void strategyHypervisorLoadTypeAndThresholds() throws ScenarioException {
        assertEquals(Strategy.PULL, set("strategy=pull").strategy());
        assertEquals(Strategy.HYBRID, set("strategy=hybrid").strategy());
        assertEquals(Strategy.LCC_BALANCE, set("strategy=lcc-balance").strategy());
        assertEquals(Strategy.LCC_CONSOLIDATE, set("strategy=lcc-consolidate").strategy());
        assertEquals(Strategy.PUSH, set("strategy=pull", "strategy=push").strategy());
        Scenario kvm = set("hypervisor=kvm");
        assertEquals(Hypervisor.KVM, kvm.hypervisor());
        assertEquals(1.0, kvm.hypervisorLoadFactor());
        assertEquals(Hypervisor.XEN, set("hypervisor=xen").hypervisor());
        assertEquals(LoadLevel.LOW, set("load=low").workload().level());
        assertEquals(LoadLevel.HIGH, set("load=high").workload().level());
        assertEquals(LoadLevel.MEDIUM, set("load=medium").workload().level());
        assertEquals(WorkloadType.BURST, set("type=burst").workload().type());
        assertEquals(WorkloadType.DRAIN, set("type=drain").workload().type());
        assertEquals(
                WorkloadType.FLUCTUATION, set("type=fluctuation").workload().type());
        assertEquals(WorkloadType.NORMAL, set("type=normal").workload().type());
        assertFalse(set("variable_thresholds=false").negotiation().variableThresholds());
        assertTrue(set("variable_thresholds=false", "variable_thresholds=true")
                .negotiation()
                .variableThresholds());
        assertEquals(0.6, set("push_threshold=0.6").negotiation().pushThreshold());
        assertEquals(0.1, set("pull_threshold=0.1").negotiation().pullThreshold());
    }

    @Test
    void sizesDurationSeedAndName() throws ScenarioException {
        assertEquals(5000, set("duration_s=5000").durationS());
        Scenario big = set("pms=19", "vms=50");
        assertEquals(19, big.topology().pms());
        assertEquals(50, big.topology().vms());
        assertEquals(42, set("seed=42").seed());
        assertEquals(-3, set("seed=-3").seed());
        assertEquals("my-run", set("name=my-run").name());
    }

    @Test
    void fullDottedKeysAndPresets() throws ScenarioException {
        assertEquals(0.1, set("network.loss_probability=0.1").network().lossProbability());
        assertEquals(0.1, set("loss_probability=0.1").network().lossProbability());
        assertEquals(
                Placement.ROUND_ROBIN,
                set("topology.placement=round-robin").topology().placement());
        assertTrue(set("overload_failure.enabled=true").overloadFailure().enabled());
        assertEquals(0.5, set("hypervisor_load_factor=0.5").hypervisorLoadFactor());
        assertEquals(
                0.0,
                set("cost_model.a=0", "cost_model.b=0", "cost_model.c=0")
                        .costModel()
                        .c());
        Scenario sim = set("preset=simulation", "pms=20");
        assertEquals(20, sim.topology().pms());
        assertEquals(0.7, sim.negotiation().pushThreshold());
        assertEquals(Scenario.defaults(), set());
    }

    @Test
    void thresholdsAreCheckedAfterAllAssignments() throws ScenarioException {
        Scenario s = set("pull_threshold=0.6", "push_threshold=0.9");
        assertEquals(0.6, s.negotiation().pullThreshold());
        assertEquals(0.9, s.negotiation().pushThreshold());
    }

    @Test
    void badValuesNameTheAssignment() {
        assertError("--set push_threshold=abc: not a number", "push_threshold=abc");
        assertError("--set pms=2.5: not a whole number", "pms=2.5");
        assertError("--set variable_thresholds=maybe: not true or false", "variable_thresholds=maybe");
        assertError(
                "--set strategy=pusj: not one of push, pull, hybrid, lcc-balance, lcc-consolidate, none, central-threshold, central-lr-mmt",
                "strategy=pusj");
        assertError("--set hypervisor=vmware: not one of xen, kvm", "hypervisor=vmware");
        assertError("--set load=extreme: not one of low, medium, high", "load=extreme");
        assertError("--set type=spike: not one of normal, burst, drain, fluctuation", "type=spike");
        assertError("--set preset=huge: not one of testbed, simulation, lcc", "preset=huge");
        assertError("--set duration_s=-1: must be > 0, got -1", "duration_s=-1");
        assertError("--set push_threshold=3.5: must be in (0, 2], got 3.5", "push_threshold=3.5");
        assertError(
                "--set vms=100: must be at most 32 (VMs of 256 MB in the memory of 4 PMs of 2048 MB), got 100",
                "vms=100");
        assertError(
                "--set seed=99999999999999999999: not a whole number of at most 9223372036854775807 in size",
                "seed=99999999999999999999");
        assertError(
                "--set name=a b: must be 1-100 letters, digits, '.', '_' or '-' starting with a letter or "
                        + "digit, got 'a b'",
                "name=a b");
    }

    @Test
    void fanoutIsACountOrAllAndBoundedByTheView() throws ScenarioException {
        assertEquals(0, Scenario.defaults().negotiation().fanout());
        assertFalse(Scenario.defaults().negotiation().sampled());
        assertEquals(32, set("negotiation.fanout=32").negotiation().fanout());
        assertEquals(
                0,
                set("negotiation.fanout=4", "negotiation.fanout=ALL")
                        .negotiation()
                        .fanout());
        assertTrue(ScenarioWriter.toYaml(set("negotiation.fanout=4")).contains("  fanout: 4\n"));
        assertTrue(ScenarioWriter.toYaml(Scenario.defaults()).contains("  fanout: all\n"));
        assertError("--set negotiation.fanout=0: not a whole number of at least 1, or all", "negotiation.fanout=0");
        assertError(
                "--set negotiation.fanout=some: not a whole number of at least 1, or all", "negotiation.fanout=some");
        assertError(
                "--set negotiation.fanout=33: must be all or at most negotiation.view_size (32), got 33",
                "negotiation.fanout=33");
        assertError(
                "--set negotiation.view_size=4: negotiation.shuffle_length: must be at most "
                        + "negotiation.view_size (4), got 8",
                "negotiation.view_size=4");
        assertError(
                "--set negotiation.fanout=4: must be all for strategy lcc-balance (LCC "
                        + "models broadcast to every PM), got 4",
                "strategy=lcc-balance",
                "negotiation.fanout=4");
    }

    @Test
    void crossChecksBlameTheAssignmentThatCausedThem() {
        assertError(
                "--set push_threshold=0.2: negotiation.pull_threshold: must be below "
                        + "negotiation.push_threshold (0.2), got 0.25",
                "push_threshold=0.2");
        assertError(
                "--set duration_s=5000: workload.change_at_s: must be below duration_s (5000) for a burst, "
                        + "got 10000",
                "type=burst",
                "duration_s=5000");
    }

    @Test
    void unknownKeysAndMalformedAssignments() {
        assertError("--set strategi=push: unknown key 'strategi' (did you mean 'strategy'?)", "strategi=push");
        assertError(
                "--set push_treshold=0.6: unknown key 'push_treshold' (did you mean "
                        + "'negotiation.push_threshold'?)",
                "push_treshold=0.6");
        assertError(
                "--set network.los_probability=0.1: unknown key 'network.los_probability' (did you mean "
                        + "'network.loss_probability'?)",
                "network.los_probability=0.1");
        assertError("--set pushthreshold: expected key=value, e.g. strategy=pull", "pushthreshold");
        assertError("--set =3: expected key=value, e.g. strategy=pull", "=3");
    }

    private static void assertError(String expected, String... assignments) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> set(assignments));
        assertEquals(expected, e.getMessage());
    }
}
