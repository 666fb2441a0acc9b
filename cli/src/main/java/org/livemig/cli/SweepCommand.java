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

    @Override
    public Integer call() throws IOException {
        Sweep sweep;
        try {
            sweep = Sweep.load(inputs);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage());
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new BadInputException("--jobs " + n + ": must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        SweepRunner.Outcome outcome;
        try (RunProgress progress = RunProgress.start("sweep", !quiet)) {
            outcome = SweepRunner.of(out, n, new SweepRunner.Listener() {
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
            }).run(sweep.runs());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d runs: %d ran, %d already finished, %d failed; index %s%n", out, sweep.runs().size(),
                outcome.ran().size(), outcome.skipped().size(), outcome.failed().size(), out.resolve("index.csv"));
        o.flush();
        if (!outcome.failed().isEmpty()) {
            err.println("livemig: " + outcome.failed().size() + " run(s) failed: "
                    + String.join(", ", outcome.failed().keySet()));
            err.flush();
            return LivemigCommand.EXIT_FAILURE;
        }
        return 0;
    }

}
