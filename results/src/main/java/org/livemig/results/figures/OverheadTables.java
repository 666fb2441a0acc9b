package org.livemig.results.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.csv.FixedDecimal;
import org.livemig.results.sweep.IndexRow;

/**
 * Overhead-traffic tables in the form of thesis Tables 5-2 to 5-11: per scenario variant, size,
 * hypervisor and backend, one row per strategy and load profile with the max, min, mean, median and
 * standard deviation of the Kb/s per 1000 s window. With several seeds each statistic is the mean of the
 * seeds' statistics.
 */
public final class OverheadTables {

    /** The CSV file's name. */
    public static final String CSV = "overhead-tables.csv";
    /** The Markdown file's name. */
    public static final String MARKDOWN = "overhead-tables.md";

    private static final List<String> LOADS_THESIS_ORDER = List.of("high", "medium", "low");

    /**
     * One row of a table.
     *
     * @param variant the scenario variant, e.g. {@code normal-fixed}
     * @param pms number of PMs
     * @param hypervisor the hypervisor
     * @param strategy the strategy
     * @param load the load profile
     * @param seeds how many runs were combined
     * @param stats the statistics, each the mean over those runs, Kb/s
     * @param backend {@code simulation} or the real backend the runs ran on, e.g. {@code libvirt}
     * @param kind what ran, as the heading names it: {@code testbed} or {@code simulation} (the thesis size)
     *     when all runs are simulated, else {@code simulation} or {@code testbed on BACKEND}
     */
    public record Row(
            String variant,
            int pms,
            String hypervisor,
            String strategy,
            String load,
            int seeds,
            OverheadStatistics stats,
            String backend,
            String kind) {}

    private OverheadTables() {}

    /**
     * The rows of every table, grouped by variant, size (larger first), hypervisor (Xen first) and backend
     * (simulation first), then in
     * thesis order: strategy (push, pull, hybrid), load (high, medium, low).
     *
     * @param runs index rows of the runs
     * @return the rows
     */
    public static List<Row> rows(List<IndexRow> runs) {
        List<Row> rows = new ArrayList<>();
        List<String> variants = ThesisFigures.ordered(
                runs.stream().map(IndexRow::variant).toList(),
                List.of("normal-fixed", "normal-variable", "burst-variable", "drain-variable", "fluctuation-variable"));
        for (String variant : variants) {
            List<IndexRow> ofVariant =
                    runs.stream().filter(r -> r.variant().equals(variant)).toList();
            List<ThesisColumn> columns = ThesisColumn.of(ofVariant);
            boolean withReal = ThesisColumn.anyReal(columns);
            for (ThesisColumn column : columns) {
                List<IndexRow> group =
                        ofVariant.stream().filter(column::matches).toList();
                for (String strategy : ThesisFigures.ordered(
                        group.stream().map(IndexRow::strategy).toList(), List.of("push", "pull", "hybrid"))) {
                    for (String load : ThesisFigures.ordered(
                            group.stream().map(IndexRow::load).toList(), LOADS_THESIS_ORDER)) {
                        List<OverheadStatistics> stats = group.stream()
                                .filter(r -> r.strategy().equals(strategy)
                                        && r.load().equals(load))
                                .map(IndexRow::overheadKbps)
                                .toList();
                        if (!stats.isEmpty()) {
                            rows.add(new Row(
                                    variant,
                                    column.pms(),
                                    column.hypervisor(),
                                    strategy,
                                    load,
                                    stats.size(),
                                    mean(stats),
                                    column.backend(),
                                    column.kind(withReal)));
                        }
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Writes {@link #CSV} and {@link #MARKDOWN} into {@code dir}.
     *
     * @param runs index rows of the runs
     * @param dir the output directory, created if needed
     * @throws IOException if writing fails
     */
    public static void write(List<IndexRow> runs, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Row> rows = rows(runs);
        Files.writeString(dir.resolve(CSV), csv(rows), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(MARKDOWN), markdown(rows), StandardCharsets.UTF_8);
    }

    /** The rows as CSV, statistics with 6 decimals. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(
                "variant,pms,hypervisor,strategy,load,seeds,max_kbps,min_kbps,mean_kbps,median_kbps,std_kbps,"
                        + "backend\n");
        for (Row r : rows) {
            out.append(r.variant())
                    .append(',')
                    .append(r.pms())
                    .append(',')
                    .append(r.hypervisor())
                    .append(',')
                    .append(r.strategy())
                    .append(',')
                    .append(r.load())
                    .append(',')
                    .append(r.seeds());
            for (double v : values(r.stats())) {
                FixedDecimal.append(out.append(','), v, 6);
            }
            out.append(',').append(r.backend()).append('\n');
        }
        return out.toString();
    }

    /**
     * The rows as Markdown: one titled table per variant, size, hypervisor and backend, values with 2
     * decimals.
     */
    public static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder("# Overhead traffic statistics\n\nKb/s per 1000 s window, as in "
                + "thesis Tables 5-2 to 5-11; with several seeds each statistic is the mean over the seeds.\n");
        String group = null;
        for (Row r : rows) {
            String g = r.variant() + "/" + r.pms() + "/" + r.hypervisor() + "/" + r.backend();
            if (!g.equals(group)) {
                group = g;
                out.append("\n## ")
                        .append(ThesisFigures.variantTitle(r.variant()))
                        .append(" on ")
                        .append(ThesisColumn.hypervisorName(r.hypervisor()))
                        .append(" (")
                        .append(r.kind())
                        .append(", ")
                        .append(r.pms())
                        .append(" PMs)\n\n| Strategy | Load | Max (Kb/s) | Min (Kb/s) | Mean (Kb/s) | Median (Kb/s) "
                                + "| Standard deviation | Seeds |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
            }
            out.append("| ").append(capital(r.strategy())).append(" | ").append(capital(r.load()));
            for (double v : values(r.stats())) {
                out.append(" | ").append(String.format(Locale.ROOT, "%.2f", v));
            }
            out.append(" | ").append(r.seeds()).append(" |\n");
        }
        return out.toString();
    }

    private static double[] values(OverheadStatistics s) {
        return new double[] {s.max(), s.min(), s.mean(), s.median(), s.std()};
    }

    private static OverheadStatistics mean(List<OverheadStatistics> stats) {
        double[] sum = new double[5];
        for (OverheadStatistics s : stats) {
            double[] v = values(s);
            for (int i = 0; i < 5; i++) {
                sum[i] += v[i] / stats.size();
            }
        }
        return new OverheadStatistics(sum[0], sum[1], sum[2], sum[3], sum[4]);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
