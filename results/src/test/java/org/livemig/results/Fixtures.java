package org.livemig.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;

/** Deterministic results for tests; every value is already at the precision of the files. */
public final class Fixtures {
    private Fixtures() {}

    /** A value rounded to {@code decimals} places the way a file read back would give it. */
    public static double rounded(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** Samples every 10 s up to {@code endS}, with some activity in every interval. */
    public static List<MetricsSample> metrics(double endS) {
        List<MetricsSample> samples = new ArrayList<>();
        for (int i = 1; i * 10.0 <= endS; i++) {
            double t = i * 10.0;
            double performance = rounded(0.5 + 0.45 * Math.sin(t / 700.0), 6);
            double load = rounded(0.4 + 0.1 * Math.cos(t / 900.0), 6);
            samples.add(new MetricsSample(t, performance, load, 4, i % 3, i % 7 == 0 ? 1 : 0, 200L + i));
        }
        return samples;
    }

    /** One load sample per PM every 10 s up to {@code endS}. */
    public static List<PmLoadSample> pmLoads(int pms, double endS) {
        List<PmLoadSample> samples = new ArrayList<>();
        for (int i = 1; i * 10.0 <= endS; i++) {
            for (int pm = 0; pm < pms; pm++) {
                double load = rounded(0.4 + 0.3 * Math.sin(i / 40.0 + pm), 6);
                samples.add(new PmLoadSample(i * 10.0, pm, load));
            }
        }
        return samples;
    }

    /** A few migrations with sizes and times as the cost model gives them. */
    public static List<MigrationRecord> migrations() {
        return List.of(
                new MigrationRecord(120.5, 145.25, 3, 0, 2, 0, 304.729948, 24.378396, 0.033422),
                new MigrationRecord(900.125, 921.0, 7, 1, 3, 3, 280.5, 20.875, 0.0215));
    }

    /** A complete run of 4 PMs over {@code endS} seconds. */
    public static RunResult run(double endS, String scenarioYaml) {
        List<MetricsSample> metrics = metrics(endS);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("load", "medium");
        extra.put("type", "normal");
        extra.put("failed_migrations", 2);
        RunSummary summary = RunSummary.fromSamples(
                "testbed-normal-medium", "push", "kvm", 42L, 4, 8, endS, metrics, 123_456L, 1.25, extra);
        return new RunResult(summary, metrics, pmLoads(4, endS), migrations(), scenarioYaml);
    }

    /** The standard fixture: 3000 s with scenario text. */
    public static RunResult run() {
        return run(3000.0, "name: testbed-normal-medium\nstrategy: push\n");
    }
}
