package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading YAML scenarios, and the one-line error for each kind of bad input. */
class ScenarioLoaderTest {

    private static final String EXAMPLE = """
            name: testbed-push-high
            preset: testbed
            strategy: push
            hypervisor: xen
            duration_s: 20000
            seed: 1
            workload: {type: normal, load: high}
            negotiation: {push_threshold: 0.55, pull_threshold: 0.25, variable_thresholds: false}
            """;

    @Test
    void readsTheExampleOfTheReadme() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(EXAMPLE, "testbed.yaml");
        assertEquals("testbed-push-high", s.name());
        assertEquals(Strategy.PUSH, s.strategy());
        assertEquals(LoadLevel.HIGH, s.workload().level());
        assertFalse(s.negotiation().variableThresholds());
        assertEquals(4, s.topology().pms());
    }

    @Test
    void explicitKeysOverrideThePresetWhateverTheirOrder() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("""
                topology:
                  pms: 10
                preset: simulation
                negotiation:
                  push_threshold: 0.8
                """, "x.yaml");
        assertEquals(10, s.topology().pms());
        assertEquals(50, s.topology().vms());
        assertEquals(0.8, s.negotiation().pushThreshold());
        assertEquals(0.3, s.negotiation().pullThreshold());
    }

    @Test
    void nameDefaultsToTheFileName() throws ScenarioException {
        assertEquals(
                "my-run", ScenarioLoader.parse("seed: 3\n", "dir/my-run.yaml").name());
        assertEquals(
                "odd-name", ScenarioLoader.parse("seed: 3\n", "odd name.yml").name());
    }

    @Test
    void acceptsUnderscoredNumbersYesNoAndDottedKeys() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("""
                duration_s: 20_000
                workload.load: low
                negotiation:
                  variable_thresholds: no
                strategy: LCC_BALANCE
                """, "x.yaml");
        assertEquals(20_000, s.durationS());
        assertEquals(LoadLevel.LOW, s.workload().level());
        assertFalse(s.negotiation().variableThresholds());
        assertEquals(Strategy.LCC_BALANCE, s.strategy());
    }

    @Test
    void unknownTopLevelKeySuggestsTheRightOne() {
        assertError(
                "x.yaml:3: unknown key 'strategi' (did you mean 'strategy'?)", "name: a\nseed: 1\nstrategi: push\n");
        assertError(
                "x.yaml:1: unknown key 'push_threshold' (did you mean 'negotiation.push_threshold'?)",
                "push_threshold: 0.6\n");
        assertError("x.yaml:1: unknown key 'colour'", "colour: blue\n");
    }

    @Test
    void unknownNestedKeySuggestsTheRightOne() {
        assertError(
                "x.yaml:4: unknown key 'negotiation.push_treshold' (did you mean 'negotiation.push_threshold'?)",
                "strategy: push\nnegotiation:\n  variable_thresholds: true\n  push_treshold: 0.6\n");
        assertError(
                "x.yaml:2: unknown key 'topology.load' (did you mean 'workload.load'?)", "topology:\n  load: high\n");
    }

    @Test
    void wrongTypeNamesTheKeyAndValue() {
        assertError(
                "x.yaml:2: negotiation.push_threshold: must be a number, got 'abc'",
                "negotiation:\n  push_threshold: abc\n");
        assertError("x.yaml:1: topology.pms: must be a whole number, got '2.5'", "topology: {pms: 2.5}\n");
        assertError(
                "x.yaml:2: negotiation.variable_thresholds: must be true or false, got 'maybe'",
                "negotiation:\n  variable_thresholds: maybe\n");
        assertError(
                "x.yaml:2: topology: must be a mapping of keys (indented 'key: value' lines or {key: value}), "
                        + "got '4'",
                "seed: 2\ntopology: 4\n");
        assertError("x.yaml:1: duration_s: must be a single value, got a list", "duration_s: [1, 2]\n");
        assertError("x.yaml:1: seed: missing value", "seed:\n");
    }

    @Test
    void outOfRangeNamesTheKeyAndRange() {
        assertError(
                "testbed.yaml:7: negotiation.push_threshold: must be in (0, 2], got 3.5",
                "name: t\nstrategy: push\nhypervisor: xen\nduration_s: 20000\nseed: 1\nnegotiation:\n"
                        + "  push_threshold: 3.5\n",
                "testbed.yaml");
        assertError("x.yaml:1: duration_s: must be > 0, got -5", "duration_s: -5\n");
        assertError(
                "x.yaml:2: network.loss_probability: must be in [0, 1], got 1.5",
                "network:\n  loss_probability: 1.5\n");
        assertError("x.yaml:1: topology.pms: must be in [1, 100000], got 0", "topology: {pms: 0}\n");
        assertError("x.yaml:1: duration_s: must be a finite number, got Infinity", "duration_s: 1e999\n");
    }

    @Test
    void badChoiceListsTheAllowedValues() {
        assertError(
                "x.yaml:1: strategy: must be one of push, pull, hybrid, lcc-balance, lcc-consolidate, none, central-threshold, central-lr-mmt, "
                        + "got 'pusj'",
                "strategy: pusj\n");
        assertError(
                "x.yaml:2: workload.load: must be one of low, medium, high, got 'extreme'",
                "workload:\n  load: extreme\n");
        assertError("x.yaml:1: preset: must be one of testbed, simulation, lcc, got 'huge'", "preset: huge\n");
    }

    @Test
    void pullThresholdAtOrAbovePushIsRejectedAtItsLine() {
        assertError(
                "x.yaml:3: negotiation.pull_threshold: must be below negotiation.push_threshold (0.5), got 0.5",
                "negotiation:\n  push_threshold: 0.5\n  pull_threshold: 0.5\n");
        assertError(
                "x.yaml:2: negotiation.pull_threshold: must be below negotiation.push_threshold (0.2), got 0.25",
                "negotiation:\n  push_threshold: 0.2\n");
    }

    @Test
    void contradictoryWorkloadsAreRejected() {
        assertError(
                "x.yaml:3: workload.burst_load: must be above workload.load (high) for a burst, got high",
                "workload:\n  type: burst\n  load: high\n");
        assertError(
                "x.yaml:1: workload.change_at_s: must be below duration_s (5000) for a drain, got 10000",
                "duration_s: 5000\nworkload: {type: drain, load: high}\n");
        assertError(
                "x.yaml:1: topology.vms: must be at most 32 (VMs of 256 MB in the memory of 4 PMs of 2048 MB), "
                        + "got 40",
                "topology: {vms: 40}\n");
    }

    @Test
    void malformedYamlGivesFileLineAndColumn() {
        String message = errorOf("strategy: push\nseed: 1: 2\n", "x.yaml");
        assertTrue(message.startsWith("x.yaml:2:8: malformed YAML: "), message);
        message = errorOf("name: 'unterminated\n", "x.yaml");
        assertTrue(message.matches("x\\.yaml:\\d+:\\d+: malformed YAML: .*quoted scalar.*"), message);
        message = errorOf("seed: 1\n\tstrategy: push\n", "x.yaml");
        assertTrue(message.startsWith("x.yaml:2:1: malformed YAML: "), message);
    }

    @Test
    void otherStructuralErrors() {
        assertError(
                "x.yaml:1: the file is empty; a scenario is a mapping of keys to values, e.g. 'strategy: push'", "");
        assertError("x.yaml:1: a scenario must be a mapping of keys to values, e.g. 'strategy: push'", "- 1\n- 2\n");
        assertError("x.yaml:2: duplicate key 'seed' (first at line 1)", "seed: 1\nseed: 2\n");
        assertError("x.yaml:3: only one YAML document is allowed (remove the second '---')", "seed: 1\n---\nseed: 2\n");
        assertError("x.yaml:2: YAML aliases (*name) are not supported", "name: &n abc\nstrategy: *n\n");
    }

    @Test
    void loadsFilesAndReportsMissingOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.yaml");
        Files.writeString(file, "strategy: pull\n");
        assertEquals(Strategy.PULL, ScenarioLoader.load(file).strategy());
        assertEquals("run", ScenarioLoader.load(file).name());
        Path missing = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
        assertEquals(dir + ": is a directory, not a scenario file", e.getMessage());
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ": not UTF-8 text", e.getMessage());
    }

    private static void assertError(String expected, String yaml) {
        assertError(expected, yaml, "x.yaml");
    }

    private static void assertError(String expected, String yaml, String source) {
        assertEquals(expected, errorOf(yaml, source));
    }

    static String errorOf(String yaml, String source) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, source));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }
}
