package org.livemig.crosscheck;

import java.nio.file.Path;
import java.util.Locale;
import org.livemig.results.RunResult;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioException;
import org.livemig.sim.run.SimulationRun;

/** Migrations and SLATAH of livemig's central-threshold and of CloudSim Plus on one {@link CrossCheckSetting}. */
record CrossCheckOutcome(long livemigMigrations, double livemigSlatah, long cloudSimMigrations, double cloudSimSlatah) {

    static CrossCheckOutcome of(CrossCheckSetting s, Path dir) throws ScenarioException {
        Path trace = dir.resolve("walk.csv");
        ReferenceWalk walk = s.walk();
        walk.writeTrace(trace, s.spanS());
        Scenario scenario = s.livemig(trace);
        RunResult livemig = SimulationRun.of(scenario).run(p -> {});
        CloudSimThresholdRun.Outcome cloudSim = CloudSimThresholdRun.run(s.cloudSim(scenario), walk);
        return new CrossCheckOutcome(
                livemig.summary().migrations(),
                ((Number) livemig.summary().extra().get("slatah")).doubleValue(),
                cloudSim.migrationsFinished(),
                cloudSim.timeline().slatah(walk, s.pesPerHost(), s.spanS()));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "livemig migrations %d slatah %.4f | cloudsim migrations %d slatah %.4f",
                livemigMigrations,
                livemigSlatah,
                cloudSimMigrations,
                cloudSimSlatah);
    }
}
