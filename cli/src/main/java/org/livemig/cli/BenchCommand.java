package org.livemig.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.livemig.results.RunResult;
import org.livemig.scenario.Scenario;
import org.livemig.sim.run.SimulationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code livemig bench}: simulation speed and memory on the 19-PM x 50-VM scenario and on 1,000 PMs x
 * 5,000 VMs (targets: under 1 s and under 30 s of simulation wall time, under 2 GB of heap).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Print simulated events per second, wall time and peak heap for 19 x 50 and 1000 x 5000.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--small-only", description = "Only the 19-PM x 50-VM scenario.")
    private boolean smallOnly;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting of every bench scenario.")
    private List<String> assignments = new ArrayList<>();

    @Option(
            names = "--shape",
            paramLabel = "PMSxVMSxSECONDS[/FANOUT]",
            description = "Instead of the default"
                    + " shapes, run Push at high load on this shape (repeatable), e.g. 1900x5000x20000 (full broadcast),"
                    + " 10000x50000x20000/32, 100000x500000x2000/32 (issue 12's targets). With shapes of different"
                    + " sizes it also prints how the cost grows from each to the next and whether that is linear.")
    private List<String> shapes = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "max heap %.0f MB (-Xmx; set it with LIVEMIG_JAVA_OPTS), %d processors%n",
                Runtime.getRuntime().maxMemory() / 1e6,
                Runtime.getRuntime().availableProcessors());
        out.printf(
                Locale.ROOT,
                "%-38s %10s %8s %8s %10s %9s %8s%n",
                "scenario",
                "events",
                "wall_s",
                "cpu_s",
                "events/s",
                "peak_mb",
                "live_mb");
        if (!shapes.isEmpty()) {
            List<BenchShape> parsed = shapes.stream().map(BenchShape::parse).toList();
            List<BenchGrowth.Point> points = new ArrayList<>();
            for (BenchShape b : parsed) {
                points.add(bench(out, b.label(), b.settings()));
            }
            printLegend(out);
            new BenchGrowth(points).lines().forEach(out::println);
            return 0;
        }
        bench(out, "19 x 50, push high (cold JVM)", List.of());
        bench(out, "19 x 50, push high (again)", List.of());
        bench(out, "19 x 50, hybrid medium", List.of("strategy=hybrid", "load=medium"));
        if (!smallOnly) {
            bench(out, "1000 x 5000, hybrid medium", List.of("pms=1000", "vms=5000", "strategy=hybrid", "load=medium"));
        }
        out.println(
                "The first run pays for class loading and JIT compilation; the second runs the same scenario warm.");
        printLegend(out);
        return 0;
    }

    private static void printLegend(PrintWriter out) {
        out.println("wall_s: simulation wall time; cpu_s: CPU time of the whole JVM meanwhile (all threads, GC"
                + " included); peak_mb: most heap in use, garbage included (just before a GC; grows with -Xmx);"
                + " live_mb: most heap in use right after a GC (what the run kept, at most).");
    }

    private BenchGrowth.Point bench(PrintWriter out, String label, List<String> settings) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(assignments);
        Scenario scenario = RunCommand.scenario("default", null, all);
        RunResult r;
        long cpuBefore;
        long cpuAfter;
        double peakMb;
        double liveMb;
        try (HeapWatch heap = HeapWatch.start()) {
            cpuBefore = processCpuNs();
            r = SimulationRun.of(scenario).run(fraction -> {});
            cpuAfter = processCpuNs();
            peakMb = heap.peakMb();
            liveMb = heap.maxAfterGcMb();
        }
        double wall = r.summary().wallS();
        double cpuS = cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / 1e9;
        out.printf(
                Locale.ROOT,
                "%-38s %10d %8.2f %8.2f %10.0f %9.0f %8.0f%n",
                label,
                r.summary().events(),
                wall,
                cpuS,
                r.summary().events() / wall,
                peakMb,
                liveMb);
        out.flush();
        return new BenchGrowth.Point(scenario.topology().pms(), r.summary().events(), wall, cpuS, liveMb);
    }

    /** CPU time of the JVM process so far, ns (-1 when the platform does not tell). */
    private static long processCpuNs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
