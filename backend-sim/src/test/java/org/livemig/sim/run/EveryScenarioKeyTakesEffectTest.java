package org.livemig.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livemig.results.RunResult;
import org.livemig.results.RunSummary;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.ScenarioKey;
import org.livemig.scenario.ScenarioKeys;
import org.livemig.scenario.ScenarioOverrides;

/**
 * One configuration, every key honoured: for each documented scenario key, a run with a changed value (set as a
 * user would, with {@code --set}) gives a different result than the run without it. A key that silently does
 * nothing fails here; a new key without a row here fails {@link #everyDocumentedKeyHasARow()}.
 */
class EveryScenarioKeyTakesEffectTest {

    /** A small, busy datacentre: Hybrid at medium load with some loss, so timeouts and backoff happen too. */
    private static final List<String> BASE = List.of(
            "preset=simulation",
            "strategy=hybrid",
            "duration_s=3000",
            "pms=10",
            "vms=26",
            "load=medium",
            "network.loss_probability=0.05");

    private static final List<String> BURST = List.of("type=burst", "load=low", "workload.change_at_s=1500");
    private static final List<String> DRAIN = List.of("type=drain", "load=high", "workload.change_at_s=1500");
    private static final List<String> FLUCTUATION = List.of("type=fluctuation", "workload.arrival_mean_s=300");
    private static final List<String> FAILING = List.of(
            "load=high",
            "overload_failure.enabled=true",
            "overload_failure.threshold_factor=0.5",
            "overload_failure.after_s=30",
            "negotiation.destination_settle_s=0",
            "negotiation.source_settle_s=0");
    private static final List<String> DELAYED = List.of("network.delay_probability=0.3");
    /** PM 0's agent crashes at 300 s and does not restart (a restarted agent's counters start again from 0). */
    private static final List<String> CRASH =
            List.of("faults.crash_pm=0", "faults.crash_at_s=300", "faults.restart_after_s=0");
    /** A crash with restart: the restart shows in what the agents do afterwards and in faults_injected. */
    private static final List<String> RESTART = List.of("faults.crash_pm=0", "faults.crash_at_s=300");

    private static final List<String> PARTITION =
            List.of("faults.partition_at_s=500", "faults.partition_duration_s=1000");
    private static final List<String> BALANCE = List.of("strategy=lcc-balance", "pms=15", "vms=50");
    private static final List<String> CONSOLIDATE = List.of("strategy=lcc-consolidate", "pms=15", "vms=30", "load=low");
    private static final List<String> CONSOLIDATE_BURST = List.of(
            "strategy=lcc-consolidate", "pms=15", "vms=30", "type=burst", "load=low", "workload.change_at_s=1000");
    private static final List<String> MEMORY_BOUND = List.of("topology.vm_memory_mb=1024", "vms=18");
    /** A bounded fanout with views smaller than the 9 other PMs, so the view's size and shuffles matter. */
    private static final List<String> SAMPLED =
            List.of("negotiation.fanout=4", "negotiation.view_size=7", "negotiation.shuffle_length=3");

    private static final List<String> PULL = List.of("strategy=pull", "load=low");
    private static final List<String> GAUSSIAN = List.of("workload.model=gaussian");
    private static final List<String> PLANETLAB =
            List.of("workload.model=trace", "workload.trace_dir=" + TraceCopies.shipped("planetlab-sample"));
    private static final List<String> CSV =
            List.of("workload.model=trace", "workload.trace_file=" + TraceCopies.shipped("sample.csv"));

    private record Change(String key, List<String> context, String value) {}

    /** Every documented key: the context it needs to matter and the value it is changed to. */
    private static final List<Change> CHANGES = List.of(
            change("name", "other-name"),
            change("strategy", "push"),
            change("hypervisor", "kvm"),
            change("hypervisor_load_factor", "0.5"),
            change("duration_s", "2500"),
            change("seed", "2"),
            change("measurement_interval_s", "10"),
            change("record_interval_s", "300"),
            change("topology.pms", "11"),
            change("topology.cores_per_pm", "3"),
            change("topology.memory_per_pm_mb", MEMORY_BOUND, "4096"),
            change("topology.link_mbitps", "1000"),
            change("topology.vms", "24"),
            change("topology.vm_vcpus", "2"),
            change("topology.vm_memory_mb", "512"),
            change("topology.vm_dirty_rate_mbps", "6"),
            change("topology.placement", "round-robin"),
            change("topology.vcpu_overcommit", "2"),
            change("workload.type", List.of("workload.change_at_s=1500"), "burst"),
            change("workload.load", "high"),
            change("workload.change_at_s", BURST, "2000"),
            change("workload.burst_load", BURST, "medium"),
            change("workload.drain_load", DRAIN, "medium"),
            change("workload.add_vms", FLUCTUATION, "1"),
            change("workload.remove_vms", FLUCTUATION, "20"),
            change("workload.arrival_mean_s", FLUCTUATION, "100"),
            change("workload.model", "gaussian"),
            change("workload.walk_theta", "0.5"),
            change("workload.walk_sigma", "0.2"),
            change("workload.walk_step_s", "10"),
            change("workload.gaussian_sd", GAUSSIAN, "0.3"),
            change("workload.gaussian_mean_interval_s", GAUSSIAN, "60"),
            change("workload.trace_dir", PLANETLAB, TraceCopies.planetLabScaled(0.5)),
            change("workload.trace_file", CSV, TraceCopies.csvScaled(0.5)),
            change("negotiation.push_threshold", "0.6"),
            change("negotiation.pull_threshold", "0.2"),
            change("negotiation.variable_thresholds", "false"),
            change("negotiation.threshold_step", "0.1"),
            change("negotiation.threshold_period_min_s", "50"),
            change("negotiation.threshold_period_max_s", "900"),
            change("negotiation.check_interval_s", "10"),
            change("negotiation.reply_timeout_s", "3"),
            change("negotiation.lock_timeout_s", "5"),
            change("negotiation.destination_settle_s", "0"),
            change("negotiation.source_settle_s", "0"),
            change("negotiation.backoff_slot_s", "5"),
            change("negotiation.backoff_max_exponent", "1"),
            change("negotiation.backoff_cap_s", "1"),
            change("negotiation.required_system_state_improvement_percent", "5"),
            change("negotiation.ewma_alpha", "0.8"),
            change("negotiation.ewma_warmup_samples", "20"),
            change("negotiation.load_sample_interval_s", "10"),
            change("negotiation.load_average_window_s", "60"),
            change("negotiation.pull_donor_guard", PULL, "true"),
            change("negotiation.fanout", "4"),
            change("negotiation.view_size", SAMPLED, "5"),
            change("negotiation.shuffle_length", SAMPLED, "2"),
            change("negotiation.shuffle_period_s", SAMPLED, "30"),
            change("network.latency_s", "0.01"),
            change("network.latency_jitter_s", "0.01"),
            change("network.loss_probability", "0.2"),
            change("network.duplication_probability", "0.2"),
            change("network.delay_probability", "0.3"),
            change("network.extra_delay_s", DELAYED, "8"),
            change("network.frame_overhead_bytes", "100"),
            change("cost_model.a", "-0.02"),
            change("cost_model.b", "-0.01"),
            change("cost_model.c", "0.6"),
            change("cost_model.threshold_mb", "5"),
            change("cost_model.resume_s", "0.5"),
            change("cost_model.max_rounds", "2"),
            change("cost_model.energy_per_mb_j", "1"),
            change("cost_model.energy_constant_j", "50"),
            change("overload_failure.enabled", List.of("load=high"), "true"),
            change("overload_failure.threshold_factor", FAILING, "0.9"),
            change("overload_failure.after_s", FAILING, "5"),
            change("lcc.balance_high_factor", BALANCE, "1.05"),
            change("lcc.balance_low_factor", BALANCE, "0.95"),
            change("lcc.consolidate_low_threshold", CONSOLIDATE, "0.2"),
            change("lcc.consolidate_full_threshold", CONSOLIDATE, "0.6"),
            change("lcc.wake_up_s", CONSOLIDATE_BURST, "300"),
            change("lcc.model_file", BALANCE, consolidateModel()),
            change("energy.idle_w", "50"),
            change("energy.peak_w", "400"),
            change("energy.off_w", CONSOLIDATE, "20"),
            change("faults.crash_pm", List.of("faults.crash_at_s=300", "faults.restart_after_s=0"), "3"),
            change("faults.crash_at_s", CRASH, "1500"),
            change("faults.crash_random_rate_per_h", List.of("faults.restart_after_s=0"), "0.5"),
            change("faults.restart_after_s", RESTART, "600"),
            change("faults.partition_at_s", PARTITION, "1500"),
            change("faults.partition_duration_s", "1000"),
            change("faults.partition_fraction", PARTITION, "0.2"),
            change("faults.link_loss", "*>*=0.3"),
            change("faults.clock_skew_max_s", "60"),
            change("faults.clock_drift_max_ppm", "50000"),
            change("faults.migration_failure_probability", "0.5"),
            change("faults.report_miss_probability", "0.3"),
            change("negotiation.central_interval_s", List.of("strategy=central-threshold", "load=high"), "60"),
            change(
                    "energy.power_table_file",
                    Path.of("..", "scenarios", "power", "hp-proliant-ml110-g5.csv")
                            .toAbsolutePath()
                            .normalize()
                            .toString()));

    private static final Map<List<String>, String> BASELINES = new HashMap<>();

    private static Change change(String key, String value) {
        return new Change(key, List.of(), value);
    }

    private static Change change(String key, List<String> context, String value) {
        return new Change(key, context, value);
    }

    private static String consolidateModel() {
        Path model = Path.of("..", "scenarios", "lcc", "consolidate.lcc")
                .toAbsolutePath()
                .normalize();
        assertTrue(Files.isRegularFile(model), model.toString());
        return model.toString();
    }

    static Stream<Change> changes() {
        return CHANGES.stream();
    }

    @Test
    void everyDocumentedKeyHasARow() {
        TreeSet<String> documented = new TreeSet<>();
        ScenarioKeys.all().stream().map(ScenarioKey::name).forEach(documented::add);
        TreeSet<String> tested = new TreeSet<>();
        CHANGES.forEach(c -> tested.add(c.key()));
        assertEquals(documented, tested, "every key in scenarios/README.md has a row in CHANGES, and no other");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangedValueChangesTheRun(Change change) throws ScenarioException {
        List<String> context = new ArrayList<>(BASE);
        context.addAll(change.context());
        List<String> changed = new ArrayList<>(context);
        changed.add(change.key() + "=" + change.value());
        String before = BASELINES.computeIfAbsent(context, EveryScenarioKeyTakesEffectTest::fingerprintOrFail);
        String after = fingerprint(changed);
        assertTrue(!before.equals(after), change.key() + "=" + change.value() + " changed nothing in " + context);
    }

    private static String fingerprintOrFail(List<String> assignments) {
        try {
            return fingerprint(assignments);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Everything a run reports (CSV rows, summary) except its wall-clock time and the scenario text. */
    private static String fingerprint(List<String> assignments) throws ScenarioException {
        Scenario scenario = ScenarioOverrides.apply(Scenario.defaults(), assignments);
        RunResult result = SimulationRun.of(scenario).run(progress -> {});
        RunSummary s = result.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", s.scenario());
        summary.put("strategy", s.strategy());
        summary.put("hypervisor", s.hypervisor());
        summary.put("seed", s.seed());
        summary.put("pms", s.pms());
        summary.put("vms", s.vms());
        summary.put("sim_time_s", s.simTimeS());
        summary.put("overhead", s.overheadKbps());
        summary.put("extra", s.extra());
        return summary + "\n" + result.metrics() + "\n" + result.pmLoads() + "\n" + result.migrations();
    }
}
