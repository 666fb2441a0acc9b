package org.livemig.sim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The traces shipped under scenarios/traces/, and scaled copies of them for tests that need a second trace. */
final class TraceCopies {

    private TraceCopies() {}

    /** The absolute path of {@code name} under scenarios/traces/. */
    static String shipped(String name) {
        return Path.of("..", "scenarios", "traces", name)
                .toAbsolutePath()
                .normalize()
                .toString();
    }

    /** A copy of the PlanetLab sample with every percentage times {@code factor}, in a new temporary directory. */
    static String planetLabScaled(double factor) {
        try {
            Path dir = Files.createTempDirectory("livemig-planetlab");
            dir.toFile().deleteOnExit();
            try (var files = Files.list(Path.of(shipped("planetlab-sample")))) {
                for (Path file : files.sorted().toList()) {
                    List<String> scaled = Files.readAllLines(file).stream()
                            .map(line -> format(Double.parseDouble(line.trim()) * factor))
                            .toList();
                    Path copy = dir.resolve(file.getFileName());
                    Files.write(copy, scaled);
                    copy.toFile().deleteOnExit();
                }
            }
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of sample.csv with every cpu percentage times {@code factor}, in a new temporary file. */
    static String csvScaled(double factor) {
        try {
            List<String> lines = Files.readAllLines(Path.of(shipped("sample.csv")));
            StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                out.append(f[0])
                        .append(',')
                        .append(f[1])
                        .append(',')
                        .append(format(Double.parseDouble(f[2]) * factor))
                        .append('\n');
            }
            Path copy = Files.createTempFile("livemig-trace", ".csv");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, out);
            return copy.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }
}
