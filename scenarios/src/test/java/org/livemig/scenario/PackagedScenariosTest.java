package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios shipped under /scenarios/ load and match SPEC 5. */
class PackagedScenariosTest {

    @Test
    void namesAreExactlyTheYamlFilesOnTheClassPath() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/scenarios"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
            assertEquals(onDisk, PackagedScenarios.names());
        }
    }

    @Test
    void everyPackagedScenarioLoads() throws ScenarioException {
        for (String name : PackagedScenarios.names()) {
            Scenario s = PackagedScenarios.load(name);
            assertEquals(Hypervisor.XEN, s.hypervisor(), name);
            assertEquals(20_000, s.durationS(), name);
        }
    }

    @Test
    void testbedScenariosAreFourPmsAtMediumLoad() throws ScenarioException {
        for (Strategy strategy : List.of(Strategy.PUSH, Strategy.PULL, Strategy.HYBRID)) {
            Scenario s = PackagedScenarios.load("testbed-" + strategy.spelling());
            assertEquals(strategy, s.strategy());
            assertEquals(4, s.topology().pms());
            assertEquals(2, s.topology().coresPerPm());
            assertEquals(2048, s.topology().memoryPerPmMb());
            assertEquals(256, s.topology().vmMemoryMb());
            assertEquals(0.55, s.negotiation().pushThreshold());
            assertEquals(0.25, s.negotiation().pullThreshold());
            assertEquals(LoadLevel.MEDIUM, s.workload().level());
            assertFalse(s.negotiation().variableThresholds());
        }
    }

    @Test
    void simulationScenariosAreNineteenPmsWithFiftyVms() throws ScenarioException {
        for (Strategy strategy : List.of(Strategy.PUSH, Strategy.PULL, Strategy.HYBRID)) {
            Scenario s = PackagedScenarios.load("simulation-" + strategy.spelling() + ".yaml");
            assertEquals(strategy, s.strategy());
            assertEquals(19, s.topology().pms());
            assertEquals(50, s.topology().vms());
            assertEquals(0.7, s.negotiation().pushThreshold());
            assertEquals(0.3, s.negotiation().pullThreshold());
            assertEquals(LoadLevel.MEDIUM, s.workload().level());
        }
    }

    @Test
    void defaultIsSimulationPushHigh() throws ScenarioException {
        Scenario s = PackagedScenarios.load("default");
        assertEquals(Strategy.PUSH, s.strategy());
        assertEquals(19, s.topology().pms());
        assertEquals(LoadLevel.HIGH, s.workload().level());
        assertEquals(15, PackagedScenarios.load("lcc-balance").topology().pms());
    }

    @Test
    void wrongNameListsTheValidOnes() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> PackagedScenarios.load("tesbed-push"));
        assertEquals(
                "unknown packaged scenario 'tesbed-push' (valid: " + String.join(", ", PackagedScenarios.names()) + ")",
                e.getMessage());
    }

    @Test
    void pathOrPackagedPrefersAnExistingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("default.yaml");
        Files.writeString(file, "strategy: pull\n");
        assertEquals(
                Strategy.PULL,
                ScenarioLoader.loadPathOrPackaged(file.toString()).strategy());
        assertEquals(Strategy.PUSH, ScenarioLoader.loadPathOrPackaged("default").strategy());
        assertEquals(
                Strategy.HYBRID,
                ScenarioLoader.loadPathOrPackaged("testbed-hybrid.yaml").strategy());
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.loadPathOrPackaged("nowhere.yaml"));
        assertEquals(
                "nowhere.yaml: no such file, and not a packaged scenario (packaged: "
                        + String.join(", ", PackagedScenarios.names()) + ")",
                e.getMessage());
    }
}
