package org.livemig.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunResult;
import org.livemig.results.RunSummary;
import org.livemig.scenario.PackagedScenarios;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.ScenarioOverrides;
import org.livemig.sim.datacentre.DatacentreObserver;

/**
 * What a run reports about the datacentre comes from the simulator's true state, not from messages the network
 * may delay or drop (SPEC 6; issue 14's crash and lost migrations, issue 15 item 1).
 */
class TrueStateMeasurementTest {

    private static Scenario scenario(String packaged, String... sets) {
        try {
            return ScenarioOverrides.apply(PackagedScenarios.load(packaged), List.of(sets));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static RunResult run(Scenario s) {
        return SimulationRun.of(s).run(p -> {});
    }

    /** Issue 14: replies delayed past the next request made overhead and attempts negative and crashed the run. */
    @Test
    void messagesDelayedBeyondTheReplyTimeoutNoLongerCrashTheMeasurement() {
        for (long seed = 1; seed <= 3; seed++) {
            RunResult r = run(scenario(
                    "simulation-push",
                    "duration_s=4000",
                    "network.delay_probability=0.3",
                    "network.extra_delay_s=15",
                    "seed=" + seed));
            assertEquals(800, r.metrics().size());
            for (MetricsSample m : r.metrics()) {
                assertTrue(m.overheadBytes() >= 0 && m.attempts() >= 0, m.toString());
            }
            assertTrue(r.summary().attempts() > 0);
        }
    }

    /** Issue 14: migrations were logged from MIGRATION_ACKs, which a lossy network drops. */
    @Test
    void underLossEveryMigrationThatHappenedIsLogged() {
        Scenario s = scenario("simulation-push", "duration_s=4000", "network.loss_probability=0.1", "seed=4");
        List<MigrationResult> happened = new ArrayList<>();
        RunResult r = SimulationRun.of(s)
                .observedBy(new DatacentreObserver() {
                    @Override
                    public void migrationCompleted(MigrationResult result) {
                        happened.add(result);
                    }
                })
                .run(p -> {});
        assertTrue(happened.size() > 5, "the run migrates: " + happened.size());
        assertEquals(happened.size(), r.migrations().size());
        assertEquals(happened.size(), r.summary().migrations());
        assertChainsUnbroken(r);
    }

    /** Each VM's migrations form a chain: each leaves the PM the previous one reached. */
    private static void assertChainsUnbroken(RunResult r) {
        java.util.Map<Integer, Integer> at = new java.util.HashMap<>();
        for (var m : r.migrations()) {
            Integer before = at.put(m.vm(), m.destination());
            assertTrue(
                    before == null || before == m.source(),
                    "VM " + m.vm() + " left PM " + m.source() + " but its last migration took it to PM " + before);
        }
    }

    /**
     * With no migration possible (thresholds out of reach) the datacentre evolves the same whatever the network
     * does, so a network that loses every message must report the same E, loads, active PMs and energy as a
     * perfect one. Before SPEC 6's revision it reported E = 1, 0 active PMs and 0 kWh.
     */
    @Test
    void aNetworkThatLosesEverythingReportsTheSameDatacentreAsAPerfectOne() {
        String[] calm = {"duration_s=2000", "push_threshold=2", "pull_threshold=0", "seed=3"};
        RunResult perfect = run(scenario("simulation-push", calm));
        List<String> lossy = new ArrayList<>(List.of(calm));
        lossy.add("network.loss_probability=1");
        RunResult lost = run(scenario("simulation-push", lossy.toArray(String[]::new)));
        assertEquals(0, perfect.summary().migrations());
        assertEquals(perfect.pmLoads(), lost.pmLoads());
        for (int i = 0; i < perfect.metrics().size(); i++) {
            MetricsSample a = perfect.metrics().get(i);
            MetricsSample b = lost.metrics().get(i);
            assertEquals(a.systemPerformance(), b.systemPerformance());
            assertEquals(a.systemLoad(), b.systemLoad());
            assertEquals(19, b.activePms());
        }
        RunSummary p = perfect.summary();
        RunSummary l = lost.summary();
        assertEquals(p.meanSystemPerformance(), l.meanSystemPerformance());
        assertTrue(p.meanSystemPerformance() < 0.999, "a real E, not the 1.0 of an empty datacentre");
        for (String key : List.of("energy_kwh", "mean_active_pms", "slatah", "time_above_push_threshold_s")) {
            assertEquals(p.extra().get(key), l.extra().get(key), key);
        }
        assertTrue((Double) l.extra().get("energy_kwh") > 0);
        assertEquals(0L, ((Number) l.extra().get("protocol_messages")).longValue());
    }
}
