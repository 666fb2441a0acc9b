package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.Sweep;
import org.livemig.sim.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig sweep}: runs every run of sweep files or scenario directories in parallel. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run sweep files (a matrix of scenarios x seeds) or directories of scenario files in "
                + "parallel; finished runs are skipped, OUT/index.csv lists every finished run.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SWEEP_FILE_OR_SCENARIO_DIR",
            description = "Sweep files (with matrix: or cases:), scenario files, or directories of them.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Sweep directory: one result "
            + "directory per run, and index.csv.")
    private Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Runs at a time (default: available cores).")
    private Integer jobs;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario key in every run "
            + "(repeatable; the keys of 'run --set'); a key the sweep varies cannot be set.")
    private List<String> overrides = new java.util.ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only part I of N disjoint parts (1-based; "
            + "every N-th run from the I-th), writing no index.csv; a later 'sweep --merge' over the same OUT "
            + "writes it. For cluster schedulers (see --slurm, docs/CLUSTER.md).")
    private String shard;

    @Option(names = "--merge", description = "Run nothing: write OUT/index.csv of the finished runs (after "
            + "--shard parts); exit 1 naming runs not finished or finished with another scenario.")
    private boolean merge;

    @Override
    public Integer call() throws IOException {
        Sweep sweep;
        try {
            sweep = Sweep.load(inputs).withOverrides(overrides);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage());
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new BadInputException("--jobs " + n + ": must be at least 1");
        }
        int[] part = shard == null ? null : SweepShard.parse(shard);
        if (merge && part != null) {
            throw new BadInputException("--merge runs nothing; give it without --shard");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (merge) {
            return merged(sweep, n, o, err);
        }
        List<org.livemig.scenario.SweepRun> mine = part == null ? sweep.runs() : sweep.shard(part[0], part[1]);
        SweepRunner.Outcome outcome;
        try (RunProgress progress = RunProgress.start("sweep", !quiet)) {
            SweepRunner runner = SweepRunner.of(out, n, new SweepRunner.Listener() {
                @Override
                public void progress(double fraction) {
                    progress.update(fraction);
                }

                @Override
                public void failed(String id, String reason) {
                    synchronized (err) {
                        err.println("livemig: run " + id + " failed: " + reason);
                        err.flush();
                    }
                }
            });
            outcome = part == null ? runner.run(sweep.runs()) : runner.runPart(sweep.runs(), mine);
        }
        String changed = outcome.changed().isEmpty() ? ""
                : " (" + outcome.changed().size() + " of them again: their scenario changed)";
        if (part == null) {
            o.printf("%s: %d runs: %d ran%s, %d already finished, %d failed; index %s%n", out, mine.size(),
                    outcome.ran().size(), changed, outcome.skipped().size(), outcome.failed().size(),
                    out.resolve("index.csv"));
        } else {
            o.printf("%s: part %d/%d, %d of %d runs: %d ran%s, %d already finished, %d failed; no index "
                    + "(sweep --merge writes it)%n", out, part[0], part[1], mine.size(), sweep.runs().size(),
                    outcome.ran().size(), changed, outcome.skipped().size(), outcome.failed().size());
        }
        o.flush();
        if (!outcome.failed().isEmpty()) {
            err.println("livemig: " + outcome.failed().size() + " run(s) failed: "
                    + String.join(", ", outcome.failed().keySet()));
            err.flush();
            return LivemigCommand.EXIT_FAILURE;
        }
        return 0;
    }

    private int merged(Sweep sweep, int n, PrintWriter o, PrintWriter err) throws IOException {
        SweepRunner.Outcome outcome = SweepRunner.of(out, n, new SweepRunner.Listener() { }).merge(sweep.runs());
        o.printf("%s: %d runs: %d finished, %d missing, %d unreadable; index %s%n", out, sweep.runs().size(),
                outcome.skipped().size(), outcome.missing().size(), outcome.failed().size(),
                out.resolve("index.csv"));
        o.flush();
        if (outcome.missing().isEmpty() && outcome.failed().isEmpty()) {
            return 0;
        }
        List<String> bad = new java.util.ArrayList<>(outcome.missing());
        bad.addAll(outcome.failed().keySet());
        err.println("livemig: " + bad.size() + " run(s) not finished with their current scenario: "
                + String.join(", ", bad.subList(0, Math.min(20, bad.size()))) + (bad.size() > 20 ? ", ..." : ""));
        err.flush();
        return LivemigCommand.EXIT_FAILURE;
    }
}
