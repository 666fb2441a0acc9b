package org.livemig.results.sweep;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.ResultDirectory;
import org.livemig.results.ResultFormatException;
import org.livemig.results.csv.CsvTable;
import org.livemig.results.csv.FixedDecimal;
import org.livemig.results.json.SummaryJson;

/**
 * The {@code index.csv} of a sweep directory: one {@link IndexRow} per run, written atomically (a hidden
 * temporary file renamed into place), read back strictly. Also finds the runs of result directories that
 * have no index: a single run directory, or a directory of run directories.
 */
public final class SweepIndex {

    /** The index's file name inside a sweep directory. */
    public static final String FILE_NAME = "index.csv";

    /** Columns every index has; later ones (settle periods, overload failure) may be missing in older ones. */
    private static final int REQUIRED_COLUMNS = 25;

    /** The fixed columns, always written first; further columns ({@link IndexRow#columns()}) follow. */
    public static final List<String> FIXED_COLUMNS = List.of(
            "run",
            "scenario",
            "strategy",
            "hypervisor",
            "type",
            "load",
            "variable_thresholds",
            "pms",
            "vms",
            "push_threshold",
            "pull_threshold",
            "seed",
            "duration_s",
            "change_at_s",
            "attempts",
            "migrations",
            "mean_system_performance",
            "final_system_performance",
            "overhead_kbps_max",
            "overhead_kbps_min",
            "overhead_kbps_mean",
            "overhead_kbps_median",
            "overhead_kbps_std",
            "events",
            "wall_s",
            "destination_settle_s",
            "source_settle_s",
            "overload_failure");

    /** The table of the fixed columns (reading accepts and keeps any further ones). */
    public static final CsvTable<IndexRow> TABLE = table(FIXED_COLUMNS);

    private static CsvTable<IndexRow> table(List<String> header) {
        List<String> further = header.subList(FIXED_COLUMNS.size(), header.size());
        return new CsvTable<>(
                FILE_NAME,
                header,
                REQUIRED_COLUMNS,
                (out, r) -> {
                    out.append(r.run())
                            .append(',')
                            .append(r.scenario())
                            .append(',')
                            .append(r.strategy())
                            .append(',')
                            .append(r.hypervisor())
                            .append(',')
                            .append(r.type())
                            .append(',')
                            .append(r.load())
                            .append(',')
                            .append(r.variableThresholds())
                            .append(',')
                            .append(r.pms())
                            .append(',')
                            .append(r.vms())
                            .append(',');
                    decimal(out, r.pushThreshold()).append(',');
                    decimal(out, r.pullThreshold()).append(',').append(r.seed()).append(',');
                    decimal(out, r.durationS()).append(',');
                    decimal(out, r.changeAtS())
                            .append(',')
                            .append(r.attempts())
                            .append(',')
                            .append(r.migrations())
                            .append(',');
                    decimal(out, r.meanSystemPerformance()).append(',');
                    decimal(out, r.finalSystemPerformance()).append(',');
                    OverheadStatistics o = r.overheadKbps();
                    for (double v : new double[] {o.max(), o.min(), o.mean(), o.median(), o.std()}) {
                        decimal(out, v).append(',');
                    }
                    out.append(r.events()).append(',');
                    decimal(out, r.wallS()).append(',');
                    decimal(out, r.destinationSettleS()).append(',');
                    decimal(out, r.sourceSettleS()).append(',').append(r.overloadFailure());
                    for (String column : further) {
                        out.append(',').append(CsvTable.field(r.columns().getOrDefault(column, "")));
                    }
                },
                row -> new IndexRow(
                        row.text(0),
                        row.text(1),
                        row.text(2),
                        row.text(3),
                        row.text(4),
                        row.text(5),
                        Boolean.parseBoolean(row.text(6)),
                        row.integer(7),
                        row.integer(8),
                        nanOr(row, 9),
                        nanOr(row, 10),
                        row.longInteger(11),
                        row.decimal(12),
                        row.decimal(13),
                        row.longInteger(14),
                        row.longInteger(15),
                        row.decimal(16),
                        row.decimal(17),
                        new OverheadStatistics(
                                row.decimal(18), row.decimal(19), row.decimal(20), row.decimal(21), row.decimal(22)),
                        row.longInteger(23),
                        row.decimal(24),
                        IndexRow.SIMULATION,
                        optionalDecimal(row, "destination_settle_s"),
                        optionalDecimal(row, "source_settle_s"),
                        Boolean.parseBoolean(row.optionalText("overload_failure", "false")),
                        row.others(FIXED_COLUMNS)));
    }

    private SweepIndex() {}

    /**
     * Writes {@code rows} as {@code dir/index.csv}, replacing it atomically: the fixed columns, then every
     * further column of any row (first seen first), empty where a row has no value.
     *
     * @param dir the sweep directory
     * @param rows the rows in order
     * @throws IOException if writing fails; the previous index is then unchanged
     */
    public static void write(Path dir, List<IndexRow> rows) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + FILE_NAME + ".", ".tmp");
        java.util.LinkedHashSet<String> header = new java.util.LinkedHashSet<>(FIXED_COLUMNS);
        rows.forEach(r -> header.addAll(r.columns().keySet()));
        try {
            table(List.copyOf(header)).write(tmp, rows);
            try {
                Files.move(
                        tmp,
                        dir.resolve(FILE_NAME),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads {@code dir/index.csv}.
     *
     * @param dir the sweep directory
     * @return the rows
     * @throws ResultFormatException if the index is missing or malformed
     * @throws IOException if reading fails otherwise
     */
    public static List<IndexRow> read(Path dir) throws IOException, ResultFormatException {
        return TABLE.read(dir.resolve(FILE_NAME));
    }

    /**
     * The runs of a result path, each with the directory that holds its files: the rows of
     * {@code index.csv} if there is one; else the run itself if {@code path} holds {@code summary.json};
     * else every subdirectory (not hidden) that holds one, by name.
     *
     * @param path a sweep directory, a run directory or a directory of run directories
     * @return the runs found, possibly none
     * @throws ResultFormatException if an index or summary is malformed, or {@code path} is missing
     * @throws IOException if reading fails otherwise
     */
    public static List<Run> runsOf(Path path) throws IOException, ResultFormatException {
        if (!Files.isDirectory(path)) {
            throw new ResultFormatException(path, 0, "result directory is missing");
        }
        List<Run> runs = new ArrayList<>();
        if (Files.isRegularFile(path.resolve(FILE_NAME))) {
            for (IndexRow row : read(path)) {
                runs.add(new Run(path.resolve(row.run()), row));
            }
            return runs;
        }
        if (Files.isRegularFile(path.resolve(ResultDirectory.SUMMARY_JSON))) {
            runs.add(runAt(path));
            return runs;
        }
        try (Stream<Path> children = Files.list(path)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(child.resolve(ResultDirectory.SUMMARY_JSON))) {
                    runs.add(runAt(child));
                }
            }
        }
        return runs;
    }

    /**
     * The run in the result directory {@code dir}, from its {@code summary.json}.
     *
     * @param dir a run's result directory
     * @return the run
     * @throws ResultFormatException if the summary is missing or malformed
     * @throws IOException if reading fails otherwise
     */
    public static Run runAt(Path dir) throws IOException, ResultFormatException {
        return new Run(
                dir,
                IndexRow.of(dir.getFileName().toString(), SummaryJson.read(dir.resolve(ResultDirectory.SUMMARY_JSON))));
    }

    /**
     * A run found in a result path.
     *
     * @param dir the run's result directory
     * @param row its parameters and summary
     */
    public record Run(Path dir, IndexRow row) {}

    private static StringBuilder decimal(StringBuilder out, double value) {
        return Double.isNaN(value) ? out.append("nan") : FixedDecimal.append(out, value, 6);
    }

    private static double optionalDecimal(org.livemig.results.csv.CsvRow row, String column)
            throws ResultFormatException {
        String text = row.optionalText(column, "nan");
        if (text.equals("nan")) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("column '" + column + "': '" + text + "' is not a finite decimal number");
    }

    private static double nanOr(org.livemig.results.csv.CsvRow row, int index) throws ResultFormatException {
        return row.text(index).equals("nan") ? Double.NaN : row.decimal(index);
    }
}
