package org.livemig.results.csv;

import java.util.List;
import org.livemig.core.measurement.AgentViewSample;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;

/**
 * The three tables of a result directory with their exact SPEC 8 headers. Times are written with 3
 * decimals; performance, loads, sizes (MB) and durations with 6.
 */
public final class ResultTables {
    /** Decimals of clock times in seconds. */
    public static final int TIME_DECIMALS = 3;
    /** Decimals of performance and loads, sizes in MB and migration durations in seconds. */
    public static final int VALUE_DECIMALS = 6;

    /** {@code metrics.csv}: one row per measurement interval. */
    public static final CsvTable<MetricsSample> METRICS = new CsvTable<>(
            "metrics.csv",
            List.of(
                    "time_s",
                    "system_performance",
                    "system_load",
                    "active_pms",
                    "attempts",
                    "migrations",
                    "overhead_bytes"),
            (out, s) -> {
                FixedDecimal.append(out, s.timeS(), TIME_DECIMALS).append(',');
                FixedDecimal.append(out, s.systemPerformance(), VALUE_DECIMALS).append(',');
                FixedDecimal.append(out, s.systemLoad(), VALUE_DECIMALS).append(',');
                out.append(s.activePms())
                        .append(',')
                        .append(s.attempts())
                        .append(',')
                        .append(s.migrations())
                        .append(',')
                        .append(s.overheadBytes());
            },
            row -> new MetricsSample(
                    row.decimal(0),
                    row.decimal(1),
                    row.decimal(2),
                    row.integer(3),
                    row.longInteger(4),
                    row.longInteger(5),
                    row.longInteger(6)));

    /** {@code pm_loads.csv}: one row per PM per measurement interval. */
    public static final CsvTable<PmLoadSample> PM_LOADS = new CsvTable<>(
            "pm_loads.csv",
            List.of("time_s", "pm", "load"),
            (out, s) -> {
                FixedDecimal.append(out, s.timeS(), TIME_DECIMALS)
                        .append(',')
                        .append(s.pm())
                        .append(',');
                FixedDecimal.append(out, s.load(), VALUE_DECIMALS);
            },
            row -> new PmLoadSample(row.decimal(0), row.integer(1), row.decimal(2)));

    /** {@code agent_view.csv}: the load and average one PM's agent acted on, per measurement interval. */
    public static final CsvTable<AgentViewSample> AGENT_VIEW = new CsvTable<>(
            "agent_view.csv",
            List.of("time_s", "pm", "load", "average"),
            (out, s) -> {
                FixedDecimal.append(out, s.timeS(), TIME_DECIMALS)
                        .append(',')
                        .append(s.pm())
                        .append(',');
                FixedDecimal.append(out, s.load(), VALUE_DECIMALS).append(',');
                FixedDecimal.append(out, s.average(), VALUE_DECIMALS);
            },
            row -> new AgentViewSample(row.decimal(0), row.integer(1), row.decimal(2), row.decimal(3)));

    /** {@code migrations.csv}: one row per completed migration. */
    public static final CsvTable<MigrationRecord> MIGRATIONS = new CsvTable<>(
            "migrations.csv",
            List.of("start_s", "end_s", "vm", "source", "destination", "initiator", "v_mig_mb", "t_mig_s", "t_down_s"),
            (out, m) -> {
                FixedDecimal.append(out, m.startS(), TIME_DECIMALS).append(',');
                FixedDecimal.append(out, m.endS(), TIME_DECIMALS).append(',');
                out.append(m.vm())
                        .append(',')
                        .append(m.source())
                        .append(',')
                        .append(m.destination())
                        .append(',')
                        .append(m.initiator())
                        .append(',');
                FixedDecimal.append(out, m.vMigMb(), VALUE_DECIMALS).append(',');
                FixedDecimal.append(out, m.tMigS(), VALUE_DECIMALS).append(',');
                FixedDecimal.append(out, m.tDownS(), VALUE_DECIMALS);
            },
            row -> new MigrationRecord(
                    row.decimal(0),
                    row.decimal(1),
                    row.integer(2),
                    row.integer(3),
                    row.integer(4),
                    row.integer(5),
                    row.decimal(6),
                    row.decimal(7),
                    row.decimal(8)));

    private ResultTables() {}
}
