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
                        throw new ScenarioException(file + ": run '" + run.id() + "' appears twice (also in "
                                + before + "); give the sweeps different names");
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
            return entries.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml")
                    || p.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            throw new ScenarioException(path + ": cannot list: " + e.getMessage());
        }
    }
}
