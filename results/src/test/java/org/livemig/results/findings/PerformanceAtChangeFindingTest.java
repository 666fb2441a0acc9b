package org.livemig.results.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunSummary;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.findings.FindingResult.Status;
import org.livemig.results.sweep.IndexRow;

class PerformanceAtChangeFindingTest {

    private static final String BURST = "burst-e-drops-and-recovers";
    private static final String DRAIN = "drain-e-drops-and-recovers";

    /**
     * A 12 000 s run with a change at 6000 s and a sample every 100 s: E alternates 0.980 / 0.982 by 1000 s
     * window before the change (a noise of 0.002), is {@code after} in the window after it, {@code end} from
     * 7000 s on.
     */
    private static RunSeries run(String type, String strategy, int pms, long seed, double after, double end) {
        DoubleUnaryOperator e =
                t -> t <= 6000 ? (((int) Math.ceil(t / 1000)) % 2 == 0 ? 0.980 : 0.982) : t <= 7000 ? after : end;
        List<MetricsSample> samples = new ArrayList<>();
        for (int t = 100; t <= 12_000; t += 100) {
            samples.add(new MetricsSample(t, e.applyAsDouble(t), 0.4, pms, 1, 0, 100));
        }
        RunSummary s = RunSummary.fromSamples(
                "r",
                strategy,
                "xen",
                seed,
                pms,
                50,
                12_000,
                samples,
                1,
                0,
                Map.of("load", "low", "type", type, "variable_thresholds", true, "change_at_s", 6000.0));
        return new RunSeries(IndexRow.of(type + strategy + pms + seed, s), samples);
    }

    private static List<RunSeries> cell(String type, int pms, double after, double end) {
        List<RunSeries> runs = new ArrayList<>();
        for (String strategy : List.of("push", "pull", "hybrid")) {
            for (long seed = 1; seed <= 2; seed++) {
                runs.add(run(type, strategy, pms, seed, after, end));
            }
        }
        return runs;
    }

    private static FindingResult find(List<RunSeries> runs, String id) throws Exception {
        return ThesisFindings.evaluate(runs).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theNoiseIsTheRootMeanSquareStepBetweenSteadyWindowsBeforeTheChange() {
        PerformanceAtChangeFinding.Levels l =
                PerformanceAtChangeFinding.levels(run("burst", "push", 19, 1, 0.95, 0.98));
        assertEquals(0.980, l.before(), 1e-12); // (5000, 6000] is the sixth window: even
        assertEquals(0.95, l.after(), 1e-12);
        assertEquals(0.98, l.end(), 1e-12);
        assertEquals(0.002, l.noise(), 1e-12);
    }

    @Test
    void aDropAtTheBurstThatRecoversPasses() throws Exception {
        FindingResult r = find(cell("burst", 19, 0.95, 0.979), BURST);
        assertEquals(Status.PASS, r.status(), r.evidence());
        assertTrue(
                r.evidence()
                        .startsWith("19 PMs xen: E before / after / end push 0.9800 / 0.9500 / 0.9790, "
                                + "noise 0.0020 (drops, recovers); pull "),
                r.evidence());
        assertTrue(r.evidence().endsWith("(mean of 2 runs each)"), r.evidence());
        assertEquals(Status.SKIPPED, find(cell("burst", 19, 0.95, 0.979), DRAIN).status());
    }

    @Test
    void noDropOrADropWithinTheNoiseFails() throws Exception {
        FindingResult up = find(cell("burst", 19, 0.99, 0.99), BURST);
        assertEquals(Status.FAIL, up.status(), up.evidence());
        assertTrue(
                up.evidence().contains("push 0.9800 / 0.9900 / 0.9900, noise 0.0020 (no drop, recovers)"),
                up.evidence());
        FindingResult small = find(cell("burst", 19, 0.9785, 0.98), BURST);
        assertEquals(Status.FAIL, small.status(), "a step of 0.0015 is smaller than an ordinary one: " + small);
    }

    @Test
    void aDropThatStaysFailsOnTheDrainSide() throws Exception {
        FindingResult r = find(cell("drain", 19, 0.97, 0.95), DRAIN);
        assertEquals(Status.FAIL, r.status(), r.evidence());
        assertTrue(
                r.evidence().contains("hybrid 0.9800 / 0.9700 / 0.9500, noise 0.0020 (drops, no recovery)"),
                r.evidence());
    }

    @Test
    void skippedWithoutBurstRunsOnTheSimulation() throws Exception {
        List<RunSeries> runs = new ArrayList<>(cell("burst", 4, 0.95, 0.98)); // the testbed only
        runs.addAll(cell("normal", 19, 0.95, 0.98));
        FindingResult r = find(runs, BURST);
        assertEquals(Status.SKIPPED, r.status(), r.evidence());
        assertTrue(r.evidence().startsWith("needs burst runs on the 19-PM simulation"), r.evidence());
    }
}
