package org.livemig.results.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.RunSummary;

/**
 * One row of a sweep's {@code index.csv}: where a run's result directory is, the parameters that tell the
 * runs of a sweep apart, and its summary numbers.
 *
 * @param run the result directory's name inside the sweep directory (the run id)
 * @param scenario the scenario name of the run
 * @param strategy strategy, e.g. {@code push}
 * @param hypervisor {@code xen} or {@code kvm}
 * @param type workload type, e.g. {@code burst}
 * @param load load profile at the start, e.g. {@code low}
 * @param variableThresholds whether thresholds were variable
 * @param pms number of PMs
 * @param vms number of VMs at the start
 * @param pushThreshold push threshold
 * @param pullThreshold pull threshold
 * @param seed the run's seed
 * @param durationS simulated length, s
 * @param changeAtS time of a burst or drain, s
 * @param attempts migration attempts
 * @param migrations completed migrations
 * @param meanSystemPerformance mean system performance E
 * @param finalSystemPerformance last system performance E
 * @param overheadKbps overhead traffic statistics per 1000 s window, Kb/s
 * @param events simulation events
 * @param wallS wall-clock seconds of the run
 * @param backend where the run ran: {@code simulation}, or a real backend such as {@code libvirt}
 * @param destinationSettleS how long a destination kept its lock after a migration, s (thesis 5.1); NaN
 *     when not recorded (the thesis's 30 s)
 * @param sourceSettleS how long a source waited after a migration, s; NaN when not recorded (45 s)
 * @param overloadFailure whether overloaded PMs failed (SPEC 4 overload failure)
 * @param columns further columns of {@code index.csv} by name, in order: {@code scenario_hash}, the scenario
 *     keys that vary across the sweep (full dotted names, {@code preset}) and every numeric summary key that
 *     has no fixed column (e.g. {@code energy_kwh}, {@code slav}); a run without a value has no entry
 */
public record IndexRow(
        String run,
        String scenario,
        String strategy,
        String hypervisor,
        String type,
        String load,
        boolean variableThresholds,
        int pms,
        int vms,
        double pushThreshold,
        double pullThreshold,
        long seed,
        double durationS,
        double changeAtS,
        long attempts,
        long migrations,
        double meanSystemPerformance,
        double finalSystemPerformance,
        OverheadStatistics overheadKbps,
        long events,
        double wallS,
        String backend,
        double destinationSettleS,
        double sourceSettleS,
        boolean overloadFailure,
        Map<String, String> columns) {

    /** The column of the effective scenario's hash ({@link #withColumns}). */
    public static final String SCENARIO_HASH = "scenario_hash";

    /** Keeps an unmodifiable copy of the further columns in their order. */
    public IndexRow {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** A row without further columns. */
    public IndexRow(
            String run,
            String scenario,
            String strategy,
            String hypervisor,
            String type,
            String load,
            boolean variableThresholds,
            int pms,
            int vms,
            double pushThreshold,
            double pullThreshold,
            long seed,
            double durationS,
            double changeAtS,
            long attempts,
            long migrations,
            double meanSystemPerformance,
            double finalSystemPerformance,
            OverheadStatistics overheadKbps,
            long events,
            double wallS,
            String backend,
            double destinationSettleS,
            double sourceSettleS,
            boolean overloadFailure) {
        this(
                run,
                scenario,
                strategy,
                hypervisor,
                type,
                load,
                variableThresholds,
                pms,
                vms,
                pushThreshold,
                pullThreshold,
                seed,
                durationS,
                changeAtS,
                attempts,
                migrations,
                meanSystemPerformance,
                finalSystemPerformance,
                overheadKbps,
                events,
                wallS,
                backend,
                destinationSettleS,
                sourceSettleS,
                overloadFailure,
                Map.of());
    }

    /** The backend of simulation runs (summaries without a {@code backend} key, sweep indexes). */
    public static final String SIMULATION = "simulation";
    /** The thesis's destination settle period, s (thesis 5.1, SPEC 2). */
    public static final double THESIS_DESTINATION_SETTLE_S = 30;
    /** The thesis's source settle period, s (thesis 5.1, SPEC 2). */
    public static final double THESIS_SOURCE_SETTLE_S = 45;

    /** A row without settle periods or overload failure recorded (thesis settle periods, no failure). */
    public IndexRow(
            String run,
            String scenario,
            String strategy,
            String hypervisor,
            String type,
            String load,
            boolean variableThresholds,
            int pms,
            int vms,
            double pushThreshold,
            double pullThreshold,
            long seed,
            double durationS,
            double changeAtS,
            long attempts,
            long migrations,
            double meanSystemPerformance,
            double finalSystemPerformance,
            OverheadStatistics overheadKbps,
            long events,
            double wallS,
            String backend) {
        this(
                run,
                scenario,
                strategy,
                hypervisor,
                type,
                load,
                variableThresholds,
                pms,
                vms,
                pushThreshold,
                pullThreshold,
                seed,
                durationS,
                changeAtS,
                attempts,
                migrations,
                meanSystemPerformance,
                finalSystemPerformance,
                overheadKbps,
                events,
                wallS,
                backend,
                Double.NaN,
                Double.NaN,
                false);
    }

    /** A simulation run's row (the {@code index.csv} of a sweep has no backend column). */
    public IndexRow(
            String run,
            String scenario,
            String strategy,
            String hypervisor,
            String type,
            String load,
            boolean variableThresholds,
            int pms,
            int vms,
            double pushThreshold,
            double pullThreshold,
            long seed,
            double durationS,
            double changeAtS,
            long attempts,
            long migrations,
            double meanSystemPerformance,
            double finalSystemPerformance,
            OverheadStatistics overheadKbps,
            long events,
            double wallS) {
        this(
                run,
                scenario,
                strategy,
                hypervisor,
                type,
                load,
                variableThresholds,
                pms,
                vms,
                pushThreshold,
                pullThreshold,
                seed,
                durationS,
                changeAtS,
                attempts,
                migrations,
                meanSystemPerformance,
                finalSystemPerformance,
                overheadKbps,
                events,
                wallS,
                SIMULATION);
    }

    /**
     * The row of a run from its summary; parameters missing from the summary's extra keys get neutral
     * values ({@code normal}, {@code medium}, fixed thresholds, change at half the run, simulation backend).
     *
     * @param run the result directory's name
     * @param s the run's summary
     * @return the row
     */
    public static IndexRow of(String run, RunSummary s) {
        return SummaryColumns.row(run, s);
    }

    /** This row with {@code more} columns added after (or replacing) its further columns, in their order. */
    public IndexRow withColumns(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(more);
        columns.forEach(all::putIfAbsent);
        return new IndexRow(
                run,
                scenario,
                strategy,
                hypervisor,
                type,
                load,
                variableThresholds,
                pms,
                vms,
                pushThreshold,
                pullThreshold,
                seed,
                durationS,
                changeAtS,
                attempts,
                migrations,
                meanSystemPerformance,
                finalSystemPerformance,
                overheadKbps,
                events,
                wallS,
                backend,
                destinationSettleS,
                sourceSettleS,
                overloadFailure,
                all);
    }

    /** The consolidation metrics of the run (SLATAH, PDM, SLAV, energy, ...), from its further columns; NaN where absent. */
    public PublishedMetrics published() {
        double[] v = new double[PublishedMetrics.COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            String text = columns.get(PublishedMetrics.COLUMNS.get(i));
            v[i] = text == null || text.isEmpty() || text.equals("nan") ? Double.NaN : Double.parseDouble(text);
        }
        return PublishedMetrics.of(v);
    }

    /** The effective scenario's hash, or null when the index did not record it. */
    public String scenarioHash() {
        return columns.get(SCENARIO_HASH);
    }

    /**
     * Whether the run used the thesis's negotiation as Table 4-1 ran it: settle periods of 30 s / 45 s (or
     * not recorded) and no overload failure. Runs of the settle-period study (SPEC 7) are not.
     */
    public boolean thesisSettings() {
        return !overloadFailure && settleIs(THESIS_DESTINATION_SETTLE_S, THESIS_SOURCE_SETTLE_S);
    }

    /** Whether the settle periods were {@code destinationS} / {@code sourceS} (unrecorded counts as 30 / 45). */
    public boolean settleIs(double destinationS, double sourceS) {
        double d = Double.isNaN(destinationSettleS) ? THESIS_DESTINATION_SETTLE_S : destinationSettleS;
        double s = Double.isNaN(sourceSettleS) ? THESIS_SOURCE_SETTLE_S : sourceSettleS;
        return d == destinationS && s == sourceS;
    }

    /** Whether the run ran on a real backend (such as libvirt) rather than in the simulation. */
    public boolean realBackend() {
        return !backend.equals(SIMULATION);
    }

    /** The size of the datacentre as the thesis names it: {@code testbed} up to 4 PMs, else {@code simulation}. */
    public String size() {
        return pms <= 4 ? "testbed" : "simulation";
    }

    /**
     * The scenario variant of the thesis figures: the type and whether thresholds are variable, e.g.
     * {@code normal-fixed}, {@code normal-variable}, {@code burst-variable}; runs outside the thesis's
     * settings ({@link #thesisSettings()}) add their settle periods and overload failure, e.g.
     * {@code normal-fixed-settle-0-0-overload}, so figures and findings keep them apart.
     */
    public String variant() {
        String base = type + (variableThresholds ? "-variable" : "-fixed");
        if (thesisSettings()) {
            return base;
        }
        return base + "-settle-" + seconds(destinationSettleS, THESIS_DESTINATION_SETTLE_S) + "-"
                + seconds(sourceSettleS, THESIS_SOURCE_SETTLE_S) + (overloadFailure ? "-overload" : "");
    }

    private static String seconds(double value, double fallback) {
        double v = Double.isNaN(value) ? fallback : value;
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
