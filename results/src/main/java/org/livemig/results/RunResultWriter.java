package org.livemig.results;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.livemig.results.chart.ChartFiles;
import org.livemig.results.chart.PmLoadChart;
import org.livemig.results.chart.SystemChart;
import org.livemig.results.csv.ResultTables;
import org.livemig.results.json.SummaryJson;

/**
 * Writes the result directory of a run (SPEC 8): {@code summary.json}, {@code metrics.csv},
 * {@code pm_loads.csv}, {@code migrations.csv}, {@code system.png}, {@code pm_loads.png} and, when
 * the result has scenario text, {@code scenario.yaml}.
 *
 * <p>Nothing is half-written: the files go into a hidden sibling directory that is moved into place
 * atomically once complete. An existing directory is replaced only if it is empty or a result
 * directory (holds {@code summary.json}); on any failure it is left untouched and the sibling is
 * removed. Replacing an existing directory takes two renames, so for an instant the path does not
 * exist. Identical results give byte-identical text files. Figures render headless.
 */
public final class RunResultWriter {

    static {
        ChartFiles.ensureHeadless();
    }

    /** The artifacts of a standard result directory (written in parallel; each writes only its own files). */
    public static final List<ResultArtifact> STANDARD_ARTIFACTS = List.of(
            (dir, r) -> SummaryJson.write(dir.resolve(ResultDirectory.SUMMARY_JSON), r.summary()),
            (dir, r) -> ResultTables.METRICS.write(dir.resolve(ResultDirectory.METRICS_CSV), r.metrics()),
            (dir, r) -> ResultTables.PM_LOADS.write(dir.resolve(ResultDirectory.PM_LOADS_CSV), r.pmLoads()),
            (dir, r) -> ResultTables.MIGRATIONS.write(dir.resolve(ResultDirectory.MIGRATIONS_CSV), r.migrations()),
            RunResultWriter::writeAgentView,
            RunResultWriter::writeScenario,
            (dir, r) -> ChartFiles.writePng(
                    SystemChart.create(r),
                    dir.resolve(ResultDirectory.SYSTEM_PNG),
                    SystemChart.WIDTH,
                    SystemChart.HEIGHT),
            (dir, r) -> ChartFiles.writePng(
                    PmLoadChart.create(r),
                    dir.resolve(ResultDirectory.PM_LOADS_PNG),
                    PmLoadChart.WIDTH,
                    PmLoadChart.HEIGHT));

    private RunResultWriter() {}

    /** {@code agent_view.csv}, when the run's agents reported what they acted on (LCC runs). */
    private static void writeAgentView(Path dir, RunResult r) throws IOException {
        if (!r.agentViews().isEmpty()) {
            ResultTables.AGENT_VIEW.write(dir.resolve(ResultDirectory.AGENT_VIEW_CSV), r.agentViews());
        }
    }

    /**
     * Writes the standard result directory of {@code result} at {@code dir}, creating or replacing it.
     *
     * @param dir the result directory; its parent directories are created as needed
     * @param result the run
     * @throws IOException if writing fails, or {@code dir} exists and is neither empty nor a result
     *     directory; {@code dir} is then as it was before
     */
    public static void write(Path dir, RunResult result) throws IOException {
        write(dir, result, STANDARD_ARTIFACTS);
    }

    /**
     * Writes a result directory made of {@code artifacts}, all or nothing, as {@link #write(Path,
     * RunResult)} does.
     *
     * @param dir the result directory
     * @param result the run
     * @param artifacts what to write, e.g. {@link #STANDARD_ARTIFACTS} plus a caller's own files
     * @throws IOException if writing fails; {@code dir} is then as it was before
     */
    public static void write(Path dir, RunResult result, List<? extends ResultArtifact> artifacts) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(result, "result");
        List<ResultArtifact> parts = List.copyOf(artifacts);
        AtomicDirectory.replace(dir, staging -> writeInParallel(staging, result, parts));
    }

    /**
     * Writes every part on its own thread, at most one per processor, and waits for all: the figures render
     * while the tables are written. The first failure (in the parts' order) is thrown once every part has
     * ended, so the staging directory is never removed under a part still writing.
     */
    private static void writeInParallel(Path staging, RunResult result, List<ResultArtifact> parts) throws IOException {
        int threads = Math.max(1, Math.min(parts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "result-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> writes = new ArrayList<>();
            for (ResultArtifact part : parts) {
                writes.add(pool.submit(() -> {
                    part.writeInto(staging, result);
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<Void> write : writes) {
                try {
                    write.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    pool.shutdownNow(); // stop the parts still writing and let them end: the staging goes next
                    awaitEnd(pool);
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while writing " + staging);
                }
            }
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Waits until every thread of {@code pool} has ended, whatever interrupts the wait. */
    private static void awaitEnd(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeScenario(Path dir, RunResult result) throws IOException {
        if (result.scenarioYaml() != null) {
            Files.writeString(
                    dir.resolve(ResultDirectory.SCENARIO_YAML), result.scenarioYaml(), StandardCharsets.UTF_8);
        }
    }
}
