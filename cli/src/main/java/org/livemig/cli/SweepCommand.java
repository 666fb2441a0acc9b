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
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Run sweep files (a matrix of scenarios x seeds) or directories of scenario files in "
                + "parallel; finished runs are skipped, OUT/index.csv lists every finished run.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "SWEEP_FILE_OR_SCENARIO_DIR",
            description = "Sweep files (with matrix: or cases:), scenario files, or directories of them.")
    private List<Path> inputs;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Sweep directory: one result " + "directory per run, and index.csv.")
    private Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Runs at a time (default: available cores).")
    private Integer jobs;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a scenario key in every run "
                    + "(repeatable; the keys of 'run --set'); a key the sweep varies cannot be set.")
    private List<String> overrides = new java.util.ArrayList<>();

    @Option(
            names = "--shard",
            paramLabel = "I/N",
            description = "Run only part I of N disjoint parts (1-based; "
                    + "every N-th run from the I-th), writing no index.csv; a later 'sweep --merge' over the same OUT "
                    + "writes it. For cluster schedulers (see --slurm, docs/CLUSTER.md).")
    private String shard;

    @Option(
            names = "--slurm",
            description = "Spread the sweep over a Slurm cluster: write OUT/slurm/sweep.sbatch "
                    + "(a job array, task I running --shard I/N) and merge.sbatch (--merge, after the array), and submit "
                    + "them with sbatch. OUT and this build must be on a file system the nodes share.")
    private boolean slurm;

    @Option(
            names = "--shards",
            paramLabel = "N",
            description = "With --slurm: the array's size (default: the " + "number of runs, at most 8).")
    private Integer shards;

    @Option(
            names = "--slurm-option",
            paramLabel = "OPTION",
            description = "With --slurm: a further #SBATCH option "
                    + "of both scripts, e.g. --partition=short or --time=2:00:00 (repeatable).")
    private List<String> slurmOptions = new java.util.ArrayList<>();

    @Option(names = "--slurm-no-submit", description = "With --slurm: write the scripts, do not submit them.")
    private boolean noSubmit;

    @Option(
            names = "--slurm-wait",
            description = "With --slurm: wait until the merge job has ended and exit " + "with its status.")
    private boolean slurmWait;

    @Option(
            names = "--merge",
            description = "Run nothing: write OUT/index.csv of the finished runs (after "
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
        if (slurm && (merge || part != null)) {
            throw new BadInputException("--slurm writes the --shard and --merge jobs itself; give it without them");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (merge) {
            return merged(sweep, n, o, err);
        }
        if (slurm) {
            return slurm(sweep, o);
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
        String changed = outcome.changed().isEmpty()
                ? ""
                : " (" + outcome.changed().size() + " of them again: their scenario changed)";
        if (part == null) {
            o.printf(
                    "%s: %d runs: %d ran%s, %d already finished, %d failed; index %s%n",
                    out,
                    mine.size(),
                    outcome.ran().size(),
                    changed,
                    outcome.skipped().size(),
                    outcome.failed().size(),
                    out.resolve("index.csv"));
        } else {
            o.printf(
                    "%s: part %d/%d, %d of %d runs: %d ran%s, %d already finished, %d failed; no index "
                            + "(sweep --merge writes it)%n",
                    out,
                    part[0],
                    part[1],
                    mine.size(),
                    sweep.runs().size(),
                    outcome.ran().size(),
                    changed,
                    outcome.skipped().size(),
                    outcome.failed().size());
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

    private int slurm(Sweep sweep, PrintWriter o) throws IOException {
        int parts = shards == null ? Math.min(sweep.runs().size(), 8) : shards;
        if (parts < 1 || parts > sweep.runs().size()) {
            throw new BadInputException("--shards " + parts + ": must be 1 to the number of runs ("
                    + sweep.runs().size() + ")");
        }
        int cpus = jobs == null ? 1 : jobs;
        Path absolute = out.toAbsolutePath().normalize();
        List<String> args = new java.util.ArrayList<>();
        inputs.forEach(p -> args.add(p.toAbsolutePath().normalize().toString()));
        args.add("--out");
        args.add(absolute.toString());
        for (String s : overrides) {
            args.add("--set");
            args.add(s);
        }
        String name = "livemig-" + absolute.getFileName();
        SlurmScripts scripts = SlurmScripts.write(absolute, name, args, parts, cpus, slurmOptions);
        o.printf(
                "%s: %d runs in %d parts of %d CPU(s): wrote %s and %s%n",
                out, sweep.runs().size(), parts, cpus, scripts.array(), scripts.merge());
        if (noSubmit) {
            o.printf(
                    "submit with: jid=$(sbatch --parsable %s) && sbatch --dependency=afterany:$jid %s%n",
                    scripts.array(), scripts.merge());
            o.flush();
            return 0;
        }
        o.flush();
        long[] ids = scripts.submit(slurmWait);
        o.printf(
                "submitted array job %d and merge job %d (after the array); index %s%s%n",
                ids[0],
                ids[1],
                absolute.resolve("index.csv"),
                slurmWait ? ", merge exit " + ids[2] : " when the merge ends");
        o.flush();
        return slurmWait && ids[2] != 0 ? LivemigCommand.EXIT_FAILURE : 0;
    }

    private int merged(Sweep sweep, int n, PrintWriter o, PrintWriter err) throws IOException {
        SweepRunner.Outcome outcome =
                SweepRunner.of(out, n, new SweepRunner.Listener() {}).merge(sweep.runs());
        o.printf(
                "%s: %d runs: %d finished, %d missing, %d unreadable; index %s%n",
                out,
                sweep.runs().size(),
                outcome.skipped().size(),
                outcome.missing().size(),
                outcome.failed().size(),
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
