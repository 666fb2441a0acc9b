package org.livemig.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.RunResult;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioLoader;
import org.livemig.scenario.Strategy;

/** Issue 6 item 5: under LCC consolidate a burst wakes shut-down PMs on demand; energy stays below balance. */
class LccWakeOnDemandTest {

    private static Scenario burst() throws Exception {
        return ScenarioLoader.load(Path.of("../scenarios/lcc/consolidate-burst.yaml"));
    }

    private static double extra(RunResult r, String key) {
        return ((Number) r.summary().extra().get(key)).doubleValue();
    }

    private static int activeAt(List<MetricsSample> m, double fromS, double toS, boolean max) {
        var s = m.stream().filter(x -> x.timeS() >= fromS && x.timeS() <= toS).mapToInt(MetricsSample::activePms);
        return max ? s.max().orElse(-1) : s.min().orElse(-1);
    }

    @Test
    void aBurstWakesShutDownPmsAndNoVmIsLost() throws Exception {
        Scenario s = burst();
        double change = s.workload().changeAtS();
        RunResult consolidate = SimulationRun.of(s).run(p -> {});
        RunResult balance = SimulationRun.of(s.toBuilder()
                        .strategy(Strategy.LCC_BALANCE)
                        .lcc(l -> l.modelFile(""))
                        .build())
                .run(p -> {});
        List<MetricsSample> m = consolidate.metrics();
        int beforeBurst = m.stream()
                .filter(x -> x.timeS() < change)
                .reduce((a, b) -> b)
                .orElseThrow()
                .activePms();
        int minBefore = activeAt(m, 0, change, false);
        int maxAfter = activeAt(m, change, s.durationS(), true);
        int atEnd = m.get(m.size() - 1).activePms();
        System.out.printf(
                "consolidate burst: active PMs min before %d, just before %d, max after %d, at end %d; "
                        + "%d migrations; energy %.3f kWh (balance %.3f kWh); vms at end %d%n",
                minBefore,
                beforeBurst,
                maxAfter,
                atEnd,
                consolidate.summary().migrations(),
                extra(consolidate, "energy_kwh"),
                extra(balance, "energy_kwh"),
                (int) extra(consolidate, "vms_at_end"));
        assertTrue(minBefore < 15, "PMs shut down before the burst: " + minBefore);
        assertTrue(atEnd > beforeBurst, "PMs woken after the burst: " + beforeBurst + " -> " + atEnd);
        assertEquals(s.topology().vms(), (int) extra(consolidate, "vms_at_end"), "no VM lost");
        double lastT =
                consolidate.pmLoads().get(consolidate.pmLoads().size() - 1).timeS();
        double maxLoadAtEnd = consolidate.pmLoads().stream()
                .filter(x -> x.timeS() == lastT)
                .mapToDouble(PmLoadSample::load)
                .max()
                .orElse(0);
        assertTrue(
                maxLoadAtEnd <= s.lcc().consolidateFullThreshold() + 0.05,
                "the woken PMs absorbed the burst: max load at the end " + maxLoadAtEnd);
        assertTrue(
                extra(consolidate, "energy_kwh") < extra(balance, "energy_kwh"),
                "consolidate " + extra(consolidate, "energy_kwh") + " kWh vs balance " + extra(balance, "energy_kwh"));
    }
}
