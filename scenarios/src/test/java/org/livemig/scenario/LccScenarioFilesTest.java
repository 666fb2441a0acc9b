package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios of scenarios/lcc/, model files relative to the scenario file, and the power model's keys. */
class LccScenarioFilesTest {

    @Test
    void theSeedScenariosNameTheirModelsNextToThem() throws ScenarioException {
        Scenario balance = ScenarioLoader.load(Path.of("lcc/balance.yaml"));
        Scenario consolidate = ScenarioLoader.load(Path.of("lcc/consolidate.yaml"));
        assertEquals(Strategy.LCC_BALANCE, balance.strategy());
        assertEquals(Strategy.LCC_CONSOLIDATE, consolidate.strategy());
        assertEquals(
                Path.of("lcc/balance.lcc").toAbsolutePath().normalize(),
                Path.of(balance.lcc().modelFile()));
        assertEquals(
                Path.of("lcc/consolidate.lcc").toAbsolutePath().normalize(),
                Path.of(consolidate.lcc().modelFile()));
        assertEquals(15, balance.topology().pms());
        assertEquals(50, balance.topology().vms());
        assertEquals(Placement.RANDOM, balance.topology().placement());
        assertEquals(balance.workload(), consolidate.workload(), "the same workload for the comparison");
    }

    @Test
    void aRelativeModelFileNotBesideTheScenarioIsTakenFromTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "strategy: lcc-balance\nlcc: {model_file: lcc/balance.lcc}\n");
        assertEquals("lcc/balance.lcc", ScenarioLoader.load(scenario).lcc().modelFile());
        Files.writeString(scenario, "strategy: lcc-balance\nlcc: {model_file: nowhere.lcc}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario));
        assertEquals(scenario + ":2: lcc.model_file: no such file: nowhere.lcc", e.getMessage());
    }

    @Test
    void thePowerModelDefaultsAndIsValidated() throws ScenarioException {
        Energy e = Scenario.defaults().energy();
        assertEquals(new Energy(100, 250, 0, "", java.util.List.of()), e);
        Scenario s = ScenarioLoader.parse("energy: {idle_w: 80, peak_w: 200, off_w: 5}\n", "e.yaml");
        assertEquals(new Energy(80, 200, 5, "", java.util.List.of()), s.energy());
        ScenarioException bad =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("energy:\n  idle_w: 300\n", "e.yaml"));
        assertEquals("e.yaml:2: energy.peak_w: must be at least energy.idle_w (300), got 250", bad.getMessage());
        assertTrue(ScenarioWriter.toYaml(s).contains("idle_w: 80"));
    }
}
