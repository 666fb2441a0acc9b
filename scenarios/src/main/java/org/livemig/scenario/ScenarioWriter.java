package org.livemig.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scenario as YAML with every key explicit, so a run can record the scenario it used. */
public final class ScenarioWriter {

    private ScenarioWriter() {}

    /** The scenario as YAML; {@link ScenarioLoader#parse} reads it back to an equal scenario. */
    public static String toYaml(Scenario scenario) {
        StringBuilder yaml = new StringBuilder("# Effective scenario: every key explicit (see scenarios/README.md).\n");
        String group = "";
        for (ScenarioKey key : ScenarioKeys.all()) {
            String value = key.textIn(scenario);
            if (value == null) {
                continue;
            }
            if (!key.group().equals(group)) {
                group = key.group();
                yaml.append(group).append(":\n");
            }
            if (key.kind() == ScenarioKey.Kind.TEXT) {
                value = quoted(value);
            }
            yaml.append(group.isEmpty() ? "" : "  ")
                    .append(key.leaf())
                    .append(": ")
                    .append(value)
                    .append('\n');
        }
        return yaml.toString();
    }

    /** Writes {@link #toYaml(Scenario)} to {@code file} in UTF-8. */
    public static void write(Scenario scenario, Path file) throws IOException {
        Files.writeString(file, toYaml(scenario), StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
