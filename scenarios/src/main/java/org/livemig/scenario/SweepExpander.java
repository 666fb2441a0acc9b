package org.livemig.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands the axes {@link SweepLoader} read from a sweep file (each case's keys times the matrix's, times the
 * seeds) into runs, each with its scenario, its id and the values of the keys that vary.
 */
final class SweepExpander {

    /** Most runs one sweep file may expand to. */
    static final int MAX_RUNS = 100_000;

    private SweepExpander() {}

    /** One value of a key: its text, its parsed value and its line. */
    record Value(String text, Object parsed, int line) {}

    /** A key with its values; {@code key} is null for {@code preset}. */
    record Axis(String name, ScenarioKey key, List<Value> values) {
        boolean isPreset() {
            return key == null;
        }
    }

    /** Every run of the sweep {@code name}: each case with the matrix, times the seeds, ids checked unique. */
    static List<SweepRun> expand(
            String name, Scenario base, List<List<Axis>> cases, List<Axis> matrix, List<Long> seeds, String source)
            throws ScenarioException {
        List<List<Assignment>> combos = new ArrayList<>();
        for (List<Axis> c : cases) {
            List<Axis> all = new ArrayList<>(c);
            all.addAll(matrix);
            all.sort((a, b) -> Boolean.compare(!a.isPreset(), !b.isPreset()));
            combos.addAll(product(all, source));
        }
        if ((long) combos.size() * seeds.size() > MAX_RUNS) {
            throw new ScenarioException(
                    source + ": expands to " + (long) combos.size() * seeds.size() + " runs, more than " + MAX_RUNS);
        }
        Map<String, Axis> varying = varyingAxes(cases, matrix);
        List<SweepRun> runs = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (List<Assignment> combo : combos) {
            Scenario scenario = build(base, combo, source);
            for (long seed : seeds) {
                Map<String, String> parameters = new LinkedHashMap<>();
                StringBuilder id = new StringBuilder(name);
                for (Axis axis : varying.values()) {
                    String text = axis.isPreset() ? presetOf(combo) : axis.key().textIn(scenario);
                    parameters.put(axis.name(), text);
                    id.append('-').append(idPart(axis, text));
                }
                parameters.put("seed", Long.toString(seed));
                id.append("-s").append(seed);
                String runId = id.toString().replaceAll("[^A-Za-z0-9._-]", "_");
                Integer line = ids.putIfAbsent(
                        runId, combo.isEmpty() ? 1 : combo.get(0).value().line());
                if (line != null) {
                    throw new ScenarioException(source + ":" + line + ": two runs expand to the same scenario '" + runId
                            + "'; remove the repeated case or value");
                }
                ScenarioBuilder b = scenario.toBuilder().seed(seed);
                if (runId.length() <= 100) {
                    b.name(runId);
                }
                runs.add(new SweepRun(runId, b.build(), parameters));
            }
        }
        return runs;
    }

    private record Assignment(Axis axis, Value value) {}

    private static List<List<Assignment>> product(List<Axis> axes, String source) throws ScenarioException {
        List<List<Assignment>> result = new ArrayList<>();
        result.add(List.of());
        for (Axis axis : axes) {
            List<List<Assignment>> next = new ArrayList<>();
            for (List<Assignment> prefix : result) {
                for (Value v : axis.values()) {
                    List<Assignment> combo = new ArrayList<>(prefix);
                    combo.add(new Assignment(axis, v));
                    next.add(combo);
                }
            }
            if (next.size() > MAX_RUNS) {
                throw new ScenarioException(source + ": expands to more than " + MAX_RUNS + " runs");
            }
            result = next;
        }
        return result;
    }

    private static Scenario build(Scenario base, List<Assignment> combo, String source) throws ScenarioException {
        ScenarioBuilder builder = base.toBuilder();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Assignment a : combo) {
            if (a.axis().isPreset()) {
                builder.preset((Preset) a.value().parsed());
            } else {
                a.axis().key().set(builder, a.value().parsed());
            }
            lines.put(a.axis().name(), a.value().line());
        }
        try {
            return builder.build();
        } catch (InvalidScenarioException e) {
            int line = e.locate(lines)
                    .orElse(combo.isEmpty() ? 1 : combo.get(0).value().line());
            StringBuilder with = new StringBuilder();
            for (Assignment a : combo) {
                with.append(with.length() == 0 ? "" : ", ")
                        .append(a.axis().name())
                        .append('=')
                        .append(a.value().text());
            }
            throw new ScenarioException(
                    source + ":" + line + ": " + e.getMessage() + " (in the run with " + with + ")");
        }
    }

    /** Keys that take more than one value over the sweep (cases first, then matrix), by name. */
    private static Map<String, Axis> varyingAxes(List<List<Axis>> cases, List<Axis> matrix) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        Map<String, Axis> first = new LinkedHashMap<>();
        List<Axis> all = new ArrayList<>();
        cases.forEach(all::addAll);
        all.addAll(matrix);
        for (Axis axis : all) {
            first.putIfAbsent(axis.name(), axis);
            Set<String> seen = values.computeIfAbsent(axis.name(), k -> new LinkedHashSet<>());
            axis.values().forEach(v -> seen.add(String.valueOf(v.parsed())));
        }
        for (List<Axis> c : cases) {
            for (String key : first.keySet()) {
                boolean inMatrix = matrix.stream().anyMatch(m -> m.name().equals(key));
                if (!inMatrix && c.stream().noneMatch(a -> a.name().equals(key))) {
                    values.get(key).add("(base)");
                }
            }
        }
        Map<String, Axis> varying = new LinkedHashMap<>();
        first.forEach((key, axis) -> {
            if (values.get(key).size() > 1) {
                varying.put(key, axis);
            }
        });
        return varying;
    }

    private static String presetOf(List<Assignment> combo) {
        return combo.stream()
                .filter(a -> a.axis().isPreset())
                .map(a -> a.value().text())
                .findFirst()
                .orElse("base");
    }

    /** How a value shows in a run id: a choice as itself, a boolean as the key or {@code no-key}, else key+value. */
    private static String idPart(Axis axis, String text) {
        if (axis.isPreset()) {
            return text;
        }
        String leaf = axis.key().leaf().replace('_', '-');
        return switch (axis.key().kind()) {
            case CHOICE, TEXT -> text.toLowerCase(Locale.ROOT);
            case BOOLEAN -> Boolean.parseBoolean(text) ? leaf : "no-" + leaf;
            default -> leaf + text;
        };
    }
}
