package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of the demand models (workload.model and its parameters): defaults, bounds, trace paths. */
class DemandModelKeysTest {

    @Test
    void defaultsAreTheCalibratedWalk() {
        Workload w = Scenario.defaults().workload();
        assertEquals(DemandModel.WALK, w.model());
        assertEquals(0.02, w.walkTheta());
        assertEquals(0.0574, w.walkSigma());
        assertEquals(30, w.walkStepS());
        assertEquals(0.12, w.gaussianSd());
        assertEquals(180, w.gaussianMeanIntervalS());
        assertEquals("", w.traceDir());
        assertEquals("", w.traceFile());
    }

    @Test
    void readsEveryKey() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("""
                workload:
                  model: gaussian
                  walk_theta: 0.3
                  walk_sigma: 0.1
                  walk_step_s: 10
                  gaussian_sd: 0.2
                  gaussian_mean_interval_s: 60
                """, "x.yaml");
        Workload w = s.workload();
        assertEquals(
                List.of(DemandModel.GAUSSIAN, 0.3, 0.1, 10.0, 0.2, 60.0),
                List.of(
                        w.model(),
                        w.walkTheta(),
                        w.walkSigma(),
                        w.walkStepS(),
                        w.gaussianSd(),
                        w.gaussianMeanIntervalS()));
    }

    @Test
    void eachBadValueNamesFileLineAndKey() {
        assertError("x.yaml:2: workload.model: must be one of walk, gaussian, trace, got 'random'", "model: random");
        assertError("x.yaml:2: workload.walk_theta: must be in (0, 1], got 0", "walk_theta: 0");
        assertError("x.yaml:2: workload.walk_theta: must be in (0, 1], got 1.5", "walk_theta: 1.5");
        assertError("x.yaml:2: workload.walk_theta: must be a number, got 'abc'", "walk_theta: abc");
        assertError("x.yaml:2: workload.walk_sigma: must be in [0, 1], got -0.1", "walk_sigma: -0.1");
        assertError("x.yaml:2: workload.walk_step_s: must be > 0, got 0", "walk_step_s: 0");
        assertError("x.yaml:2: workload.gaussian_sd: must be in [0, 1], got 2", "gaussian_sd: 2");
        assertError("x.yaml:2: workload.gaussian_mean_interval_s: must be > 0, got -5", "gaussian_mean_interval_s: -5");
    }

    @Test
    void traceNeedsExactlyOneExistingTrace() {
        assertError(
                "x.yaml:2: workload.model: trace needs workload.trace_dir (PlanetLab directory) or "
                        + "workload.trace_file (CSV), got neither",
                "model: trace");
        assertError(
                "x.yaml:4: workload.trace_file: give only one of workload.trace_dir and workload.trace_file "
                        + "for model trace, got both",
                "model: trace\n  trace_dir: traces/planetlab-sample\n  trace_file: traces/sample.csv");
        assertError("x.yaml:3: workload.trace_dir: no such directory: nowhere", "model: trace\n  trace_dir: nowhere");
        assertError("x.yaml:2: workload.trace_file: no such file: traces", "trace_file: traces");
        assertError(
                "x.yaml:2: workload.trace_dir: no such directory: traces/sample.csv", "trace_dir: traces/sample.csv");
    }

    @Test
    void relativeTracesAreLookedUpBesideTheScenarioThenInTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine.csv"), "time_s,vm,cpu\n0,0,10\n");
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "workload: {model: trace, trace_dir: mine}\n");
        assertEquals(
                dir.resolve("mine").toString(),
                ScenarioLoader.load(scenario).workload().traceDir());
        Files.writeString(scenario, "workload: {model: trace, trace_file: mine.csv}\n");
        assertEquals(
                dir.resolve("mine.csv").toString(),
                ScenarioLoader.load(scenario).workload().traceFile());
        Files.writeString(scenario, "workload: {model: trace, trace_dir: traces/planetlab-sample}\n");
        assertEquals(
                "traces/planetlab-sample",
                ScenarioLoader.load(scenario).workload().traceDir());
    }

    @Test
    void aTraceScenarioRoundTripsAndTheKeysCanBeSet() throws ScenarioException {
        Scenario s = ScenarioOverrides.apply(
                Scenario.defaults(),
                List.of("workload.model=trace", "workload.trace_file=traces/sample.csv", "workload.walk_sigma=0.2"));
        assertEquals(DemandModel.TRACE, s.workload().model());
        assertEquals(0.2, s.workload().walkSigma());
        assertEquals(s, ScenarioLoader.parse(ScenarioWriter.toYaml(s), "effective.yaml"));
        Scenario walk = ScenarioOverrides.apply(s, List.of("workload.model=walk"));
        assertEquals("traces/sample.csv", walk.workload().traceFile(), "a trace left set is kept, unused");
    }

    private static void assertError(String message, String workloadLines) {
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> ScenarioLoader.parse("workload:\n  " + workloadLines + "\n", "x.yaml"));
        assertEquals(message, e.getMessage());
    }
}
