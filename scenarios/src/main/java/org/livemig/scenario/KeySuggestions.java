package org.livemig.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for unknown keys: the closest known key by edit distance, or the same key in its group. */
final class KeySuggestions {

    private KeySuggestions() {}

    /**
     * The best guess for an unknown key {@code key} written inside {@code group} ("" at the top level).
     *
     * @return the full dotted name to suggest, if one is close enough
     */
    static Optional<String> forKey(String group, String key) {
        List<String> sameLevel = new ArrayList<>();
        for (ScenarioKey k : ScenarioKeys.all()) {
            if (k.group().equals(group)) {
                sameLevel.add(k.name());
            }
        }
        if (group.isEmpty()) {
            sameLevel.add(ScenarioKeys.PRESET);
            sameLevel.addAll(ScenarioKeys.groups());
        }
        String prefix = group.isEmpty() ? "" : group + ".";
        Optional<String> near = closest(prefix + key, sameLevel);
        if (near.isPresent()) {
            return near;
        }
        List<ScenarioKey> elsewhere = ScenarioKeys.withLeaf(key);
        if (elsewhere.size() == 1) {
            return Optional.of(elsewhere.get(0).name());
        }
        return closest(key, ScenarioKeys.all().stream().map(ScenarioKey::leaf).toList())
                .flatMap(
                        leaf -> ScenarioKeys.withLeaf(leaf).stream().findFirst().map(ScenarioKey::name));
    }

    /** The candidate nearest to {@code wrong}, if within a few edits (more for longer keys). */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, wrong.length() / 4);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** {@code " (did you mean 'x'?)"} or "" when there is no guess. */
    static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
