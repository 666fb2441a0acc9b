package org.livemig.results.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.RunSummary;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.findings.FindingResult.Status;
import org.livemig.results.sweep.IndexRow;

class ThesisFindingsTest {

    /**
     * A 4000 s run with one sample per 1000 s: {@code before} attempts per window before 2000 s and
     * {@code after} after it, {@code migrations} migrations in the first window.
     */
    private static RunSeries run(
            String type, String strategy, String load, long seed, long before, long after, long migrations) {
        List<MetricsSample> samples = new ArrayList<>();
        for (int t = 1000; t <= 4000; t += 1000) {
            samples.add(new MetricsSample(
                    t,
                    0.95,
                    0.4,
                    4,
                    t <= 2000 ? before : after,
                    t == 1000 ? migrations : 0,
                    t == 1000 && migrations > 0 ? 50_000 : 100));
        }
        RunSummary s = RunSummary.fromSamples(
                "r",
                strategy,
                "xen",
                seed,
                4,
                8,
                4000,
                samples,
                1,
                0,
                Map.of(
                        "load",
                        load,
                        "type",
                        type,
                        "variable_thresholds",
                        !type.equals("normal"),
                        "change_at_s",
                        2000.0));
        return new RunSeries(IndexRow.of(type + strategy + load + seed, s), samples);
    }

    private static FindingResult find(List<FindingResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDrainIsJudgedAgainstTheSteadyLevelJustBeforeItNotTheStartUpPeak() throws Exception {
        List<RunSeries> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            List<MetricsSample> samples = new ArrayList<>();
            for (int t = 1000; t <= 8000; t += 1000) {
                long attempts = t == 1000 ? 50 : t > 5000 ? 2 : 0;
                samples.add(new MetricsSample(t, 0.95, 0.4, 19, attempts, 0, 100));
            }
            RunSummary s = RunSummary.fromSamples(
                    "d" + seed,
                    "pull",
                    "xen",
                    seed,
                    19,
                    50,
                    8000,
                    samples,
                    1,
                    0,
                    Map.of("load", "high", "type", "drain", "variable_thresholds", true, "change_at_s", 5000.0));
            runs.add(new RunSeries(IndexRow.of("d" + seed, s), samples));
        }
        FindingResult drain = find(ThesisFindings.evaluate(runs), "drain-raises-pull-attempts");
        assertEquals(Status.PASS, drain.status(), drain.evidence());
        assertTrue(drain.evidence().contains("before 0.00, after 2.00"), drain.evidence());
    }

    @Test
    void findingThatHoldsPassesAndOneThatDoesNotFailsWithItsNumbers() throws Exception {
        List<RunSeries> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            runs.add(run("normal", "push", "high", seed, 10, 10, 4));
            runs.add(run("normal", "push", "low", seed, 1, 0, 0)); // quiet after 2000 s
            runs.add(run("normal", "pull", "high", seed, 5, 5, 2));
            runs.add(run("normal", "pull", "low", seed, 2, 2, 1));
            runs.add(run("burst", "push", "low", seed, 1, 3 * seed, 0));
            runs.add(run("drain", "pull", "high", seed, 4, 1, 0));
        }
        List<FindingResult> results = ThesisFindings.evaluate(runs);
        assertEquals(ThesisFindings.IDS, results.stream().map(FindingResult::id).toList());
        FindingResult push = find(results, "push-most-at-high");
        assertEquals(Status.PASS, push.status(), push.evidence());
        assertTrue(
                push.evidence().contains("4 PMs xen attempts: high 40.00, low 2.00 (mean of 2 runs)"), push.evidence());
        FindingResult pull = find(results, "pull-most-at-low");
        assertEquals(Status.FAIL, pull.status());
        assertTrue(
                pull.evidence().startsWith("fails: 4 PMs xen attempts: low 8.00, high 20.00 (mean of 2 runs)"),
                pull.evidence());
        FindingResult burst = find(results, "burst-raises-push-attempts");
        assertEquals(Status.PASS, burst.status(), burst.evidence());
        assertTrue(burst.evidence().contains("before 1.00, after 4.50"), burst.evidence());
        FindingResult drain = find(results, "drain-raises-pull-attempts");
        assertEquals(Status.FAIL, drain.status());
        assertTrue(drain.evidence().contains("before 4.00, after 1.00"), drain.evidence());
        FindingResult mechanism = find(results, "xen-kvm-mechanism");
        assertEquals(Status.PASS, mechanism.status(), mechanism.evidence());
        assertTrue(
                mechanism.evidence().contains("Xen (factor 0.67) accepts 3, KVM (factor 1.00) 2"),
                mechanism.evidence());
        FindingResult ongoing = find(results, "busy-profiles-keep-negotiating");
        assertEquals(Status.PASS, ongoing.status(), ongoing.evidence());
        assertTrue(ongoing.evidence().contains("push high 1.00, pull low 1.00"), ongoing.evidence());
        assertEquals(Status.SKIPPED, find(results, "hybrid-busiest-at-medium").status());
        assertEquals(
                Status.SKIPPED,
                find(results, "simulation-push-high-above-pull-high").status());
        FindingResult busy = find(results, "overhead-higher-when-busy");
        assertEquals(Status.PASS, busy.status(), busy.evidence());
        assertEquals(
                Status.PASS, find(results, "overhead-near-0-without-migrations").status());
    }

    @Test
    void everythingIsSkippedWithoutRuns() throws Exception {
        assertTrue(ThesisFindings.evaluate(List.of()).stream().allMatch(r -> r.status() == Status.SKIPPED));
    }
}
