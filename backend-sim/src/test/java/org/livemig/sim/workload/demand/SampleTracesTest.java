package org.livemig.sim.workload.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generator of the example traces under scenarios/traces/ (issue 11: a small generated trace for tests
 * and examples), and the check that the shipped files are its output and replay.
 *
 * <p>Each VM's CPU percentage is a {@link MeanRevertingWalk} sampled every 300 s for 6 h (72 samples) with
 * the within-VM statistics of the PlanetLab 2011 traces CloudSim ships (sd 0.12 of a vcpu, lag-1
 * autocorrelation 0.2 per 300 s: theta 0.8 per 300 s step), around levels 0.1, 0.2, 0.3 and 0.45, seed 11,
 * starting at the level. The PlanetLab files hold whole percentages; the CSV holds one decimal and a last row
 * at 21600 s repeating the first, so that it ends where the PlanetLab files wrap and both replay the same.
 * Regenerate (after changing this class) with
 * {@code mvn -o -q -pl backend-sim -am test -Dtest=SampleTracesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlivemig.writeSampleTraces=true}.
 */
class SampleTracesTest {

    private static final Path TRACES = Path.of("..", "scenarios", "traces");
    private static final double[] LEVELS = {0.10, 0.20, 0.30, 0.45};
    private static final int SAMPLES = 72;
    private static final long SEED = 11;

    /** File name (relative to scenarios/traces/) to content. */
    static Map<String, String> generate() {
        MeanRevertingWalk walk = MeanRevertingWalk.withStationarySd(0.8, 0.12);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] share = LEVELS.clone();
        StringBuilder[] planetLab = new StringBuilder[LEVELS.length];
        StringBuilder csv = new StringBuilder(TraceFiles.CSV_HEADER + "\n");
        for (int vm = 0; vm < LEVELS.length; vm++) {
            planetLab[vm] = new StringBuilder();
        }
        for (int k = 0; k <= SAMPLES; k++) {
            for (int vm = 0; vm < LEVELS.length; vm++) {
                double value = k < SAMPLES ? share[vm] : LEVELS[vm];
                if (k < SAMPLES) {
                    planetLab[vm].append(Math.round(value * 100)).append('\n');
                }
                csv.append(k * 300)
                        .append(',')
                        .append(vm)
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.1f", value * 100))
                        .append('\n');
            }
            walk.step(share, LEVELS, random);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (int vm = 0; vm < LEVELS.length; vm++) {
            files.put(String.format(Locale.ROOT, "planetlab-sample/vm%02d", vm), planetLab[vm].toString());
        }
        files.put("sample.csv", csv.toString());
        return files;
    }

    @Test
    void theShippedTracesAreTheGeneratorsOutput() throws IOException {
        Map<String, String> files = generate();
        if (Boolean.getBoolean("livemig.writeSampleTraces")) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = TRACES.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertEquals(
                    file.getValue(),
                    Files.readString(TRACES.resolve(file.getKey())),
                    file.getKey() + " differs from SampleTracesTest.generate(); regenerate as its Javadoc says");
        }
    }

    @Test
    void theShippedTracesReplayWithTheirLevelsAsMeans() throws TraceFormatException {
        TraceReplay planetLab = TraceReplay.readPlanetLab(TRACES.resolve("planetlab-sample"));
        TraceReplay csv = TraceReplay.readCsv(TRACES.resolve("sample.csv"));
        assertEquals(LEVELS.length, planetLab.traces());
        assertEquals(LEVELS.length, csv.traces());
        assertEquals(SAMPLES * 300.0, planetLab.lengthS(0));
        assertEquals(SAMPLES * 300.0, csv.lengthS(0));
        for (int vm = 0; vm < LEVELS.length; vm++) {
            double sum = 0;
            for (int k = 0; k < SAMPLES; k++) {
                sum += planetLab.share(vm, k * 300);
                for (double t = k * 300; t < k * 300 + 300; t += 100) {
                    assertEquals(planetLab.share(vm, t), csv.share(vm, t), 0.005 + 1e-9, "vm " + vm + " at " + t);
                }
            }
            assertEquals(LEVELS[vm], sum / SAMPLES, 0.05, "vm " + vm + " stays around its level");
        }
    }
}
