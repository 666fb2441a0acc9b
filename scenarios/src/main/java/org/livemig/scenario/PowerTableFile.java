package org.livemig.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livemig.cost.TablePowerModel;

/**
 * Reads {@code energy.power_table_file}: 11 lines {@code utilisation_percent,watts} at 0, 10, ..., 100 % (as a
 * SPECpower_ssj2008 result lists "average active power" per target load), after an optional header line and
 * {@code #} comments. A wrong file is refused with its path, line and value.
 */
final class PowerTableFile {

    private static final String KEY = ScenarioKeys.ENERGY_POWER_TABLE_FILE;

    private PowerTableFile() {}

    /** The 11 watts of {@code file}, at 0 % to 100 % utilisation. */
    static List<Double> read(String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new InvalidScenarioException(KEY, file + ": cannot read: " + e.getMessage());
        }
        List<Double> watts = new ArrayList<>();
        int lastLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (watts.isEmpty() && line.startsWith("utilisation"))) {
                continue;
            }
            lastLine = i + 1;
            String at = file + ":" + lastLine + ": ";
            String[] f = line.split(",", -1);
            if (f.length != 2) {
                throw new InvalidScenarioException(
                        KEY, at + "expected 'utilisation_percent,watts', got '" + line + "'");
            }
            int expected = 10 * watts.size();
            if (watts.size() >= TablePowerModel.POINTS) {
                throw new InvalidScenarioException(
                        KEY,
                        at + "more than " + TablePowerModel.POINTS + " points (0, 10, ..., 100 %): '" + line + "'");
            }
            if (!f[0].strip().equals(Integer.toString(expected))) {
                throw new InvalidScenarioException(
                        KEY, at + "utilisation must be " + expected + " %, got '" + f[0].strip() + "'");
            }
            double w = number(at, f[1].strip());
            if (!watts.isEmpty() && w < watts.get(watts.size() - 1)) {
                throw new InvalidScenarioException(
                        KEY,
                        at + "watts must not decrease: " + f[1].strip() + " after "
                                + NumberText.format(watts.get(watts.size() - 1)));
            }
            watts.add(w);
        }
        if (watts.size() != TablePowerModel.POINTS) {
            throw new InvalidScenarioException(
                    KEY,
                    file + ":" + Math.max(1, lastLine) + ": " + watts.size() + " points, need " + TablePowerModel.POINTS
                            + " (0, 10, ..., 100 %)");
        }
        return watts;
    }

    private static double number(String at, String text) {
        try {
            double w = Double.parseDouble(text);
            if (w >= 0 && !Double.isInfinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidScenarioException(KEY, at + "watts must be a number >= 0, got '" + text + "'");
    }
}
