package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.livemig.sim.reliability.FaultCampaign;
import org.livemig.sim.reliability.FaultTrial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code livemig faults}: a reliability campaign over random fault mixes of small datacentres (issue 14). */
@Command(
        name = "faults",
        mixinStandardHelpOptions = true,
        description = "Run random mixes of faults (agent crashes and restarts, partitions, lossy links, skewed "
                + "clocks, failing migrations, missed reports) on small datacentres and check that no VM is lost "
                + "or duplicated, each runs on one PM, no lock outlives its timeout and every run completes. "
                + "Exit 1 if a guarantee broke; OUT/campaign.csv has one row per run.")
final class FaultsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Runs (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the first run; run i uses seed S + i (default ${DEFAULT-VALUE}).")
    private long firstSeed;

    @Option(names = "--jobs", paramLabel = "J", description = "Runs in parallel (default: the cores).")
    private Integer jobs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "runs/faults",
            description = "Where campaign.csv goes (default ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1 || runs > 10_000_000) {
            throw new BadInputException("--runs: must be in [1, 10000000], got " + runs);
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 1024) {
            throw new BadInputException("--jobs: must be in [1, 1024], got " + threads);
        }
        FaultCampaign.Totals t = FaultCampaign.run(firstSeed, runs, threads, out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                Locale.ROOT,
                "%d runs (seeds %d..%d) in %.1f s, %d threads: %d violations%n",
                t.runs(),
                firstSeed,
                firstSeed + runs - 1,
                t.wallS(),
                threads,
                t.violations().size());
        o.println("faults injected:");
        for (Map.Entry<String, Object> e : t.faults().asMap().entrySet()) {
            o.printf(Locale.ROOT, "  %-20s %d%n", e.getKey(), (Long) e.getValue());
        }
        o.printf(
                Locale.ROOT,
                "live migrations: %d completed, %d failed or refused%n",
                t.migrationsCompleted(),
                t.migrationsFailed());
        for (FaultTrial v :
                t.violations().subList(0, Math.min(10, t.violations().size()))) {
            o.println("VIOLATION seed " + v.scenario().seed() + ": " + v.violation());
        }
        o.println("per run: " + out.resolve("campaign.csv"));
        o.flush();
        return t.violations().isEmpty() ? 0 : LivemigCommand.EXIT_FAILURE;
    }
}
