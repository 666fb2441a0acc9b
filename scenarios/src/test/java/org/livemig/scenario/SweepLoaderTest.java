package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLoaderTest {

    private static List<SweepRun> parse(String yaml) throws ScenarioException {
        return SweepLoader.parse(yaml, "s.yaml", null);
    }

    private static String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void matrixExpandsAsCartesianProductTimesSeeds() throws ScenarioException {
        List<SweepRun> runs = parse("""
                name: t
                matrix: {strategy: [push, pull], load: [low, medium, high]}
                seeds: [4, 5]
                """);
        assertEquals(12, runs.size());
        assertEquals("t-push-low-s4", runs.get(0).id());
        assertEquals("t-push-low-s5", runs.get(1).id());
        assertEquals(
                Map.of("strategy", "push", "workload.load", "low", "seed", "4"),
                runs.get(0).parameters());
        assertEquals(Strategy.PULL, runs.get(11).scenario().strategy());
        assertEquals(LoadLevel.HIGH, runs.get(11).scenario().workload().level());
        assertEquals(5, runs.get(11).scenario().seed());
        assertEquals("t-pull-high-s5", runs.get(11).scenario().name());
    }

    @Test
    void casesAreAUnionEachMultipliedByTheMatrix() throws ScenarioException {
        List<SweepRun> runs = parse("""
                name: t
                cases:
                  - {type: normal, load: [low, high], variable_thresholds: [false, true]}
                  - {type: burst, load: low}
                matrix: {hypervisor: [xen, kvm]}
                replications: 2
                """);
        assertEquals((4 + 1) * 2 * 2, runs.size());
        Set<String> ids = runs.stream().map(SweepRun::id).collect(Collectors.toSet());
        assertEquals(runs.size(), ids.size());
        assertTrue(ids.contains("t-normal-low-no-variable-thresholds-xen-s1"));
        // a case that leaves a varying key out keeps the base value (variable thresholds default true)
        assertTrue(ids.contains("t-burst-low-variable-thresholds-kvm-s2"), ids.toString());
    }

    @Test
    void inlineScenarioIsTheBaseAndSingleValuesAreNotInTheId() throws ScenarioException {
        List<SweepRun> runs = parse("""
                scenario: {preset: simulation, duration_s: 500}
                matrix: {strategy: [push, hybrid], pms: 10}
                """);
        assertEquals(2, runs.size());
        assertEquals("s-push-s1", runs.get(0).id());
        assertEquals(10, runs.get(0).scenario().topology().pms());
        assertEquals(50, runs.get(0).scenario().topology().vms());
        assertEquals(0.7, runs.get(0).scenario().negotiation().pushThreshold());
        assertEquals(500, runs.get(0).scenario().durationS());
    }

    @Test
    void presetInTheMatrixIsAppliedBeforeOtherKeys() throws ScenarioException {
        List<SweepRun> runs = parse("""
                matrix: {push_threshold: 0.9, preset: [testbed, simulation]}
                """);
        assertEquals(
                List.of("s-testbed-s1", "s-simulation-s1"),
                runs.stream().map(SweepRun::id).toList());
        assertEquals(0.9, runs.get(1).scenario().negotiation().pushThreshold());
        assertEquals(19, runs.get(1).scenario().topology().pms());
    }

    @Test
    void packagedScenarioAsBase() throws ScenarioException {
        List<SweepRun> runs = parse("scenario: testbed-pull\nmatrix: {load: [low, high]}\n");
        assertEquals(Strategy.PULL, runs.get(0).scenario().strategy());
    }

    @Test
    void thesisMatrixCoversTable41ForBothSizes() throws ScenarioException {
        Sweep sweep = Sweep.load(List.of(Path.of("thesis/testbed.yaml"), Path.of("thesis/simulation.yaml")));
        // Table 4-1: (3 normal + 3 variable + 2 burst + 2 drain + 3 fluctuation) x 3 strategies x 2 hypervisors
        assertEquals(2 * 78 * 3, sweep.runs().size());
        Set<String> ids = sweep.runs().stream().map(SweepRun::id).collect(Collectors.toSet());
        assertEquals(sweep.runs().size(), ids.size());
        for (SweepRun run : sweep.runs()) {
            Scenario s = run.scenario();
            boolean testbed = run.id().startsWith("testbed-");
            assertEquals(testbed ? 4 : 19, s.topology().pms(), run.id());
            assertEquals(testbed ? 0.55 : 0.7, s.negotiation().pushThreshold(), run.id());
            assertEquals(testbed ? 0.25 : 0.3, s.negotiation().pullThreshold(), run.id());
            assertEquals(20000, s.durationS());
            if (s.workload().type() != WorkloadType.NORMAL) {
                assertTrue(s.negotiation().variableThresholds(), run.id());
            }
        }
        assertTrue(ids.contains("simulation-drain-high-variable-thresholds-hybrid-kvm-s3"), ids.toString());
        assertTrue(ids.contains("testbed-normal-medium-no-variable-thresholds-pull-xen-s1"));
        assertFalse(ids.stream().anyMatch(id -> id.contains("burst-high") || id.contains("drain-low")));
    }

    @Test
    void thesisDirectoryAddsTheSettlePeriodAndLccBalanceStudies() throws ScenarioException {
        List<SweepRun> runs = Sweep.load(List.of(Path.of("thesis"))).runs();
        assertEquals(2 * 78 * 3 + 120 + 10, runs.size());
        List<Scenario> settle = runs.stream()
                .filter(r -> r.id().startsWith("settle-"))
                .map(SweepRun::scenario)
                .toList();
        assertEquals(120, settle.size());
        assertTrue(settle.stream()
                .allMatch(s -> s.overloadFailure().enabled() && s.topology().pms() == 4));
        assertEquals(
                60,
                settle.stream()
                        .filter(s -> s.negotiation().destinationSettleS() == 0
                                && s.negotiation().sourceSettleS() == 0)
                        .count());
        assertEquals(
                60,
                settle.stream()
                        .filter(s -> s.negotiation().destinationSettleS() == 30
                                && s.negotiation().sourceSettleS() == 45)
                        .count());
        List<Scenario> lcc = runs.stream()
                .filter(r -> r.id().startsWith("lcc-balance-"))
                .map(SweepRun::scenario)
                .toList();
        assertEquals(10, lcc.size());
        assertTrue(lcc.stream()
                .allMatch(s -> s.strategy() == Strategy.LCC_BALANCE
                        && s.topology().pms() == 15
                        && s.topology().vms() == 50
                        && s.topology().placement() == Placement.RANDOM));
    }

    @Test
    void errorsNameFileLineAndKey() {
        assertEquals(
                "s.yaml:1: unknown key 'strategi' (did you mean 'strategy'?)", error("matrix: {strategi: [push]}\n"));
        assertTrue(error("matrix: {strategy: []}\n").startsWith("s.yaml:1: strategy: the list of values is empty"));
        assertTrue(error("matric: {strategy: [push]}\ncases: [{load: low}]\n")
                .startsWith("s.yaml:1: unknown key 'matric' in a sweep file (did you mean 'matrix'?)"));
        assertTrue(
                error("matrix: {type: burst, load: [low, high]}\n").startsWith("s.yaml:1: workload."),
                error("matrix: {type: burst, load: [low, high]}\n"));
        assertTrue(error("matrix: {load: [low, low]}\n").contains("two runs expand to the same scenario"));
        assertTrue(error("matrix: {load: low}\nseeds: [1, x]\n").startsWith("s.yaml:2: seeds: must be whole numbers"));
        assertTrue(
                error("matrix: {load: low}\nseeds: [1]\nreplications: 2\n").contains("either seeds or replications"));
        assertTrue(error("cases: [{load: low}]\nmatrix: {load: [high]}\n").contains("both in matrix and in cases"));
        assertTrue(error("scenario: nope\nmatrix: {load: low}\n").startsWith("s.yaml:1: scenario: 'nope' is neither"));
        assertEquals(
                "s.yaml:1: negotiation.push_threshold: must be in (0, 2], got 3",
                error("scenario: {negotiation: {push_threshold: 3}}\nmatrix: {load: low}\n"));
    }

    @Test
    void valueErrorPointsAtTheValueLine() {
        assertEquals(
                "s.yaml:3: workload.load: must be one of low, medium, high, got 'mediun'",
                error("matrix:\n  load:\n    - mediun\n"));
    }

    @Test
    void directoryMixesSweepAndScenarioFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: a\nmatrix: {load: [low, high]}\nseeds: [1, 2]\n");
        Files.writeString(dir.resolve("b.yaml"), "strategy: pull\nseed: 7\n");
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Sweep sweep = Sweep.load(List.of(dir));
        assertEquals(
                List.of("a-low-s1", "a-low-s2", "a-high-s1", "a-high-s2", "b-s7"),
                sweep.runs().stream().map(SweepRun::id).toList());
        ScenarioException twice = assertThrows(ScenarioException.class, () -> Sweep.load(List.of(dir, dir)));
        assertTrue(twice.getMessage().contains("appears twice"));
    }
}
