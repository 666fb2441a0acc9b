package org.livemig.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario keys whose effective value differs between the runs of a sweep (full dotted names, in the order
 * of {@link ScenarioKeys#all()}), led by {@code preset} when the sweep varies it; the run's {@code name} and
 * {@code seed} are left out (every run has its own). These are the columns of what varies in {@code index.csv}.
 */
public final class VaryingKeys {

    private static final Set<String> LEFT_OUT = Set.of("name", "seed");

    private VaryingKeys() {}

    /** The keys that vary across {@code runs}. */
    public static List<String> of(List<SweepRun> runs) {
        List<String> keys = new ArrayList<>();
        Set<String> presets = new HashSet<>();
        runs.forEach(r -> presets.add(r.parameters().getOrDefault(ScenarioKeys.PRESET, "")));
        if (presets.size() > 1) {
            keys.add(ScenarioKeys.PRESET);
        }
        for (ScenarioKey key : ScenarioKeys.all()) {
            if (LEFT_OUT.contains(key.name())) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (SweepRun run : runs) {
                values.add(String.valueOf(key.textIn(run.scenario())));
                if (values.size() > 1) {
                    keys.add(key.name());
                    break;
                }
            }
        }
        return keys;
    }

    /** The values of {@code keys} in {@code run} as written in YAML; a key without a value is left out. */
    public static Map<String, String> valuesOf(SweepRun run, List<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : keys) {
            String text = name.equals(ScenarioKeys.PRESET)
                    ? run.parameters().get(ScenarioKeys.PRESET)
                    : ScenarioKeys.find(name).map(k -> k.textIn(run.scenario())).orElse(null);
            if (text != null) {
                values.put(name, text);
            }
        }
        return values;
    }
}
