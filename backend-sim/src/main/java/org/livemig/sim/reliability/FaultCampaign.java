package org.livemig.sim.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.livemig.scenario.Scenario;
import org.livemig.sim.fault.FaultCounts;

/**
 * A campaign of {@link FaultTrial}s over the {@link FaultMixes} of consecutive seeds, run in parallel: totals of
 * runs, faults injected by kind, migrations and violations, and one CSV row per run ({@code campaign.csv}), so a
 * violation can be replayed from its seed.
 */
public final class FaultCampaign {

    /** What a campaign found. */
    public record Totals(
            int runs,
            FaultCounts faults,
            long migrationsCompleted,
            long migrationsFailed,
            List<FaultTrial> violations,
            double wallS) {}

    private FaultCampaign() {}

    /**
     * Runs the mixes of seeds {@code firstSeed} .. {@code firstSeed + runs - 1} on {@code jobs} threads, writes
     * {@code out/campaign.csv} if {@code out} is not null, and returns the totals.
     */
    public static Totals run(long firstSeed, int runs, int jobs, Path out) throws IOException, InterruptedException {
        long startNs = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<FaultTrial> trials = new ArrayList<>(runs);
        try {
            List<Future<FaultTrial>> futures = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                Scenario scenario = FaultMixes.of(firstSeed + i);
                futures.add(pool.submit(() -> FaultTrial.run(scenario)));
            }
            for (Future<FaultTrial> f : futures) {
                trials.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a trial could not run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        FaultCounts faults = new FaultCounts();
        long completed = 0;
        long failed = 0;
        List<FaultTrial> violations = new ArrayList<>();
        for (FaultTrial t : trials) {
            faults.add(t.faults());
            completed += t.migrationsCompleted();
            failed += t.migrationsFailed();
            if (!t.held()) {
                violations.add(t);
            }
        }
        if (out != null) {
            writeCsv(out, trials);
        }
        return new Totals(runs, faults, completed, failed, violations, (System.nanoTime() - startNs) / 1e9);
    }

    private static void writeCsv(Path out, List<FaultTrial> trials) throws IOException {
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder("seed,strategy,pms,vms,duration_s");
        for (String kind : new FaultCounts().asMap().keySet()) {
            csv.append(',').append(kind);
        }
        csv.append(",migrations_completed,migrations_failed,violation\n");
        for (FaultTrial t : trials) {
            Scenario s = t.scenario();
            csv.append(String.format(
                    Locale.ROOT,
                    "%d,%s,%d,%d,%.0f",
                    s.seed(),
                    s.strategy().spelling(),
                    s.topology().pms(),
                    s.topology().vms(),
                    s.durationS()));
            t.faults().asMap().values().forEach(v -> csv.append(',').append(v));
            csv.append(',')
                    .append(t.migrationsCompleted())
                    .append(',')
                    .append(t.migrationsFailed())
                    .append(',')
                    .append(t.held() ? "" : '"' + t.violation().replace("\"", "'") + '"')
                    .append('\n');
        }
        Files.writeString(out.resolve("campaign.csv"), csv, StandardCharsets.UTF_8);
    }
}
