package org.livemig.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every key of a scenario file, in the order they are written, with type, default, meaning and source.
 * The loader, the writer, the {@code --set} overrides and the README's reference table all use this list;
 * the keys themselves are declared, in this order, by {@link RunKeys}, {@link NegotiationKeys} and {@link ModelKeys}.
 */
public final class ScenarioKeys {

    /** The key that applies a {@link Preset}; it is read before the others and is not part of a scenario. */
    public static final String PRESET = "preset";
    /** The key naming an {@code .lcc} model file; the loader resolves it against the scenario's directory. */
    public static final String LCC_MODEL_FILE = "lcc.model_file";
    /** The key naming a PlanetLab trace directory; the loader resolves it against the scenario's directory. */
    public static final String WORKLOAD_TRACE_DIR = "workload.trace_dir";
    /** The key naming a CSV trace file; the loader resolves it against the scenario's directory. */
    public static final String WORKLOAD_TRACE_FILE = "workload.trace_file";
    /** The key naming a SPECpower-style power table; the loader resolves it against the scenario's directory. */
    public static final String ENERGY_POWER_TABLE_FILE = "energy.power_table_file";

    private static final Map<String, ScenarioKey> BY_NAME = index();

    private ScenarioKeys() {}

    private static Map<String, ScenarioKey> index() {
        Map<String, ScenarioKey> byName = new LinkedHashMap<>();
        for (List<ScenarioKey> part : List.of(RunKeys.KEYS, NegotiationKeys.KEYS, ModelKeys.KEYS)) {
            for (ScenarioKey key : part) {
                if (byName.put(key.name(), key) != null) {
                    throw new IllegalStateException("duplicate scenario key " + key.name());
                }
            }
        }
        return byName;
    }

    /** Every key, in the order the writer writes them (top level first, then group by group). */
    public static List<ScenarioKey> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The key with the full dotted name {@code name}, if any. */
    public static Optional<ScenarioKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The groups, in order: {@code topology}, {@code workload}, ... */
    public static List<String> groups() {
        return BY_NAME.values().stream()
                .map(ScenarioKey::group)
                .filter(g -> !g.isEmpty())
                .distinct()
                .collect(Collectors.toList());
    }

    /** The keys whose leaf is {@code leaf}, e.g. {@code push_threshold} gives {@code negotiation.push_threshold}. */
    public static List<ScenarioKey> withLeaf(String leaf) {
        return BY_NAME.values().stream().filter(k -> k.leaf().equals(leaf)).collect(Collectors.toList());
    }

    /** A Markdown table of every key: key, type, default, meaning, source. */
    public static String referenceTable() {
        StringBuilder md = new StringBuilder("| key | type | default | meaning | source |\n|---|---|---|---|---|\n");
        md.append("| `")
                .append(PRESET)
                .append("` | one of ")
                .append(Spelled.list(Preset.values()))
                .append(" | none | Sets the topology, thresholds and fluctuation counts of a size first; "
                        + "the file's other keys override them | SPEC 5 |\n");
        for (ScenarioKey key : BY_NAME.values()) {
            String type = switch (key.kind()) {
                case CHOICE -> key.expected();
                case INTEGER, LONG -> "integer";
                case COUNT_OR_ALL -> "integer or `all`";
                default -> key.kind().name().toLowerCase(Locale.ROOT);
            };
            md.append("| `")
                    .append(key.name())
                    .append("` | ")
                    .append(type)
                    .append(" | ")
                    .append(key.defaultText())
                    .append(" | ")
                    .append(key.meaning())
                    .append(" | ")
                    .append(key.source())
                    .append(" |\n");
        }
        return md.toString();
    }
}
