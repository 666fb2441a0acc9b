package org.livemig.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The runs of one or more sweep files or scenario files, as given to {@code livemig sweep}: a sweep file
 * ({@link SweepLoader}) expands into many runs, a scenario file is one run, a directory contributes every
 * {@code .yaml} / {@code .yml} file in it (sorted by name).
 *
 * @param runs the runs in order; their identifiers are unique
 */
public record Sweep(List<SweepRun> runs) {

    /** Keeps an unmodifiable copy of {@code runs}. */
    public Sweep {
        runs = List.copyOf(runs);
    }

    /**
     * Reads every path (sweep file, scenario file or directory of them) into one list of runs.
     *
     * @throws ScenarioException naming the file, line and key at fault, or two runs with the same identifier
     */
    public static Sweep load(List<Path> paths) throws ScenarioException {
        List<SweepRun> runs = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                for (SweepRun run : loadFile(file)) {
                    String before = origin.putIfAbsent(run.id(), file.toString());
                    if (before != null) {
                        throw new ScenarioException(file + ": run '" + run.id() + "' appears twice (also in " + before
                                + "); give the sweeps different names");
                    }
                    runs.add(run);
                }
            }
        }
        if (runs.isEmpty()) {
            throw new ScenarioException(paths + ": no sweep or scenario files (.yaml) found");
        }
        return new Sweep(runs);
    }

    /**
     * This sweep with {@code --set} assignments applied to every run, in order, after the sweep's own values.
     * A key the sweep varies (or the seed of a sweep of several seeds, or the run name) cannot be set for all
     * runs at once; saying so is an error rather than a sweep of identical runs.
     *
     * @param assignments {@code key=value} texts
     * @throws ScenarioException naming the assignment at fault, and the run when a value is invalid there
     */
    public Sweep withOverrides(List<String> assignments) throws ScenarioException {
        if (assignments.isEmpty()) {
            return this;
        }
        List<String> varying = new ArrayList<>(VaryingKeys.of(runs));
        varying.add("name");
        if (runs.stream().map(r -> r.scenario().seed()).distinct().count() > 1) {
            varying.add("seed");
        }
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            String name = eq <= 0 ? assignment : assignment.substring(0, eq).trim();
            String full = name.equals(ScenarioKeys.PRESET)
                    ? name
                    : ScenarioOverrides.resolve(name).map(ScenarioKey::name).orElse(name);
            if (varying.contains(full)) {
                throw new ScenarioException("--set " + assignment + ": the sweep varies " + full
                        + "; change it in the sweep file instead of setting it for every run");
            }
        }
        List<SweepRun> changed = new ArrayList<>();
        for (SweepRun run : runs) {
            Scenario scenario;
            try {
                scenario = ScenarioOverrides.apply(run.scenario(), assignments);
            } catch (ScenarioException e) {
                throw new ScenarioException(e.getMessage() + " (in run " + run.id() + ")");
            }
            changed.add(new SweepRun(run.id(), scenario, run.parameters()));
        }
        return new Sweep(changed);
    }

    /**
     * Part {@code index} of {@code count} disjoint parts of this sweep (1-based): every {@code count}-th run
     * from the {@code index}-th on, so each part gets a share of every kind of run. The parts together are the
     * sweep.
     */
    public List<SweepRun> shard(int index, int count) {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 1 <= I <= N");
        }
        List<SweepRun> part = new ArrayList<>();
        for (int i = index - 1; i < runs.size(); i += count) {
            part.add(runs.get(i));
        }
        return part;
    }

    /** The runs of one file: a sweep file expanded, or a scenario file as a single run. */
    static List<SweepRun> loadFile(Path file) throws ScenarioException {
        if (SweepLoader.isSweepFile(file)) {
            return SweepLoader.load(file);
        }
        Scenario scenario = ScenarioLoader.load(file);
        String id = scenario.name() + "-s" + scenario.seed();
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("scenario", file.toString());
        parameters.put("seed", Long.toString(scenario.seed()));
        return List.of(new SweepRun(id, scenario, parameters));
    }

    private static List<Path> files(Path path) throws ScenarioException {
        if (!Files.exists(path)) {
            throw new ScenarioException(path + ": no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(p -> Files.isRegularFile(p)
                            && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ScenarioException(path + ": cannot list: " + e.getMessage());
        }
    }
}
