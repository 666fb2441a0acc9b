package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultWriter;
import org.livemig.results.RunSummary;
import org.livemig.results.chart.ChartFiles;
import org.livemig.scenario.InvalidScenarioException;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.ScenarioLoader;
import org.livemig.scenario.ScenarioOverrides;
import org.livemig.scenario.Strategy;
import org.livemig.sim.run.SimulationRun;
import org.livemig.sim.workload.demand.TraceUnreadableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig run}: simulates one scenario and writes its result directory. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Simulate one scenario and write summary.json, metrics.csv, pm_loads.csv, "
                + "migrations.csv and figures.")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "default",
            description = "A scenario YAML file, or the name of a packaged scenario (default: ${DEFAULT-VALUE}).")
    private String scenarioArg;

    @Option(names = "--out", paramLabel = "DIR", description = "Result directory (default: runs/NAME-seedN).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's).")
    private Long seed;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a scenario setting, e.g. strategy=pull, load=high, pms=19 (repeatable).")
    private List<String> assignments = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = scenario(scenarioArg, seed, assignments);
        Path dir = out != null ? out : Path.of("runs", defaultDirName(scenario, assignments));
        RunResult result;
        ChartFiles.warmUpInBackground(); // the figures' classes load on the other processor while this simulates
        try (RunProgress progress = RunProgress.start("run " + scenario.name(), !quiet)) {
            result = SimulationRun.of(scenario).run(progress::update);
        } catch (org.livemig.strategy.lcc.runtime.LccRuntimeException | TraceUnreadableException e) {
            throw new BadInputException(e.getMessage());
        } catch (InvalidScenarioException e) {
            // A value only the simulated datacentre can refuse (a load level its VMs cannot carry).
            throw new BadInputException(scenarioArg + ": " + e.getMessage());
        }
        RunResultWriter.write(dir, result);
        PrintWriter o = spec.commandLine().getOut();
        RunSummary s = result.summary();
        o.printf(
                Locale.ROOT,
                "%s: %s %s, %d PMs, %d VMs, %.0f s: %d attempts, %d migrations, "
                        + "mean system performance %.4f, overhead mean %.2f Kb/s (%d events, %.2f s wall)%n",
                dir,
                s.strategy(),
                s.hypervisor(),
                s.pms(),
                s.vms(),
                s.simTimeS(),
                s.attempts(),
                s.migrations(),
                s.meanSystemPerformance(),
                s.overheadKbps().mean(),
                s.events(),
                s.wallS());
        o.flush();
        if (s.extra().get("protocol_messages") instanceof Number n
                && n.longValue() == 0
                && s.pms() > 1
                && scenario.strategy() != Strategy.NONE) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    Locale.ROOT,
                    "warning: the agents exchanged no messages (network.loss_probability=%.3g); the "
                            + "numbers describe a datacentre nobody managed%n",
                    scenario.network().lossProbability());
            err.flush();
        }
        return 0;
    }

    /** {@code NAME[-key-value...]-seedN}: overrides are part of the name so runs do not overwrite each other. */
    static String defaultDirName(Scenario scenario, List<String> assignments) {
        StringBuilder name = new StringBuilder(scenario.name());
        for (String a : assignments) {
            name.append('-').append(a.replaceAll("[^A-Za-z0-9._]+", "-"));
        }
        return name.append("-seed").append(scenario.seed()).toString();
    }

    /** Loads a scenario file or packaged name, then applies {@code --seed} and {@code --set}. */
    static Scenario scenario(String arg, Long seed, List<String> assignments) {
        try {
            Scenario s = ScenarioLoader.loadPathOrPackaged(arg);
            s = ScenarioOverrides.apply(s, assignments);
            return seed == null ? s : s.toBuilder().seed(seed).build();
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
