package org.livemig.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livemig.argument.Arguments;
import org.livemig.core.measurement.MetricsSample;

/**
 * The one-object summary of a run, written as {@code summary.json} (SPEC 8).
 *
 * <p>Each component is written under the snake_case key listed in {@link #JSON_KEYS}; the entries of
 * {@code extra} (for instance load, type or failed migrations) are written as further top-level keys
 * after them, in their iteration order.
 *
 * @param scenario scenario name
 * @param strategy strategy name, e.g. {@code push}
 * @param hypervisor hypervisor name, e.g. {@code kvm}
 * @param seed random seed of the run
 * @param pms number of PMs
 * @param vms number of VMs
 * @param simTimeS simulated duration in seconds
 * @param attempts migration attempts over the run
 * @param migrations completed migrations over the run
 * @param meanSystemPerformance mean of the sampled system performance E
 * @param finalSystemPerformance the last sampled system performance E
 * @param overheadKbps overhead traffic per 1000 s window
 * @param events number of simulation events processed
 * @param wallS wall-clock duration of the run in seconds
 * @param extra further keys, none equal to a key of {@link #JSON_KEYS}; values are strings, numbers,
 *     booleans, lists or maps (read back as Jackson's natural types: Integer, Long, Double, String,
 *     Boolean, List, Map)
 */
public record RunSummary(
        String scenario,
        String strategy,
        String hypervisor,
        long seed,
        int pms,
        int vms,
        double simTimeS,
        long attempts,
        long migrations,
        double meanSystemPerformance,
        double finalSystemPerformance,
        OverheadStatistics overheadKbps,
        long events,
        double wallS,
        Map<String, Object> extra) {

    /** The keys of {@code summary.json} that SPEC 8 requires, in the order they are written. */
    public static final List<String> JSON_KEYS = List.of(
            "scenario",
            "strategy",
            "hypervisor",
            "seed",
            "pms",
            "vms",
            "sim_time_s",
            "attempts",
            "migrations",
            "mean_system_performance",
            "final_system_performance",
            "overhead_kbps",
            "events",
            "wall_s");

    /** The keys of the {@code overhead_kbps} object, in the order they are written. */
    public static final List<String> OVERHEAD_KEYS = List.of("max", "min", "mean", "median", "std");

    /** Checks every component and keeps an unmodifiable copy of {@code extra} in its order. */
    public RunSummary {
        Arguments.present("scenario", scenario);
        Arguments.present("strategy", strategy);
        Arguments.present("hypervisor", hypervisor);
        Arguments.count("pms", pms);
        Arguments.count("vms", vms);
        Arguments.nonNegative("simTimeS", simTimeS);
        Arguments.count("attempts", attempts);
        Arguments.count("migrations", migrations);
        Arguments.finite("meanSystemPerformance", meanSystemPerformance);
        Arguments.finite("finalSystemPerformance", finalSystemPerformance);
        Arguments.present("overheadKbps", overheadKbps);
        Arguments.count("events", events);
        Arguments.nonNegative("wallS", wallS);
        Arguments.present("extra", extra);
        Map<String, Object> copy = new LinkedHashMap<>();
        extra.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("extra has a blank key");
            }
            if (JSON_KEYS.contains(key)) {
                throw new IllegalArgumentException("extra key '" + key + "' clashes with a summary key");
            }
            copy.put(key, Arguments.present("extra '" + key + "'", value));
        });
        extra = Collections.unmodifiableMap(copy);
    }

    /**
     * Builds a summary whose counts, system performance and overhead statistics (1000 s windows) are
     * computed from {@code samples}.
     *
     * @param scenario scenario name
     * @param strategy strategy name
     * @param hypervisor hypervisor name
     * @param seed random seed
     * @param pms number of PMs
     * @param vms number of VMs
     * @param simTimeS simulated duration in seconds
     * @param samples the run's metrics samples in time order
     * @param events number of simulation events
     * @param wallS wall-clock duration in seconds
     * @param extra further keys
     * @return the summary
     */
    public static RunSummary fromSamples(
            String scenario,
            String strategy,
            String hypervisor,
            long seed,
            int pms,
            int vms,
            double simTimeS,
            List<MetricsSample> samples,
            long events,
            double wallS,
            Map<String, Object> extra) {
        return fromSamples(
                scenario,
                strategy,
                hypervisor,
                seed,
                pms,
                vms,
                simTimeS,
                samples,
                OverheadStatistics.THESIS_WINDOW_S,
                events,
                wallS,
                extra);
    }

    /**
     * As {@link #fromSamples(String, String, String, long, int, int, double, List, long, double, Map)}, with
     * the overhead statistics over windows of {@code windowS} seconds (the scenario's record_interval_s).
     */
    public static RunSummary fromSamples(
            String scenario,
            String strategy,
            String hypervisor,
            long seed,
            int pms,
            int vms,
            double simTimeS,
            List<MetricsSample> samples,
            double windowS,
            long events,
            double wallS,
            Map<String, Object> extra) {
        return new RunSummary(
                scenario,
                strategy,
                hypervisor,
                seed,
                pms,
                vms,
                simTimeS,
                totalAttempts(samples),
                totalMigrations(samples),
                meanSystemPerformance(samples),
                finalSystemPerformance(samples),
                OverheadStatistics.ofWindows(samples, windowS),
                events,
                wallS,
                extra);
    }

    /**
     * The arithmetic mean of the sampled system performance (samples are equally spaced).
     *
     * @param samples metrics samples
     * @return the mean, or 0 when there are no samples
     */
    public static double meanSystemPerformance(List<MetricsSample> samples) {
        if (samples.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (MetricsSample s : samples) {
            sum += s.systemPerformance();
        }
        return sum / samples.size();
    }

    /**
     * The system performance of the last sample in the list.
     *
     * @param samples metrics samples in time order
     * @return its system performance, or 0 when there are no samples
     */
    public static double finalSystemPerformance(List<MetricsSample> samples) {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).systemPerformance();
    }

    /**
     * The migration attempts summed over all samples.
     *
     * @param samples metrics samples
     * @return the total
     */
    public static long totalAttempts(List<MetricsSample> samples) {
        return samples.stream().mapToLong(MetricsSample::attempts).sum();
    }

    /**
     * The completed migrations summed over all samples.
     *
     * @param samples metrics samples
     * @return the total
     */
    public static long totalMigrations(List<MetricsSample> samples) {
        return samples.stream().mapToLong(MetricsSample::migrations).sum();
    }

    /**
     * The overhead bytes summed over all samples.
     *
     * @param samples metrics samples
     * @return the total
     */
    public static long totalOverheadBytes(List<MetricsSample> samples) {
        return samples.stream().mapToLong(MetricsSample::overheadBytes).sum();
    }
}
