package org.livemig.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.livemig.libvirt.testbed.LocalTestbed;
import org.livemig.libvirt.testbed.QuotaSchedule;
import org.livemig.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code livemig testbed up|run|down}: the local real testbed of libvirt daemons on this machine. */
@Command(
        name = "testbed",
        mixinStandardHelpOptions = true,
        description = "Local real testbed (root; scripts/install-deps): 'up' starts N libvirt daemons, tiny "
                + "CPU-burning QEMU guests (PM 1 a hotspot) and one agent per daemon; 'run' does that, runs the "
                + "measurement point for the duration, writes its results and tears everything down; 'down' "
                + "ends every process by its pid file. In 'run', a burst or drain scenario changes every guest's "
                + "CPU quota at its change_at_s, scaled to --duration.")
final class TestbedCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "up|run|down")
    private String action;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "testbed-push",
            description =
                    "Scenario giving the defaults before the shortened local settings (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            defaultValue = "/tmp/livemig-testbed",
            description = "Working directory: configs, logs, pid files (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--pms", defaultValue = "3", description = "libvirt daemons, 3 or 4 (default: ${DEFAULT-VALUE}).")
    private int pms;

    @Option(
            names = "--duration",
            defaultValue = "90",
            paramLabel = "S",
            description = "Run length, s (default: ${DEFAULT-VALUE}).")
    private double durationS;

    @Option(names = "--out", paramLabel = "DIR", description = "Copy the results here (default: DIR/results).")
    private Path out;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a scenario setting after the local timing, e.g. type=burst, load=low (repeatable).")
    private List<String> assignments = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path script = script();
        if (pms < 2 || pms > 8) {
            throw new BadInputException("--pms: value '" + pms + "' must be in [2, 8]");
        }
        switch (action) {
            case "down" -> {
                Process p = new ProcessBuilder("bash", script.toString(), "down", dir.toString())
                        .inheritIO()
                        .start();
                return p.waitFor() == 0 ? 0 : LivemigCommand.EXIT_FAILURE;
            }
            case "up", "run" -> {
                if (!LocalTestbed.available(script)) {
                    throw new BadInputException("testbed: needs root and the packages of scripts/install-deps");
                }
                if (!(durationS > 0)) {
                    throw new BadInputException("--duration: value '" + durationS + "' must be above 0");
                }
                Scenario full = RunCommand.scenario(scenario, null, assignments);
                LocalTestbed.Plan plan = LocalTestbed.Plan.hotspot(pms, 3, 0.25, 0.01);
                QuotaSchedule schedule = QuotaSchedule.of(full.workload(), full.durationS(), durationS, plan.guests());
                Map<String, String> settings = settings(schedule);
                String cp = System.getProperty("java.class.path");
                LocalTestbed tb = LocalTestbed.up(script, dir, plan);
                try {
                    tb.writeConfigs(scenario, settings, durationS);
                    tb.startAgents(cp);
                    if (action.equals("up")) {
                        System.out.println(
                                "testbed up in " + dir + "; './livemig testbed down --dir " + dir + "' ends it");
                        return 0;
                    }
                    Process mp = tb.startMeasurement(cp);
                    if (schedule.changes()) {
                        System.out.printf(
                                Locale.ROOT,
                                "testbed: %s at %.1f s: guest quotas change (see %s)%n",
                                full.workload().type().spelling(),
                                schedule.changeAtS(),
                                dir.resolve("workload.log"));
                        tb.followWorkload(schedule);
                    }
                    mp.waitFor((long) durationS + 60, TimeUnit.SECONDS);
                    Path results = dir.resolve("results");
                    if (out != null && Files.isDirectory(results)) {
                        copy(results, out);
                    }
                    System.out.println("testbed results: " + (out != null ? out : results));
                    return mp.exitValue();
                } finally {
                    if (action.equals("run")) {
                        tb.close();
                    }
                }
            }
            default -> throw new BadInputException("testbed: action '" + action + "' must be up, run or down");
        }
    }

    /**
     * The local timing of {@link LocalTestbed#shortRun}, then {@code --set}, then the run length and (for a
     * burst or drain) the change time scaled to it, so the agents' scenario stays valid.
     */
    private Map<String, String> settings(QuotaSchedule schedule) {
        Map<String, String> s = LocalTestbed.shortRun(pms, pms + 2, durationS);
        for (String a : assignments) {
            int eq = a.indexOf('=');
            s.remove(a.substring(0, eq).trim());
            s.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
        }
        s.remove("duration_s");
        s.put("duration_s", String.valueOf(durationS));
        if (schedule.changes()) {
            s.remove("workload.change_at_s");
            s.put("workload.change_at_s", String.valueOf(schedule.changeAtS()));
        }
        return s;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** scripts/testbed.sh of this checkout: next to cli/target/livemig.jar, else under the working directory. */
    private static Path script() {
        try {
            Path jar = Path.of(TestbedCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path candidate = jar.getParent().getParent().getParent().resolve("scripts/testbed.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall back to the working directory
        }
        Path local = Path.of("scripts", "testbed.sh");
        if (!Files.isRegularFile(local)) {
            throw new BadInputException("testbed: cannot find scripts/testbed.sh; run from the livemig checkout");
        }
        return local;
    }
}
