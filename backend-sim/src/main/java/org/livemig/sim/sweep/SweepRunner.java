package org.livemig.sim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.livemig.results.ResultDirectory;
import org.livemig.results.ResultFormatException;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultWriter;
import org.livemig.results.sweep.IndexRow;
import org.livemig.results.sweep.SweepIndex;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioHash;
import org.livemig.scenario.SweepRun;
import org.livemig.scenario.VaryingKeys;
import org.livemig.sim.run.SimulationRun;

/**
 * Runs the runs of a sweep in parallel, each into {@code out/<run id>}, and keeps {@code out/index.csv}
 * current. Resumable: a run whose directory already holds a complete result ({@code summary.json}; result
 * directories are written atomically) of the same effective scenario (the hash of its {@code scenario.yaml})
 * is skipped; one of another scenario is run again and replaced; leftovers of interrupted writes are removed.
 * A run that fails is reported and the others go on. Parts of a sweep ({@link #runPart}) can run at the same
 * time into one directory, and {@link #merge} then writes the index.
 */
public final class SweepRunner {

    /** Runs one scenario; {@link SimulationRun} by default, replaceable in tests. */
    @FunctionalInterface
    public interface Experiment {
        /**
         * @param scenario the scenario
         * @param progress receives the fraction done, 0 to 1
         * @return the run's result
         */
        RunResult run(Scenario scenario, DoubleConsumer progress) throws Exception;
    }

    /** Hears about the sweep as it goes; called from worker threads. */
    public interface Listener {
        /** The fraction of the whole sweep done, 0 to 1. */
        default void progress(double fraction) {}

        /** Run {@code id} failed; {@code reason} is one line. */
        default void failed(String id, String reason) {}
    }

    /**
     * What a sweep did.
     *
     * @param ran ids of the runs that ran and were written
     * @param changed ids among {@code ran} whose earlier result was of another effective scenario (other
     *     {@code scenario_hash}) and was replaced
     * @param skipped ids of the runs that were already finished with the same effective scenario
     * @param failed ids of the runs that failed, with one-line reasons, in sweep order
     * @param missing ids of the runs a merge found unfinished or finished with another scenario, in order
     */
    public record Outcome(
            List<String> ran,
            List<String> changed,
            List<String> skipped,
            Map<String, String> failed,
            List<String> missing) {}

    private final Path out;
    private final int jobs;
    private final Experiment experiment;
    private final Listener listener;

    private SweepRunner(Path out, int jobs, Experiment experiment, Listener listener) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.out = Objects.requireNonNull(out, "out");
        this.jobs = jobs;
        this.experiment = Objects.requireNonNull(experiment, "experiment");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A runner that simulates each run with {@link SimulationRun} into {@code out}, {@code jobs} at a time. */
    public static SweepRunner of(Path out, int jobs, Listener listener) {
        return new SweepRunner(out, jobs, (s, p) -> SimulationRun.of(s).run(p), listener);
    }

    /** A runner with its own experiment (tests). */
    public static SweepRunner of(Path out, int jobs, Experiment experiment, Listener listener) {
        return new SweepRunner(out, jobs, experiment, listener);
    }

    /**
     * Runs every run not yet finished with its current effective scenario and writes the index.
     *
     * @param runs the sweep's runs (unique ids)
     * @return what ran, what was skipped and what failed
     * @throws IOException if the output directory or the index cannot be written
     */
    public Outcome run(List<SweepRun> runs) throws IOException {
        return execute(runs, runs, true);
    }

    /**
     * Runs the runs of one part of a sweep ({@code --shard I/N}) that are not finished, beside other parts
     * running at the same time into the same directory; writes no index (a merge does).
     *
     * @param all every run of the sweep
     * @param part this part's runs
     * @return what this part ran, skipped and failed
     * @throws IOException if the output directory cannot be written
     */
    public Outcome runPart(List<SweepRun> all, List<SweepRun> part) throws IOException {
        return execute(all, part, false);
    }

    /**
     * Runs nothing: writes the index of every finished run whose effective scenario is current and lists the
     * others as missing ({@code --merge}, after the parts of a sweep ran).
     *
     * @param runs the sweep's runs
     * @return the finished runs as skipped, the others as missing
     * @throws IOException if the index cannot be written
     */
    public Outcome merge(List<SweepRun> runs) throws IOException {
        Files.createDirectories(out);
        List<String> varying = varyingColumns(runs);
        Map<String, IndexRow> rows = new ConcurrentHashMap<>();
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (SweepRun run : runs) {
            try {
                Finished state = finished(run);
                if (state == Finished.SAME) {
                    rows.put(run.id(), rowOnDisk(run, varying));
                    done.add(run.id());
                } else {
                    missing.add(run.id());
                }
            } catch (ResultFormatException e) {
                failed.put(
                        run.id(),
                        "unreadable result (delete " + out.resolve(run.id()) + " to run it again): " + e.getMessage());
            }
        }
        writeIndex(runs, rows);
        return new Outcome(List.of(), List.of(), done, failed, missing);
    }

    /** Whether a run's directory holds a result, and of which scenario. */
    private enum Finished {
        NO,
        SAME,
        CHANGED
    }

    private Finished finished(SweepRun run) throws IOException {
        Path dir = out.resolve(run.id());
        if (!Files.isRegularFile(dir.resolve(ResultDirectory.SUMMARY_JSON))) {
            return Finished.NO;
        }
        Path yaml = dir.resolve(ResultDirectory.SCENARIO_YAML);
        if (!Files.isRegularFile(yaml)) {
            return Finished.CHANGED;
        }
        String stored = ScenarioHash.ofYaml(Files.readString(yaml, StandardCharsets.UTF_8));
        return stored.equals(ScenarioHash.of(run.scenario())) ? Finished.SAME : Finished.CHANGED;
    }

    private IndexRow rowOnDisk(SweepRun run, List<String> varying) throws IOException, ResultFormatException {
        return withSweepColumns(SweepIndex.runAt(out.resolve(run.id())).row(), run, varying);
    }

    private static IndexRow withSweepColumns(IndexRow row, SweepRun run, List<String> varying) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(IndexRow.SCENARIO_HASH, ScenarioHash.of(run.scenario()));
        columns.putAll(VaryingKeys.valuesOf(run, varying));
        return row.withColumns(columns);
    }

    /** The keys that vary across the sweep, less those with a fixed column of their own (strategy, seed). */
    private static List<String> varyingColumns(List<SweepRun> runs) {
        return VaryingKeys.of(runs).stream()
                .filter(k -> !SweepIndex.FIXED_COLUMNS.contains(k))
                .toList();
    }

    private Outcome execute(List<SweepRun> runs, List<SweepRun> mine, boolean index) throws IOException {
        Files.createDirectories(out);
        removeLeftovers(mine);
        List<String> varying = varyingColumns(runs);
        Map<String, IndexRow> rows = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<SweepRun> todo = new ArrayList<>();
        for (SweepRun run : mine) {
            try {
                switch (finished(run)) {
                    case SAME -> {
                        rows.put(run.id(), rowOnDisk(run, varying));
                        skipped.add(run.id());
                    }
                    case CHANGED -> {
                        changed.add(run.id());
                        todo.add(run);
                    }
                    default -> todo.add(run);
                }
            } catch (ResultFormatException e) {
                failures.put(
                        run.id(),
                        "unreadable earlier result (delete " + out.resolve(run.id()) + " to run it again): "
                                + e.getMessage());
            }
        }
        ProgressSum sum = new ProgressSum(mine.size(), mine.size() - todo.size(), listener);
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                SweepRun run = todo.get(i);
                int slot = i;
                futures.add(pool.submit(() -> {
                    try {
                        RunResult result = experiment.run(run.scenario(), f -> sum.set(slot, f));
                        RunResultWriter.write(out.resolve(run.id()), result);
                        rows.put(run.id(), withSweepColumns(IndexRow.of(run.id(), result.summary()), run, varying));
                        ran.add(run.id());
                    } catch (Exception | Error e) {
                        String reason = oneLine(e);
                        failures.put(run.id(), reason);
                        listener.failed(run.id(), reason);
                    }
                    sum.set(slot, 1);
                    if (index) {
                        writeIndex(runs, rows);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IOException(oneLine(e.getCause()), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("sweep interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (index) {
            writeIndex(runs, rows);
        }
        Map<String, String> failed = new LinkedHashMap<>();
        for (SweepRun run : mine) {
            if (failures.containsKey(run.id())) {
                failed.put(run.id(), failures.get(run.id()));
            }
        }
        List<String> ranInOrder =
                mine.stream().map(SweepRun::id).filter(ran::contains).toList();
        List<String> changedRan = changed.stream().filter(ran::contains).toList();
        return new Outcome(ranInOrder, changedRan, List.copyOf(skipped), failed, List.of());
    }

    private synchronized void writeIndex(List<SweepRun> runs, Map<String, IndexRow> rows) {
        List<IndexRow> ordered = runs.stream()
                .map(r -> rows.get(r.id()))
                .filter(Objects::nonNull)
                .toList();
        try {
            SweepIndex.write(out, ordered);
        } catch (IOException e) {
            listener.failed("index.csv", "cannot write " + out.resolve(SweepIndex.FILE_NAME) + ": " + e.getMessage());
        }
    }

    /** Removes hidden staging directories ({@code .ID.tmp-*}, {@code .ID.old-*}) left by interrupted writes. */
    private void removeLeftovers(List<SweepRun> runs) throws IOException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        runs.forEach(r -> ids.add(r.id()));
        try (Stream<Path> children = Files.list(out)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                int cut = Math.max(name.lastIndexOf(".tmp-"), name.lastIndexOf(".old-"));
                if (name.startsWith(".")
                        && cut > 1
                        && ids.contains(name.substring(1, cut))
                        && Files.isDirectory(child)) {
                    deleteTree(child);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof UnsupportedOperationException && e.getMessage() != null) {
            message = e.getMessage();
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    /** The overall fraction done: finished runs plus the fractions of the running ones. */
    private static final class ProgressSum {
        private final double[] fractions;
        private final int total;
        private final int before;
        private final Listener listener;

        ProgressSum(int total, int before, Listener listener) {
            this.total = total;
            this.before = before;
            this.listener = listener;
            this.fractions = new double[Math.max(0, total - before)];
        }

        synchronized void set(int slot, double fraction) {
            fractions[slot] = fraction;
            double sum = before;
            for (double f : fractions) {
                sum += f;
            }
            listener.progress(total == 0 ? 1 : sum / total);
        }
    }
}
