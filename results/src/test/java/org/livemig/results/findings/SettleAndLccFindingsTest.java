package org.livemig.results.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.AgentViewSample;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.ResultDirectory;
import org.livemig.results.RunSummary;
import org.livemig.results.csv.ResultTables;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.findings.FindingResult.Status;
import org.livemig.results.json.SummaryJson;
import org.livemig.results.sweep.IndexRow;
import org.livemig.results.sweep.SweepIndex;

/** The two findings that read pm_loads.csv and migrations.csv, on small synthetic sweep directories. */
class SettleAndLccFindingsTest {

    @TempDir
    Path sweep;

    private final List<IndexRow> index = new ArrayList<>();

    /**
     * Writes a 1000 s run of {@code pms} PMs sampled every 5 s into the sweep: PM {@code failedPm} (or none
     * if negative) stops reporting after {@code failAtS}; {@code load} gives each PM's load after 700 s (and
     * PM id / 10 before); {@code migrations} end on PM 1 at 100 s, 130 s, ...
     */
    private void run(
            String name,
            String strategy,
            long seed,
            int pms,
            double destinationSettleS,
            double sourceSettleS,
            boolean overloadFailure,
            int migrations,
            int failedPm,
            double failAtS,
            IntToDoubleFunction load)
            throws IOException {
        Path dir = sweep.resolve(name);
        Files.createDirectories(dir);
        List<MetricsSample> metrics = new ArrayList<>();
        List<PmLoadSample> loads = new ArrayList<>();
        for (int t = 5; t <= 1000; t += 5) {
            metrics.add(new MetricsSample(t, 0.9, 0.4, pms, 0, 0, 100));
            for (int pm = 0; pm < pms; pm++) {
                if (pm != failedPm || t <= failAtS) {
                    loads.add(new PmLoadSample(t, pm, t > 700 ? load.applyAsDouble(pm) : pm / 10.0));
                }
            }
        }
        List<MigrationRecord> moves = new ArrayList<>();
        for (int i = 0; i < migrations; i++) {
            double end = 100 + 30 * i;
            moves.add(new MigrationRecord(end - 25, end, 10 + i, 0, 1, 0, 300, 25, 0.03));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("load", "medium");
        extra.put("type", "normal");
        extra.put("variable_thresholds", false);
        extra.put("destination_settle_s", destinationSettleS);
        extra.put("source_settle_s", sourceSettleS);
        extra.put("overload_failure", overloadFailure);
        RunSummary summary = RunSummary.fromSamples(name, strategy, "xen", seed, pms, 16, 1000, metrics, 1, 0, extra);
        SummaryJson.write(dir.resolve(ResultDirectory.SUMMARY_JSON), summary);
        ResultTables.METRICS.write(dir.resolve(ResultDirectory.METRICS_CSV), metrics);
        ResultTables.PM_LOADS.write(dir.resolve(ResultDirectory.PM_LOADS_CSV), loads);
        ResultTables.MIGRATIONS.write(dir.resolve(ResultDirectory.MIGRATIONS_CSV), moves);
        index.add(IndexRow.of(name, summary));
    }

    private List<FindingResult> check() throws Exception {
        SweepIndex.write(sweep, index);
        return ThesisFindings.evaluate(RunSeries.load(List.of(sweep)));
    }

    private static FindingResult find(List<FindingResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Settle-study runs: without settle periods PM 1 takes 4 VMs and fails; with them it takes 2. */
    private void settleRuns(boolean destinationsFailWithSettle) throws IOException {
        for (long seed = 1; seed <= 6; seed++) {
            run("nosettle-s" + seed, "push", seed, 4, 0, 0, true, 4, 1, 300, pm -> 0.4);
            run(
                    "settle-s" + seed,
                    "push",
                    seed,
                    4,
                    30,
                    45,
                    true,
                    destinationsFailWithSettle ? 4 : 2,
                    destinationsFailWithSettle ? 1 : -1,
                    300,
                    pm -> 0.4);
        }
    }

    @Test
    void settlePeriodsPassWhenOnlyRunsWithoutThemLoseDestinations() throws Exception {
        settleRuns(false);
        FindingResult r = find(check(), SettlePeriodFinding.ID);
        assertEquals(Status.PASS, r.status(), r.evidence());
        assertTrue(
                r.evidence()
                        .startsWith("4 PMs xen: without settle periods (0 s / 0 s) 1.00 destination "
                                + "failures per run, in 6 of 6 runs; with 30 s / 45 s 0.00, in 0 of 6 runs (one-sided Fisher exact "
                                + "p = 0.0011); most VMs one PM received within 300 s: 4.00 vs 2.00"),
                r.evidence());
    }

    @Test
    void settlePeriodsFailWhenDestinationsFailWithThemToo() throws Exception {
        settleRuns(true);
        List<FindingResult> results = check();
        FindingResult r = find(results, SettlePeriodFinding.ID);
        assertEquals(Status.FAIL, r.status(), r.evidence());
        assertTrue(r.evidence().contains("with 30 s / 45 s 1.00, in 6 of 6 runs"), r.evidence());
        // the study's runs stay out of the Table 4-1 findings
        assertEquals(Status.SKIPPED, find(results, "push-most-at-high").status());
        assertEquals(Status.SKIPPED, find(results, "overhead-higher-when-busy").status());
    }

    /**
     * An lcc-balance run whose agents, at the start, see loads PM id / 10 against an average of 0.7, and after
     * 700 s see {@code load} against an average of 0.3; one migration ends at {@code lastMigrationS}.
     */
    private void lccRun(long seed, IntToDoubleFunction load, double lastMigrationS) throws IOException {
        String name = "lcc-s" + seed;
        run(name, "lcc-balance", seed, 15, Double.NaN, Double.NaN, false, 0, -1, 0, load);
        List<AgentViewSample> views = new ArrayList<>();
        for (int t = 5; t <= 1000; t += 5) {
            for (int pm = 0; pm < 15; pm++) {
                views.add(
                        t > 700
                                ? new AgentViewSample(t, pm, load.applyAsDouble(pm), 0.3)
                                : new AgentViewSample(t, pm, pm / 10.0, 0.7));
            }
        }
        ResultTables.AGENT_VIEW.write(sweep.resolve(name).resolve(ResultDirectory.AGENT_VIEW_CSV), views);
        ResultTables.MIGRATIONS.write(
                sweep.resolve(name).resolve(ResultDirectory.MIGRATIONS_CSV),
                List.of(new MigrationRecord(lastMigrationS - 20, lastMigrationS, 3, 14, 0, 14, 300, 20, 0.03)));
    }

    @Test
    void lccBalancePassesAtAFixedPointWithClearlyMorePmsInside() throws Exception {
        lccRun(1, pm -> pm == 7 ? 0.6 : 0.3, 640); // one PM above, none below: the paper's end state
        lccRun(2, pm -> pm < 3 ? 0.2 : 0.31, 650); // three below, none above: no overloaded PM to give them a VM
        FindingResult r = find(check(), LccBalanceFinding.ID);
        assertEquals(Status.PASS, r.status(), r.evidence());
        assertEquals(
                "15 PMs xen: fixed point with clearly more PMs inside in 2 of 2 runs; 26 of 30 PM-ends inside, "
                        + "6 at the start (s1 14/15 inside (3 at the start), 1 above, 0 below, last migration 640 s; s2 12/15 "
                        + "inside (3 at the start), 0 above, 3 below, last migration 650 s)",
                r.evidence());
    }

    @Test
    void lccBalanceFailsWhenAPmAboveCoexistsWithOneBelowOrTooFewCameInside() throws Exception {
        lccRun(1, pm -> pm == 0 ? 0.5 : pm == 1 ? 0.1 : 0.3, 640);
        lccRun(2, pm -> pm / 10.0 * 0.3 / 0.7, 650); // the start's spread, scaled: nobody came inside
        FindingResult r = find(check(), LccBalanceFinding.ID);
        assertEquals(Status.FAIL, r.status(), r.evidence());
        assertTrue(r.evidence().contains("in 0 of 2 runs"), r.evidence());
        assertTrue(r.evidence().contains("s1 13/15 inside (3 at the start), 1 above, 1 below"), r.evidence());
        assertTrue(r.evidence().contains("s2 3/15 inside (3 at the start)"), r.evidence());
    }

    @Test
    void lccBalanceFailsForARunWithoutTheAgentsView() throws Exception {
        run("lcc-s1", "lcc-balance", 1, 15, Double.NaN, Double.NaN, false, 0, -1, 0, pm -> 0.3);
        FindingResult r = find(check(), LccBalanceFinding.ID);
        assertEquals(Status.FAIL, r.status(), r.evidence());
        assertTrue(r.evidence().contains("(no agent_view.csv)"), r.evidence());
    }

    @Test
    void bothAreSkippedWithoutTheirRuns() throws Exception {
        run("push-s1", "push", 1, 4, Double.NaN, Double.NaN, false, 1, -1, 0, pm -> 0.4);
        List<FindingResult> results = check();
        assertEquals(Status.SKIPPED, find(results, SettlePeriodFinding.ID).status());
        assertEquals(Status.SKIPPED, find(results, LccBalanceFinding.ID).status());
    }

    @Test
    void destinationOverloadCountsOnlyFailedPmsThatReceivedAVmInTheWindow() {
        List<PmLoadSample> loads = new ArrayList<>();
        for (int t = 5; t <= 1000; t += 5) {
            loads.add(new PmLoadSample(t, 0, 0.5));
            if (t <= 400) {
                loads.add(new PmLoadSample(t, 1, 0.2)); // fails at 400 s, received at 150 s and 200 s
            }
            if (t <= 900) {
                loads.add(new PmLoadSample(t, 2, 0.2)); // fails at 900 s, received at 150 s only: not a destination
            }
        }
        List<MigrationRecord> moves = List.of(
                new MigrationRecord(100, 150, 1, 0, 1, 0, 300, 50, 0.03),
                new MigrationRecord(170, 200, 2, 0, 1, 0, 300, 30, 0.03),
                new MigrationRecord(120, 150, 3, 0, 2, 0, 300, 30, 0.03));
        assertEquals(new DestinationOverload(1, 2, 2), DestinationOverload.of(loads, moves, 300));
    }

    @Test
    void oneSidedFisherExactTest() {
        assertEquals(1.0 / 924, SettlePeriodFinding.oneSidedFisherP(6, 6, 0, 6), 1e-12);
        assertEquals(1.0, SettlePeriodFinding.oneSidedFisherP(0, 6, 0, 6), 0);
        assertTrue(SettlePeriodFinding.oneSidedFisherP(3, 6, 3, 6) > 0.5);
    }
}
