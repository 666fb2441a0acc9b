package org.livemig.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.livemig.argument.Arguments;

/**
 * A scenario value out of its range, or values that contradict each other, found while building a
 * {@link Scenario}. The message is {@code "key: reason"}, e.g.
 * {@code "negotiation.push_threshold: must be in (0, 2], got 3.5"}. The loader and the overrides turn
 * it into a {@link ScenarioException} that also names the file and line or the {@code --set} at fault.
 */
public final class InvalidScenarioException extends IllegalArgumentException {

    /** What the scenario records pass to {@link Arguments}: a wrong value becomes this exception. */
    static final Arguments.Failure INVALID = InvalidScenarioException::new;

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String reason;
    private final List<String> relatedKeys;

    /**
     * @param key the YAML key (dotted, e.g. {@code negotiation.pull_threshold}) whose value is wrong
     * @param reason why, e.g. {@code "must be > 0, got -1"}
     * @param relatedKeys other keys the reason depends on, tried in order to locate the error
     */
    public InvalidScenarioException(String key, String reason, String... relatedKeys) {
        super(key + ": " + reason);
        this.key = key;
        this.reason = reason;
        this.relatedKeys = List.of(relatedKeys);
    }

    /** The dotted YAML key whose value is wrong. */
    public String key() {
        return key;
    }

    /** Why the value is wrong, without the key. */
    public String reason() {
        return reason;
    }

    /** Other keys the check involved (e.g. the push threshold for a pull threshold above it). */
    public List<String> relatedKeys() {
        return relatedKeys;
    }

    /**
     * Where this error is, by {@code origins} (a line or a {@code --set} per key): the origin of its key, else
     * of the first related key that has one; empty when none has.
     */
    public <T> Optional<T> locate(Map<String, T> origins) {
        T own = origins.get(key);
        if (own != null) {
            return Optional.of(own);
        }
        return relatedKeys.stream()
                .filter(origins::containsKey)
                .map(origins::get)
                .findFirst();
    }
}
