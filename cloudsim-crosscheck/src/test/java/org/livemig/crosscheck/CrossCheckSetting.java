package org.livemig.crosscheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.ScenarioOverrides;
import org.livemig.sim.SimulatedDatacentre;

/**
 * The one scenario both simulators run for the cross-check of {@code central-threshold} (issue 15, item 5): the
 * same hosts, VMs, threshold, interval, link and the same demand paths ({@link ReferenceWalk}, replayed by
 * livemig as a {@code time_s,vm,cpu} trace), with livemig's load average made instantaneous (a 0.5 s window
 * sampled every 5 s) because CloudSim Plus decides on the utilisation of the moment.
 */
record CrossCheckSetting(
        int hosts,
        int pesPerHost,
        int vms,
        double threshold,
        double intervalS,
        double spanS,
        long seed,
        boolean placeByCurrentDemand) {

    /** The walk both sides replay: issue 12's reference walk (mean 0.418, sigma 0.05, theta 0.05, 5 s steps). */
    ReferenceWalk walk() {
        return new ReferenceWalk(vms, 0.418, 0.05, 0.05, 5, seed);
    }

    /** livemig's scenario, replaying {@code trace} (written from {@link #walk()}). */
    Scenario livemig(Path trace) throws ScenarioException {
        List<String> set = new ArrayList<>(List.of(
                "strategy=central-threshold",
                "hypervisor=kvm",
                "topology.pms=" + hosts,
                "topology.vms=" + vms,
                "topology.cores_per_pm=" + pesPerHost,
                "topology.memory_per_pm_mb=" + memoryMb(),
                "topology.vm_memory_mb=256",
                "topology.vcpu_overcommit=4",
                "topology.link_mbitps=100",
                "topology.placement=random",
                "workload.model=trace",
                "workload.trace_file=" + trace.toAbsolutePath(),
                "negotiation.push_threshold=" + number(threshold),
                "negotiation.pull_threshold=0.05",
                "negotiation.variable_thresholds=false",
                "negotiation.central_interval_s=" + number(intervalS),
                "negotiation.load_sample_interval_s=5",
                "negotiation.load_average_window_s=0.5",
                "duration_s=" + number(spanS),
                "seed=" + seed));
        return ScenarioOverrides.apply(Scenario.defaults(), set);
    }

    /** CloudSim Plus's side, on livemig's initial placement of {@code scenario}. */
    CloudSimSetting cloudSim(Scenario scenario) {
        int[] placement = new int[vms];
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
            for (Map.Entry<Integer, Integer> e : dc.placement().entrySet()) {
                placement[e.getKey()] = e.getValue();
            }
        }
        // no under-load consolidation (livemig's central-threshold has none); migrations use the whole link
        return new CloudSimSetting(
                hosts,
                pesPerHost,
                1000,
                memoryMb(),
                100,
                vms,
                256,
                threshold,
                0,
                intervalS,
                spanS,
                1.0,
                4,
                placement,
                seed,
                placeByCurrentDemand);
    }

    /** Host memory: room for every VM the vCPU bound admits (4 per core, 256 MB each). */
    long memoryMb() {
        return 4L * pesPerHost * 256;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
