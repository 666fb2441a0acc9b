package org.livemig.results.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livemig.results.csv.CsvTable;
import org.livemig.results.csv.FixedDecimal;
import org.livemig.results.stats.MeanInterval;
import org.livemig.results.sweep.IndexRow;

/**
 * The summary numbers of a sweep per configuration (one value of every dimension of a {@link FigureLayout} that
 * varies among the runs):
 * for each metric of {@code index.csv} the number of runs (seeds), the mean, the sample standard deviation and
 * the 95 % Student t confidence interval of the mean ({@link MeanInterval}). Written long-form as
 * {@value #FILE_NAME}: {@code DIMENSION...,metric,n,mean,std,ci95_low,ci95_high}.
 *
 * @param dimensions the configuration's dimensions, in column order
 * @param metrics the metrics, in order
 * @param rows one row per configuration and metric
 */
public record AggregateTable(List<String> dimensions, List<String> metrics, List<Row> rows) {

    /** The file's name in a plot directory. */
    public static final String FILE_NAME = "aggregate.csv";

    /** The fixed metrics of {@code index.csv}, first in every table. */
    static final List<String> FIXED_METRICS = List.of(
            "attempts", "migrations", "mean_system_performance", "final_system_performance", "overhead_kbps_mean");

    /**
     * One configuration's statistics of one metric.
     *
     * @param configuration each dimension's value
     * @param metric the metric's column
     * @param stats its mean and interval over the configuration's runs that have it
     */
    public record Row(Map<String, String> configuration, String metric, MeanInterval stats) {}

    /** The table of {@code runs} grouped as {@code layout} groups them. */
    public static AggregateTable of(List<IndexRow> runs, FigureLayout layout) {
        List<String> varying = FigureLayout.varying(runs, RunDimensions.of(runs));
        List<String> dims =
                layout.configuration().stream().filter(varying::contains).toList();
        List<String> metrics = metrics(runs);
        List<Row> rows = new ArrayList<>();
        for (IndexRow key : ThesisFigures.distinct(runs, dims)) {
            String id = FigureLayout.key(key, dims);
            List<IndexRow> of = runs.stream()
                    .filter(r -> FigureLayout.key(r, dims).equals(id))
                    .toList();
            Map<String, String> configuration = new LinkedHashMap<>();
            dims.forEach(d -> configuration.put(d, RunDimensions.value(key, d)));
            for (String metric : metrics) {
                double[] values = of.stream()
                        .mapToDouble(r -> value(r, metric))
                        .filter(v -> !Double.isNaN(v))
                        .toArray();
                rows.add(new Row(configuration, metric, MeanInterval.of(values)));
            }
        }
        return new AggregateTable(dims, metrics, rows);
    }

    /** The metrics of {@code runs}: the fixed ones, then every numeric further column that is not a scenario key. */
    public static List<String> metrics(List<IndexRow> runs) {
        List<String> metrics = new ArrayList<>(FIXED_METRICS);
        for (IndexRow r : runs) {
            for (Map.Entry<String, String> c : r.columns().entrySet()) {
                if (!metrics.contains(c.getKey())
                        && !RunDimensions.isScenarioKey(c.getKey())
                        && !c.getKey().equals(IndexRow.SCENARIO_HASH)
                        && !Double.isNaN(parse(c.getValue()))) {
                    metrics.add(c.getKey());
                }
            }
        }
        return metrics;
    }

    /** A run's value of a metric; NaN when it has none. */
    public static double value(IndexRow r, String metric) {
        return switch (metric) {
            case "attempts" -> r.attempts();
            case "migrations" -> r.migrations();
            case "mean_system_performance" -> r.meanSystemPerformance();
            case "final_system_performance" -> r.finalSystemPerformance();
            case "overhead_kbps_mean" -> r.overheadKbps().mean();
            default -> parse(r.columns().getOrDefault(metric, ""));
        };
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Writes the table as {@code dir/aggregate.csv}.
     *
     * @param dir the directory
     * @return the file
     * @throws IOException if writing fails
     */
    public Path write(Path dir) throws IOException {
        StringBuilder out = new StringBuilder(String.join(",", dimensions));
        out.append(dimensions.isEmpty() ? "" : ",").append("metric,n,mean,std,ci95_low,ci95_high\n");
        for (Row r : rows) {
            for (String d : dimensions) {
                out.append(CsvTable.field(r.configuration().get(d))).append(',');
            }
            MeanInterval m = r.stats();
            out.append(r.metric()).append(',').append(m.n());
            boolean interval = !Double.isNaN(m.halfWidth());
            for (double v : new double[] {
                m.mean(), m.std(), interval ? m.lower() : Double.NaN, interval ? m.upper() : Double.NaN
            }) {
                out.append(',');
                if (Double.isNaN(v)) {
                    out.append("nan");
                } else {
                    FixedDecimal.append(out, v, 6);
                }
            }
            out.append('\n');
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE_NAME);
        Files.writeString(file, out, StandardCharsets.US_ASCII);
        return file;
    }
}
