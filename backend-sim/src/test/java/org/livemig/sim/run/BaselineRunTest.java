package org.livemig.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.results.RunSummary;
import org.livemig.scenario.PackagedScenarios;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.ScenarioOverrides;

/** The baselines of issue 15 run in the same simulated datacentre as the agents. */
class BaselineRunTest {

    private static RunSummary run(String... sets) {
        try {
            return SimulationRun.of(ScenarioOverrides.apply(PackagedScenarios.load("simulation-push"), List.of(sets)))
                    .run(p -> {})
                    .summary();
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static double number(RunSummary s, String key) {
        return ((Number) s.extra().get(key)).doubleValue();
    }

    @Test
    void noneNeverMigratesAndSendsNothing() {
        RunSummary none = run("strategy=none", "duration_s=3000");
        assertEquals(0, none.migrations());
        assertEquals(0, none.attempts());
        assertEquals(0, number(none, "protocol_messages"));
        assertEquals(0, number(none, "pdm"));
        assertTrue(number(none, "slatah") > 0, "the default workload saturates some PMs");
    }

    @Test
    void centralThresholdRelievesOverloadAndItsMessagesCountAsOverhead() {
        RunSummary none = run("strategy=none", "duration_s=6000");
        RunSummary central = run("strategy=central-threshold", "duration_s=6000");
        assertTrue(central.migrations() > 0);
        assertEquals(central.attempts(), central.migrations(), "every command of a lossless run is carried out");
        assertTrue(
                number(central, "time_above_push_threshold_s_max") < number(none, "time_above_push_threshold_s_max"));
        assertTrue(central.overheadKbps().mean() > 0, "reports and commands are protocol traffic");
    }

    @Test
    void aCentralManagerCutOffByLossCommandsNothing() {
        RunSummary lost = run("strategy=central-threshold", "duration_s=3000", "network.loss_probability=1");
        assertEquals(0, lost.migrations());
        assertEquals(0, lost.attempts(), "no report reached the manager");
    }

    @Test
    void lrMmtConsolidatesOntoFewerPmsAndSavesEnergy() {
        RunSummary none = run("strategy=none", "duration_s=6000");
        RunSummary lr = run("strategy=central-lr-mmt", "duration_s=6000");
        assertTrue(number(lr, "mean_active_pms") < 19);
        assertTrue(number(lr, "energy_kwh") < number(none, "energy_kwh"));
        assertTrue(number(lr, "pdm") > 0);
    }

    @Test
    void anUnknownStrategyNamesTheValidOnes() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioOverrides.apply(PackagedScenarios.load("simulation-push"), List.of("strategy=central")));
        for (String valid : List.of(
                "push",
                "pull",
                "hybrid",
                "lcc-balance",
                "lcc-consolidate",
                "none",
                "central-threshold",
                "central-lr-mmt")) {
            assertTrue(e.getMessage().contains(valid), e.getMessage());
        }
    }

    @Test
    void centralMigrationsAreLoggedWithTheirSourceAsInitiator() {
        var r = SimulationRun.of(scenario("strategy=central-threshold", "duration_s=6000"))
                .run(p -> {});
        for (MigrationRecord m : r.migrations()) {
            assertEquals(m.source(), m.initiator());
        }
    }

    private static org.livemig.scenario.Scenario scenario(String... sets) {
        try {
            return ScenarioOverrides.apply(PackagedScenarios.load("simulation-push"), List.of(sets));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
