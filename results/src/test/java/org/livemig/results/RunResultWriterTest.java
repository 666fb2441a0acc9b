package org.livemig.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultWriterTest {
    private static final List<String> STANDARD_FILES = List.of(
            "summary.json",
            "metrics.csv",
            "pm_loads.csv",
            "migrations.csv",
            "scenario.yaml",
            "system.png",
            "pm_loads.png");

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryStandardFile() throws IOException {
        Path dir = tmp.resolve("nested/run");
        RunResultWriter.write(dir, Fixtures.run());
        assertEquals(STANDARD_FILES.stream().sorted().toList(), names(dir));
        assertEquals(List.of("run"), names(tmp.resolve("nested")), "no staging directory is left");
    }

    @Test
    void csvFilesStartWithTheExactSpecHeaders() throws IOException {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run());
        assertEquals(
                "time_s,system_performance,system_load,active_pms,attempts,migrations,overhead_bytes",
                Files.readAllLines(dir.resolve("metrics.csv")).get(0));
        assertEquals(
                "time_s,pm,load",
                Files.readAllLines(dir.resolve("pm_loads.csv")).get(0));
        assertEquals(
                "start_s,end_s,vm,source,destination,initiator,v_mig_mb,t_mig_s,t_down_s",
                Files.readAllLines(dir.resolve("migrations.csv")).get(0));
    }

    @Test
    void rowsUseFixedDecimalsAndUnixLineEnds() throws IOException {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run());
        String migrations = Files.readString(dir.resolve("migrations.csv"));
        assertFalse(migrations.contains("\r"));
        assertEquals(
                "120.500,145.250,3,0,2,0,304.729948,24.378396,0.033422",
                migrations.split("\n")[1]);
        assertEquals(
                "10.000,0,0.407499",
                Files.readString(dir.resolve("pm_loads.csv")).split("\n")[1]);
        assertTrue(migrations.endsWith("\n"));
    }

    @Test
    void writeThenReadGivesTheSameResult() throws Exception {
        RunResult original = Fixtures.run();
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, original);
        assertEquals(original, RunResultReader.read(dir));
    }

    @Test
    void resultWithoutScenarioTextHasNoScenarioFile() throws Exception {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run(1500, null));
        assertFalse(Files.exists(dir.resolve("scenario.yaml")));
        assertEquals(null, RunResultReader.read(dir).scenarioYaml());
    }

    @Test
    void sameInputGivesByteIdenticalFiles() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        RunResultWriter.write(first, Fixtures.run());
        RunResultWriter.write(second, Fixtures.run());
        for (String name : STANDARD_FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void figuresAreValidPngs() throws IOException {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run());
        for (String name : List.of("system.png", "pm_loads.png")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
            BufferedImage image = ImageIO.read(dir.resolve(name).toFile());
            assertNotNull(image, name);
            assertTrue(image.getWidth() >= 800 && image.getHeight() >= 500, name);
        }
    }

    @Test
    void emptyRunStillGivesACompleteDirectory() throws Exception {
        RunSummary summary = RunSummary.fromSamples("empty", "pull", "xen", 1, 0, 0, 0, List.of(), 0, 0, Map.of());
        RunResult empty = new RunResult(summary, List.of(), List.of(), List.of());
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, empty);
        assertEquals(empty, RunResultReader.read(dir));
        assertNotNull(ImageIO.read(dir.resolve("system.png").toFile()));
    }

    @Test
    void failingArtifactLeavesNoDirectoryBehind() throws IOException {
        Path dir = tmp.resolve("run");
        List<ResultArtifact> artifacts = new ArrayList<>(RunResultWriter.STANDARD_ARTIFACTS);
        artifacts.add((d, r) -> {
            throw new IllegalStateException("chart rendering failed");
        });
        assertThrows(IllegalStateException.class, () -> RunResultWriter.write(dir, Fixtures.run(), artifacts));
        assertEquals(List.of(), names(tmp), "neither the result nor a staging directory remains");
    }

    @Test
    void failedRewriteLeavesTheExistingResultUntouched() throws Exception {
        Path dir = tmp.resolve("run");
        RunResult old = Fixtures.run(1000, "old: true\n");
        RunResultWriter.write(dir, old);
        byte[] oldMetrics = Files.readAllBytes(dir.resolve("metrics.csv"));

        List<ResultArtifact> failing = new ArrayList<>(RunResultWriter.STANDARD_ARTIFACTS);
        failing.add(5, (d, r) -> {
            throw new UncheckedIOException(new IOException("disk full"));
        });
        assertThrows(UncheckedIOException.class, () -> RunResultWriter.write(dir, Fixtures.run(), failing));
        assertThrows(
                IOException.class,
                () -> RunResultWriter.write(dir, Fixtures.run(), List.of((d, r) -> {
                    throw new IOException("read-only file system");
                })));

        assertEquals(List.of("run"), names(tmp));
        assertArrayEquals(oldMetrics, Files.readAllBytes(dir.resolve("metrics.csv")));
        assertEquals(old, RunResultReader.read(dir));
    }

    @Test
    void completeRewriteReplacesTheExistingResult() throws Exception {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run(1000, "old: true\n"));
        Files.writeString(dir.resolve("stale.txt"), "from the old run");
        RunResult fresh = Fixtures.run(2000, null);
        RunResultWriter.write(dir, fresh);
        assertEquals(fresh, RunResultReader.read(dir));
        assertFalse(Files.exists(dir.resolve("stale.txt")));
        assertFalse(Files.exists(dir.resolve("scenario.yaml")));
        assertEquals(List.of("run"), names(tmp));
    }

    @Test
    void emptyExistingDirectoryIsFilled() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("run"));
        RunResultWriter.write(dir, Fixtures.run());
        assertTrue(ResultDirectory.isResultDirectory(dir));
    }

    @Test
    void directoryThatIsNotAResultIsNeverReplaced() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("home"));
        Files.writeString(dir.resolve("thesis.tex"), "precious");
        IOException e = assertThrows(IOException.class, () -> RunResultWriter.write(dir, Fixtures.run()));
        assertTrue(e.getMessage().contains("not a result directory"), e.getMessage());
        assertEquals(List.of("thesis.tex"), names(dir));
        assertEquals(List.of("home"), names(tmp));
    }

    @Test
    void regularFileInTheWayIsNotReplaced() throws IOException {
        Path file = Files.writeString(tmp.resolve("run"), "not a directory");
        assertThrows(IOException.class, () -> RunResultWriter.write(file, Fixtures.run()));
        assertEquals("not a directory", Files.readString(file));
    }
}
