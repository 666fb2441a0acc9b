package org.livemig.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * One run of a sweep: a validated scenario and a stable identifier derived from the values that vary
 * across the sweep and the seed, e.g. {@code testbed-normal-low-no-variable-thresholds-push-xen-s1}. The
 * identifier names the run's result directory, so an interrupted sweep finds its finished runs again.
 *
 * @param id the run's identifier (letters, digits, {@code .}, {@code _}, {@code -})
 * @param scenario the scenario to run, with the seed set
 * @param parameters the varying keys (full dotted names, or {@code preset}) and their values as written in
 *     YAML, in sweep order, then {@code seed}
 */
public record SweepRun(String id, Scenario scenario, Map<String, String> parameters) {

    /** Checks that every part is present and keeps an unmodifiable copy of the parameters. */
    public SweepRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
