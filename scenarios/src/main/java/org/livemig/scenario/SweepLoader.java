package org.livemig.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.livemig.scenario.SweepExpander.Axis;
import org.livemig.scenario.SweepExpander.Value;

/**
 * Reads a sweep file: a base scenario and keys whose values are lists, expanded as a cartesian product.
 *
 * <pre>
 * name: testbed                      # prefix of every run id (default: the file name)
 * scenario: {preset: testbed}        # inline scenario keys, or a packaged name / path relative to this file
 * cases:                             # optional: alternatives, each expanded as a product; their union is
 *   - {type: normal, load: [low, medium, high], variable_thresholds: [false, true]}
 *   - {type: burst, load: [low, medium]}
 * matrix: {strategy: [push, pull, hybrid], hypervisor: [xen, kvm]}   # product applied to every case
 * seeds: [1, 2, 3]                   # or replications: 3 (seeds first_seed .. first_seed + 2)
 * </pre>
 *
 * Keys of {@code cases} and {@code matrix} are those of {@code --set}: full dotted keys, keys unique in their
 * group ({@code load}, {@code push_threshold}) or {@code preset} (applied first). A run's id is the sweep name,
 * the values of every key that varies across the sweep, and {@code s<seed>}. Every error is one line
 * {@code file:line: key: reason}, as for scenario files.
 */
public final class SweepLoader {

    /** Top-level keys that make a YAML file a sweep file rather than a scenario file. */
    static final Set<String> MARKERS = Set.of("matrix", "cases");

    private static final List<String> TOP_KEYS =
            List.of("name", "scenario", "cases", "matrix", "seeds", "replications", "first_seed");

    private SweepLoader() {}

    /** Whether {@code file} is a sweep file (its top level has {@code matrix} or {@code cases}). */
    public static boolean isSweepFile(Path file) throws ScenarioException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return false;
        }
        YamlTree.MapNode root = YamlTree.readDocument(ScenarioLoader.readText(file), file.toString(), "file");
        return root.entries().stream().anyMatch(e -> MARKERS.contains(e.key()));
    }

    /** Reads and expands the sweep file {@code file}. */
    public static List<SweepRun> load(Path file) throws ScenarioException {
        return parse(
                ScenarioLoader.readText(file),
                file.toString(),
                file.toAbsolutePath().getParent());
    }

    /**
     * Reads and expands a sweep from YAML text.
     *
     * @param yaml the sweep file's text
     * @param source the file name used in errors and as the default sweep name
     * @param baseDir the directory a {@code scenario:} path is relative to
     */
    public static List<SweepRun> parse(String yaml, String source, Path baseDir) throws ScenarioException {
        YamlTree.MapNode root = YamlTree.readDocument(yaml, source, "sweep file");
        String name = ScenarioLoader.nameFrom(source);
        Scenario base = Scenario.defaults();
        List<List<Axis>> cases = List.of(List.of());
        List<Axis> matrix = List.of();
        List<Long> seeds = null;
        Long replications = null;
        long firstSeed = 1;
        int casesLine = 1;
        for (YamlTree.Entry entry : root.entries()) {
            int line = entry.keyPosition().line();
            switch (entry.key()) {
                case "name" -> {
                    name = ScenarioLoader.scalarText(entry, "name", source);
                    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
                        throw new ScenarioException(source + ":" + line + ": name: must be 1-60 letters, digits, "
                                + "'.', '_' or '-', got '" + name + "'");
                    }
                }
                case "scenario" -> base = base(entry, source, baseDir);
                case "cases" -> {
                    casesLine = line;
                    if (!(entry.value() instanceof YamlTree.ListNode list)
                            || list.items().isEmpty()) {
                        throw new ScenarioException(source + ":" + line + ": cases: must be a non-empty list of "
                                + "mappings, e.g. '- {type: burst, load: [low, medium]}'");
                    }
                    List<List<Axis>> all = new ArrayList<>();
                    for (YamlTree.Node item : list.items()) {
                        if (!(item instanceof YamlTree.MapNode map)) {
                            throw new ScenarioException(
                                    source + ":" + item.position().line()
                                            + ": cases: each case must be a mapping of keys to values or lists, got "
                                            + ScenarioLoader.describe(item));
                        }
                        all.add(axes(map, source));
                    }
                    cases = all;
                }
                case "matrix" -> {
                    if (!(entry.value() instanceof YamlTree.MapNode map)) {
                        throw new ScenarioException(source + ":" + line + ": matrix: must be a mapping of keys to "
                                + "lists, e.g. '{strategy: [push, pull], load: [low, high]}'");
                    }
                    matrix = axes(map, source);
                }
                case "seeds" -> seeds = seeds(entry, source);
                case "replications" -> replications = whole(entry, "replications", source, 1, 10_000);
                case "first_seed" -> firstSeed = whole(entry, "first_seed", source, Long.MIN_VALUE, Long.MAX_VALUE);
                default ->
                    throw new ScenarioException(source + ":" + line + ": unknown key '" + entry.key()
                            + "' in a sweep file" + KeySuggestions.hint(KeySuggestions.closest(entry.key(), TOP_KEYS))
                            + " (keys: " + String.join(", ", TOP_KEYS) + ")");
            }
        }
        if (seeds != null && replications != null) {
            throw new ScenarioException(source + ": give either seeds or replications, not both");
        }
        if (seeds == null) {
            seeds = new ArrayList<>();
            long n = replications == null ? 0 : replications;
            for (long i = 0; i < n; i++) {
                seeds.add(firstSeed + i);
            }
            if (seeds.isEmpty()) {
                seeds.add(base.seed());
            }
        }
        checkDisjoint(cases, matrix, source, casesLine);
        return SweepExpander.expand(name, base, cases, matrix, seeds, source);
    }

    private static Scenario base(YamlTree.Entry entry, String source, Path baseDir) throws ScenarioException {
        if (entry.value() instanceof YamlTree.MapNode map) {
            return ScenarioLoader.fromTree(
                    map, source, Scenario.builder().name(ScenarioLoader.nameFrom(source)), baseDir);
        }
        String text = ScenarioLoader.scalarText(entry, "scenario", source);
        Path relative = baseDir == null ? Path.of(text) : baseDir.resolve(text);
        if (java.nio.file.Files.isRegularFile(relative)) {
            return ScenarioLoader.load(relative);
        }
        String bare = PackagedScenarios.stripExtension(text);
        if (PackagedScenarios.names().contains(bare)) {
            return PackagedScenarios.load(bare);
        }
        throw new ScenarioException(source + ":" + entry.value().position().line() + ": scenario: '" + text
                + "' is neither a file next to the sweep file nor a packaged scenario (packaged: "
                + String.join(", ", PackagedScenarios.names()) + ")");
    }

    private static List<Axis> axes(YamlTree.MapNode map, String source) throws ScenarioException {
        List<Axis> axes = new ArrayList<>();
        for (YamlTree.Entry entry : map.entries()) {
            String name = entry.key();
            int line = entry.keyPosition().line();
            ScenarioKey key = null;
            if (!name.equals(ScenarioKeys.PRESET)) {
                key = ScenarioOverrides.resolve(name)
                        .orElseThrow(() -> new ScenarioException(source + ":" + line + ": unknown key '" + name + "'"
                                + KeySuggestions.hint(KeySuggestions.forKey("", name))));
            }
            List<YamlTree.Node> nodes =
                    entry.value() instanceof YamlTree.ListNode list ? list.items() : List.of(entry.value());
            if (nodes.isEmpty()) {
                throw new ScenarioException(source + ":" + line + ": " + name + ": the list of values is empty");
            }
            List<Value> values = new ArrayList<>();
            for (YamlTree.Node node : nodes) {
                values.add(value(name, key, node, source));
            }
            axes.add(new Axis(key == null ? ScenarioKeys.PRESET : key.name(), key, values));
        }
        return axes;
    }

    private static Value value(String name, ScenarioKey key, YamlTree.Node node, String source)
            throws ScenarioException {
        int line = node.position().line();
        if (!(node instanceof YamlTree.ScalarNode scalar) || scalar.isNull()) {
            throw new ScenarioException(source + ":" + line + ": " + name + ": must be a value or a list of values, "
                    + "got " + ScenarioLoader.describe(node));
        }
        String text = scalar.text();
        if (key == null) {
            Preset preset = Preset.parse(text)
                    .orElseThrow(() -> new ScenarioException(source + ":" + line + ": preset: must be one of "
                            + Spelled.list(Preset.values()) + ", got '" + text + "'"));
            return new Value(preset.spelling(), preset, line);
        }
        try {
            return new Value(text, key.parse(text), line);
        } catch (ScenarioKey.BadValueException e) {
            throw new ScenarioException(
                    source + ":" + line + ": " + key.name() + ": must be " + e.expected() + ", got '" + text + "'");
        }
    }

    private static List<Long> seeds(YamlTree.Entry entry, String source) throws ScenarioException {
        List<YamlTree.Node> nodes =
                entry.value() instanceof YamlTree.ListNode list ? list.items() : List.of(entry.value());
        List<Long> seeds = new ArrayList<>();
        for (YamlTree.Node node : nodes) {
            String text = node instanceof YamlTree.ScalarNode s && !s.isNull() ? s.text() : null;
            try {
                seeds.add(Long.parseLong(text == null ? "x" : text.replace("_", "")));
            } catch (NumberFormatException e) {
                throw new ScenarioException(source + ":" + node.position().line()
                        + ": seeds: must be whole numbers, got " + ScenarioLoader.describe(node));
            }
        }
        if (seeds.isEmpty() || new LinkedHashSet<>(seeds).size() != seeds.size()) {
            throw new ScenarioException(source + ":" + entry.keyPosition().line()
                    + ": seeds: must be a non-empty list of distinct whole numbers");
        }
        return seeds;
    }

    private static long whole(YamlTree.Entry entry, String key, String source, long min, long max)
            throws ScenarioException {
        String text = ScenarioLoader.scalarText(entry, key, source);
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(source + ":" + entry.value().position().line() + ": " + key
                + ": must be a whole number" + (min > Long.MIN_VALUE ? " in [" + min + ", " + max + "]" : "")
                + ", got '" + text + "'");
    }

    private static void checkDisjoint(List<List<Axis>> cases, List<Axis> matrix, String source, int line)
            throws ScenarioException {
        for (Axis m : matrix) {
            for (List<Axis> c : cases) {
                for (Axis a : c) {
                    if (a.name().equals(m.name())) {
                        throw new ScenarioException(
                                source + ":" + a.values().get(0).line() + ": " + a.name()
                                        + ": is both in matrix and in cases; keep it in one of them");
                    }
                }
            }
        }
    }
}
