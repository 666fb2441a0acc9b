package org.livemig.scenario;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** One group of scenario keys (a record of Scenario, or the top level) and how to read and set its values. */
record KeyGroup<G, B>(String name, Function<Scenario, G> part, BiConsumer<ScenarioBuilder, Consumer<B>> edit) {

    String full(String leaf) {
        return name.isEmpty() ? leaf : name + "." + leaf;
    }

    <T> ScenarioKey key(
            String leaf,
            ScenarioKey.Kind kind,
            Spelled[] choices,
            Function<G, T> get,
            BiConsumer<B, T> set,
            String meaning,
            String source,
            String defaultText) {
        @SuppressWarnings("unchecked")
        BiConsumer<ScenarioBuilder, Object> setter = (b, v) -> edit.accept(b, gb -> set.accept(gb, (T) v));
        return new ScenarioKey(
                full(leaf), kind, choices, s -> get.apply(part.apply(s)), setter, meaning, source, defaultText);
    }

    ScenarioKey number(String leaf, Function<G, Double> get, BiConsumer<B, Double> set, String meaning, String source) {
        return key(leaf, ScenarioKey.Kind.NUMBER, null, get, set, meaning, source, null);
    }

    ScenarioKey integer(
            String leaf, Function<G, Integer> get, BiConsumer<B, Integer> set, String meaning, String source) {
        return key(leaf, ScenarioKey.Kind.INTEGER, null, get, set, meaning, source, null);
    }

    ScenarioKey countOrAll(
            String leaf, Function<G, Integer> get, BiConsumer<B, Integer> set, String meaning, String source) {
        return key(leaf, ScenarioKey.Kind.COUNT_OR_ALL, null, get, set, meaning, source, null);
    }

    ScenarioKey bool(String leaf, Function<G, Boolean> get, BiConsumer<B, Boolean> set, String meaning, String source) {
        return key(leaf, ScenarioKey.Kind.BOOLEAN, null, get, set, meaning, source, null);
    }

    <E extends Spelled> ScenarioKey choice(
            String leaf, E[] values, Function<G, E> get, BiConsumer<B, E> set, String meaning, String source) {
        return key(leaf, ScenarioKey.Kind.CHOICE, values, get, set, meaning, source, null);
    }
}
