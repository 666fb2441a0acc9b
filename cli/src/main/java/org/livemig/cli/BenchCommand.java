package org.livemig.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.livemig.results.RunResult;
import org.livemig.scenario.Scenario;
import org.livemig.sim.run.SimulationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code livemig bench}: simulation speed and memory on the 19-PM x 50-VM scenario and on 1,000 PMs x
 * 5,000 VMs (targets: under 1 s and under 30 s of simulation wall time, under 2 GB of heap).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print simulated events per second, wall time and peak heap for 19 x 50 and 1000 x 5000.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--small-only", description = "Only the 19-PM x 50-VM scenario.")
    private boolean smallOnly;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting of every bench scenario.")
    private List<String> assignments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-34s %10s %9s %12s %10s%n", "scenario", "events", "wall_s", "events/s", "heap_mb");
        bench(out, "19 PMs x 50 VMs, push high", List.of());
        bench(out, "19 PMs x 50 VMs, hybrid medium", List.of("strategy=hybrid", "load=medium"));
        if (!smallOnly) {
            bench(out, "1000 PMs x 5000 VMs, hybrid medium",
                    List.of("pms=1000", "vms=5000", "strategy=hybrid", "load=medium"));
        }
        return 0;
    }

    private void bench(PrintWriter out, String label, List<String> settings) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(assignments);
        Scenario scenario = RunCommand.scenario("default", null, all);
        System.gc();
        resetPeaks();
        RunResult r = SimulationRun.of(scenario).run(fraction -> { });
        double wall = r.summary().wallS();
        out.printf(Locale.ROOT, "%-34s %10d %9.2f %12.0f %10.0f%n", label, r.summary().events(), wall,
                r.summary().events() / wall, peakHeapMb());
        out.flush();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, MB (an upper bound of the live heap). */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }
}
