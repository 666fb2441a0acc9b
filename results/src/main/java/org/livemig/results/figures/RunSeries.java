package org.livemig.results.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livemig.core.measurement.AgentViewSample;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.ResultDirectory;
import org.livemig.results.ResultFormatException;
import org.livemig.results.csv.ResultTables;
import org.livemig.results.sweep.IndexRow;
import org.livemig.results.sweep.SweepIndex;

/**
 * A finished run as figures, tables and findings need it: its index row (parameters, summary), its
 * {@code metrics.csv} samples and, when it was read from disk, its result directory (for the larger
 * {@code pm_loads.csv} and {@code migrations.csv}, read only when asked for).
 *
 * @param row the run's parameters and summary numbers
 * @param metrics its samples in time order
 * @param dir its result directory, or null for a run held only in memory
 */
public record RunSeries(IndexRow row, List<MetricsSample> metrics, Path dir) {

    /** Keeps an unmodifiable copy of the samples. */
    public RunSeries {
        metrics = List.copyOf(metrics);
    }

    /** A run held only in memory (no result directory). */
    public RunSeries(IndexRow row, List<MetricsSample> metrics) {
        this(row, metrics, null);
    }

    /**
     * The run's {@code pm_loads.csv}.
     *
     * @return the per-PM load samples in file order; none for a run without a result directory
     * @throws ResultFormatException if the file is missing or malformed (one line)
     * @throws IOException if reading fails otherwise
     */
    public List<PmLoadSample> pmLoads() throws IOException, ResultFormatException {
        return dir == null ? List.of() : ResultTables.PM_LOADS.read(dir.resolve(ResultDirectory.PM_LOADS_CSV));
    }

    /**
     * The run's {@code agent_view.csv}: the load and average each agent acted on (LCC runs).
     *
     * @return the samples in file order; none when the run has no such file
     * @throws ResultFormatException if the file is malformed (one line)
     * @throws IOException if reading fails otherwise
     */
    public List<AgentViewSample> agentViews() throws IOException, ResultFormatException {
        Path file = dir == null ? null : dir.resolve(ResultDirectory.AGENT_VIEW_CSV);
        return file == null || !Files.isRegularFile(file) ? List.of() : ResultTables.AGENT_VIEW.read(file);
    }

    /**
     * The run's {@code migrations.csv}.
     *
     * @return the migrations in file order; none for a run without a result directory
     * @throws ResultFormatException if the file is missing or malformed (one line)
     * @throws IOException if reading fails otherwise
     */
    public List<MigrationRecord> migrations() throws IOException, ResultFormatException {
        return dir == null ? List.of() : ResultTables.MIGRATIONS.read(dir.resolve(ResultDirectory.MIGRATIONS_CSV));
    }

    /**
     * Reads every run of the result paths (sweep directories with {@code index.csv}, single run
     * directories, or directories of run directories; see {@link SweepIndex#runsOf(Path)}).
     *
     * @param paths result paths
     * @return the runs in order
     * @throws ResultFormatException if a path is missing or a file is malformed (one line)
     * @throws IOException if reading fails otherwise
     */
    public static List<RunSeries> load(List<Path> paths) throws IOException, ResultFormatException {
        List<RunSeries> all = new ArrayList<>();
        for (Path path : paths) {
            for (SweepIndex.Run run : SweepIndex.runsOf(path)) {
                all.add(new RunSeries(
                        run.row(),
                        ResultTables.METRICS.read(run.dir().resolve(ResultDirectory.METRICS_CSV)),
                        run.dir()));
            }
        }
        return all;
    }
}
