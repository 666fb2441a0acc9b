package org.livemig.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.RunResult;
import org.livemig.scenario.PackagedScenarios;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.ScenarioAgents;
import org.livemig.strategy.lcc.runtime.LccRuntimeException;

/** Seed 000's two interaction models run from their LCC text in the simulated datacentre. */
class LccSimulationTest {

    /** Per PM, its mean reported load over the last {@code windowS} of the run. */
    static Map<Integer, Double> finalLoads(RunResult r, double windowS) {
        double end = r.summary().simTimeS();
        Map<Integer, List<Double>> byPm = new TreeMap<>();
        for (PmLoadSample s : r.pmLoads()) {
            if (s.timeS() > end - windowS) {
                byPm.computeIfAbsent(s.pm(), k -> new ArrayList<>()).add(s.load());
            }
        }
        Map<Integer, Double> out = new TreeMap<>();
        byPm.forEach((pm, l) -> out.put(
                pm, l.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return out;
    }

    /** SPEC 7, seed 000 section 5: 50 VMs on 15 PMs settle with all PMs but at most one in 80-120 % of the mean. */
    @Test
    void balanceSettlesWithAllButOnePmInsideTheBand() throws Exception {
        Scenario s = PackagedScenarios.load("lcc-balance");
        RunResult r = SimulationRun.of(s).run(p -> {});
        Map<Integer, Double> loads = finalLoads(r, 2000);
        double mean = loads.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        long outside = loads.values().stream()
                .filter(l -> l < 0.8 * mean || l > 1.2 * mean)
                .count();
        System.out.printf(
                "lcc-balance: %d PMs, mean %.4f, loads %s, outside %d, migrations %d, attempts %d%n",
                loads.size(),
                mean,
                loads,
                outside,
                r.summary().migrations(),
                r.summary().attempts());
        assertEquals(15, loads.size());
        assertTrue(r.summary().migrations() > 0);
        assertTrue(outside <= 1, "PMs outside 80-120 % of the mean " + mean + ": " + outside + " " + loads);
    }

    @Test
    void consolidateShutsDownEmptyPms() throws Exception {
        Scenario s = PackagedScenarios.load("lcc-consolidate");
        RunResult r = SimulationRun.of(s).run(p -> {});
        List<MetricsSample> m = r.metrics();
        int last = m.get(m.size() - 1).activePms();
        System.out.printf(
                "lcc-consolidate: active PMs first %d last %d, migrations %d%n",
                m.get(1).activePms(), last, r.summary().migrations());
        assertTrue(last < 15, "some PMs shut down: " + last);
        assertTrue(r.summary().migrations() > 0);
    }

    @Test
    void aModelFileWithASyntaxErrorNamesItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.lcc");
        Files.writeString(bad, "a(idle, P) ::\n  null <- getPeerState(S) then then\n");
        Scenario s = PackagedScenarios.load("lcc-balance").toBuilder()
                .lcc(l -> l.modelFile(bad.toString()))
                .build();
        LccRuntimeException e = assertThrows(LccRuntimeException.class, () -> ScenarioAgents.factory(s));
        assertEquals(
                bad + ":2:32: expected a message, 'null', a role 'a(Role, Id)' or '(', found keyword 'then'",
                e.getMessage());
    }
}
