package org.livemig.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The scenarios shipped on the class path under {@code /scenarios/}, by name without {@code .yaml}. */
public final class PackagedScenarios {

    private static final List<String> NAMES = List.of(
            "default",
            "lcc-balance",
            "lcc-consolidate",
            "simulation-hybrid",
            "simulation-pull",
            "simulation-push",
            "testbed-hybrid",
            "testbed-pull",
            "testbed-push");

    private PackagedScenarios() {}

    /** The names of the packaged scenarios, sorted, e.g. {@code default}, {@code testbed-push}. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Reads the packaged scenario {@code name} ({@code .yaml} may be given or left out).
     *
     * @throws ScenarioException if there is no such scenario; the message lists the valid names
     */
    public static Scenario load(String name) throws ScenarioException {
        String bare = stripExtension(name);
        if (!NAMES.contains(bare)) {
            throw new ScenarioException(
                    "unknown packaged scenario '" + name + "' (valid: " + String.join(", ", NAMES) + ")");
        }
        String resource = "/scenarios/" + bare + ".yaml";
        try (InputStream in = PackagedScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(
                        "packaged scenario '" + bare + "' is missing from the class path (" + resource + ")");
            }
            return ScenarioLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), bare + ".yaml");
        } catch (IOException e) {
            throw new ScenarioException(resource + ": cannot read: " + e.getMessage());
        }
    }

    /** {@code name} without a trailing {@code .yaml} or {@code .yml}. */
    static String stripExtension(String name) {
        if (name.endsWith(".yaml")) {
            return name.substring(0, name.length() - 5);
        }
        return name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }
}
