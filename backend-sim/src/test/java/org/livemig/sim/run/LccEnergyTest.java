package org.livemig.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunResult;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioLoader;

/** Issue 6: seed 000's two models from scenarios/lcc/ on the same workload; consolidation saves energy. */
class LccEnergyTest {

    private static RunResult run(String file) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/lcc", file)).toBuilder()
                .durationS(6000)
                .build();
        assertTrue(
                s.lcc().modelFile().endsWith(file.replace(".yaml", ".lcc")),
                s.lcc().modelFile());
        return SimulationRun.of(s).run(p -> {});
    }

    private static double extra(RunResult r, String key) {
        return ((Number) r.summary().extra().get(key)).doubleValue();
    }

    @Test
    void consolidationShutsPmsDownAndUsesLessEnergyThanBalance() throws Exception {
        RunResult balance = run("balance.yaml");
        RunResult consolidate = run("consolidate.yaml");
        int minActive = consolidate.metrics().stream()
                .mapToInt(MetricsSample::activePms)
                .min()
                .orElse(15);
        int balanceMin = balance.metrics().stream()
                .mapToInt(MetricsSample::activePms)
                .min()
                .orElse(0);
        System.out.printf(
                "balance: %.3f kWh, mean %.2f active PMs (min %d), %d migrations; "
                        + "consolidate: %.3f kWh, mean %.2f active PMs (min %d), %d migrations%n",
                extra(balance, "energy_kwh"),
                extra(balance, "mean_active_pms"),
                balanceMin,
                balance.summary().migrations(),
                extra(consolidate, "energy_kwh"),
                extra(consolidate, "mean_active_pms"),
                minActive,
                consolidate.summary().migrations());
        assertEquals(15, balanceMin, "balance keeps every PM on");
        assertTrue(minActive < 15, "consolidation shuts PMs down: min active " + minActive);
        assertTrue(extra(consolidate, "mean_active_pms") < extra(balance, "mean_active_pms"));
        assertTrue(
                extra(consolidate, "energy_kwh") < extra(balance, "energy_kwh"),
                "consolidate " + extra(consolidate, "energy_kwh") + " kWh vs balance " + extra(balance, "energy_kwh"));
        // 15 PMs always on at idle power or more over 6000 s: at least 15 * 100 W * 6000 s = 2.5 kWh
        assertTrue(extra(balance, "energy_kwh") >= 2.5 - 1e-9);
    }
}
