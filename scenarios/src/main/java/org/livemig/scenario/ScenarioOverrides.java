package org.livemig.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --set key=value} on the command line, applied in order over a scenario. A key is a full dotted
 * YAML key ({@code network.loss_probability}), a key unique in its group ({@code push_threshold},
 * {@code load}, {@code type}, {@code pms}, ...), or {@code preset} (sets that preset's values at that
 * point). Errors name the assignment, e.g. {@code --set push_threshold=abc: not a number}.
 */
public final class ScenarioOverrides {

    private ScenarioOverrides() {}

    /**
     * Applies {@code assignments} (each {@code key=value}) to {@code scenario}; the result is validated
     * once, after all of them.
     */
    public static Scenario apply(Scenario scenario, List<String> assignments) throws ScenarioException {
        ScenarioBuilder builder = scenario.toBuilder();
        Map<String, String> origins = new HashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException("--set " + assignment + ": expected key=value, e.g. strategy=pull");
            }
            String name = assignment.substring(0, eq).trim();
            String text = assignment.substring(eq + 1).trim();
            if (name.equals(ScenarioKeys.PRESET)) {
                Preset preset = Preset.parse(text)
                        .orElseThrow(() -> new ScenarioException(
                                "--set " + assignment + ": not one of " + Spelled.list(Preset.values())));
                builder.preset(preset);
                continue;
            }
            ScenarioKey key = resolve(name)
                    .orElseThrow(() -> new ScenarioException("--set " + assignment + ": unknown key '" + name + "'"
                            + KeySuggestions.hint(suggest(name))));
            try {
                key.set(builder, key.parse(text));
            } catch (ScenarioKey.BadValueException e) {
                throw new ScenarioException("--set " + assignment + ": not " + e.expected());
            }
            origins.put(key.name(), assignment);
        }
        try {
            return builder.build();
        } catch (InvalidScenarioException e) {
            String own = origins.get(e.key());
            if (own != null) {
                throw new ScenarioException("--set " + own + ": " + e.reason());
            }
            Optional<String> related = e.locate(origins); // not its own key: a related one, if any
            throw new ScenarioException("--set" + related.map(r -> " " + r).orElse("") + ": " + e.getMessage());
        }
    }

    /** The key {@code name} means: a full dotted key, or a leaf that only one group has. */
    static Optional<ScenarioKey> resolve(String name) {
        Optional<ScenarioKey> exact = ScenarioKeys.find(name);
        if (exact.isPresent()) {
            return exact;
        }
        List<ScenarioKey> byLeaf = ScenarioKeys.withLeaf(name);
        return byLeaf.size() == 1 ? Optional.of(byLeaf.get(0)) : Optional.empty();
    }

    private static Optional<String> suggest(String name) {
        int dot = name.indexOf('.');
        if (dot > 0 && ScenarioKeys.groups().contains(name.substring(0, dot))) {
            return KeySuggestions.forKey(name.substring(0, dot), name.substring(dot + 1));
        }
        List<ScenarioKey> byLeaf = ScenarioKeys.withLeaf(name);
        if (byLeaf.size() > 1) {
            return Optional.of(byLeaf.get(0).name());
        }
        return KeySuggestions.forKey("", name);
    }
}
