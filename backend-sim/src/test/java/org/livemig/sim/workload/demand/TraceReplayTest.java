package org.livemig.sim.workload.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both trace formats: parsing, linear interpolation, wrap-around of time and of VMs, every error's one line. */
class TraceReplayTest {

    @TempDir
    Path dir;

    @Test
    void planetLabFilesAreSortedByNameAndSampledEvery300s() throws Exception {
        Path traces = Files.createDirectory(dir.resolve("pl"));
        Files.writeString(traces.resolve("b"), "50.5\n");
        Files.writeString(traces.resolve("a"), "10\n20\r\n30\n");
        Files.writeString(traces.resolve(".hidden"), "not a trace\n");
        Files.createDirectory(traces.resolve("subdir"));
        TraceReplay replay = TraceReplay.readPlanetLab(traces);
        assertEquals(2, replay.traces());
        assertEquals(900, replay.lengthS(0));
        assertEquals(300, replay.lengthS(1));
        assertEquals(0.10, replay.share(0, 0), 1e-12);
        assertEquals(0.15, replay.share(0, 150), 1e-12, "linear between samples");
        assertEquals(0.20, replay.share(0, 300), 1e-12);
        assertEquals(0.30, replay.share(0, 600), 1e-12);
        assertEquals(0.20, replay.share(0, 750), 1e-12, "the last 300 s lead back to the first sample");
        assertEquals(0.10, replay.share(0, 900), 1e-12, "wraps");
        assertEquals(0.15, replay.share(0, 900 * 7 + 150), 1e-12, "wraps again and again");
        assertEquals(0.505, replay.share(1, 12_345), 1e-12);
        assertEquals(replay.share(0, 450), replay.share(2, 450), "VM 2 replays trace 0");
        assertEquals(1, replay.traceOf(3));
        double[] out = new double[4];
        replay.shares(150, out);
        assertEquals(0.15, out[2], 1e-12);
        assertEquals(0.505, out[3], 1e-12);
    }

    @Test
    void csvRowsInterpolatePerVmHoldAtTheEndsAndWrapAtTheLastTime() throws Exception {
        Path csv = write("t.csv", """
                time_s, vm, cpu
                0,0,10
                100,1,40
                100,0,30.0
                400,0,0
                200,1,60
                """);
        TraceReplay replay = TraceReplay.readCsv(csv);
        assertEquals(2, replay.traces());
        assertEquals(400, replay.lengthS(0));
        assertEquals(400, replay.lengthS(1));
        assertEquals(0.20, replay.share(0, 50), 1e-12);
        assertEquals(0.15, replay.share(0, 250), 1e-12);
        assertEquals(0.40, replay.share(1, 10), 1e-12, "before a VM's first row its first value holds");
        assertEquals(0.50, replay.share(1, 150), 1e-12);
        assertEquals(0.60, replay.share(1, 399), 1e-12, "after its last row its last value holds");
        assertEquals(0.20, replay.share(0, 450), 1e-12, "wraps at the largest time_s");
        assertEquals(0.40, replay.share(1, 400), 1e-12);
    }

    @Test
    void aCsvAtOneTimeIsConstant() throws Exception {
        TraceReplay replay = TraceReplay.readCsv(write("one.csv", "time_s,vm,cpu\n0,0,25\n"));
        assertEquals(0.25, replay.share(0, 0));
        assertEquals(0.25, replay.share(5, 1e6));
    }

    @Test
    void refusesTimesOutsideTheRun() throws Exception {
        TraceReplay replay = TraceReplay.readCsv(write("one.csv", "time_s,vm,cpu\n0,0,25\n"));
        assertThrows(IllegalArgumentException.class, () -> replay.share(0, -1));
        assertThrows(IllegalArgumentException.class, () -> replay.share(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> replay.share(-1, 0));
    }

    @Test
    void eachBadPlanetLabDirectoryGetsOneLineNamingFileAndLine() throws Exception {
        Path pl = dir.resolve("pl");
        assertPlanetLab(pl + ": no such directory", pl);
        Path file = write("file", "1\n");
        assertPlanetLab(file + ": not a directory (PlanetLab traces are a directory of one file per VM)", file);
        Files.createDirectory(pl);
        assertPlanetLab(pl + ": no trace files in the directory", pl);
        Files.writeString(pl.resolve("vm0"), "5\n");
        Files.writeString(pl.resolve("vm7.txt"), "");
        assertPlanetLab(pl.resolve("vm7.txt") + ":1: empty file: expected one CPU percentage per line", pl);
        Files.writeString(pl.resolve("vm7.txt"), "1\n2\nabc\n");
        assertPlanetLab(pl.resolve("vm7.txt") + ":3: not a percentage: 'abc'", pl);
        Files.writeString(pl.resolve("vm7.txt"), "1\n120\n");
        assertPlanetLab(pl.resolve("vm7.txt") + ":2: percentage out of [0, 100]: '120'", pl);
        Files.writeString(pl.resolve("vm7.txt"), "-1\n");
        assertPlanetLab(pl.resolve("vm7.txt") + ":1: percentage out of [0, 100]: '-1'", pl);
        Files.writeString(pl.resolve("vm7.txt"), "1\n\n3\n");
        assertPlanetLab(pl.resolve("vm7.txt") + ":2: empty line", pl);
        Files.writeString(pl.resolve("vm7.txt"), "NaN\n");
        assertPlanetLab(pl.resolve("vm7.txt") + ":1: not a percentage: 'NaN'", pl);
        Files.write(pl.resolve("vm7.txt"), new byte[] {'1', '\n', (byte) 0xff, '\n'});
        assertPlanetLab(pl.resolve("vm7.txt") + ": not UTF-8 text", pl);
    }

    @Test
    void eachBadCsvGetsOneLineNamingFileAndLine() throws Exception {
        Path csv = dir.resolve("t.csv");
        assertCsv(csv + ": no such file", csv);
        assertCsv(dir + ": is a directory, not a trace file", dir);
        assertCsv(csv + ":1: empty file: expected the header 'time_s,vm,cpu'", "");
        assertCsv(csv + ":1: header must be 'time_s,vm,cpu', got 'time,vm,cpu'", "time,vm,cpu\n0,0,1\n");
        assertCsv(csv + ":1: header must be 'time_s,vm,cpu', got '0,0,1'", "0,0,1\n");
        assertCsv(csv + ":2: no rows after the header", "time_s,vm,cpu\n");
        assertCsv(csv + ":3: expected 3 fields time_s,vm,cpu, got 2: '300,0'", "time_s,vm,cpu\n0,0,1\n300,0\n");
        assertCsv(csv + ":2: time_s: not a time in s >= 0: 'x'", "time_s,vm,cpu\nx,0,1\n");
        assertCsv(csv + ":2: time_s: not a time in s >= 0: '-5'", "time_s,vm,cpu\n-5,0,1\n");
        assertCsv(csv + ":2: vm: not a VM id (a whole number from 0): 'a'", "time_s,vm,cpu\n0,a,1\n");
        assertCsv(csv + ":2: vm: not a VM id (a whole number from 0): '-1'", "time_s,vm,cpu\n0,-1,1\n");
        assertCsv(csv + ":2: cpu: not a percentage: 'abc'", "time_s,vm,cpu\n0,0,abc\n");
        assertCsv(csv + ":2: cpu: not a percentage: ''", "time_s,vm,cpu\n0,0,\n");
        assertCsv(csv + ":2: cpu: percentage out of [0, 100]: '100.5'", "time_s,vm,cpu\n0,0,100.5\n");
        assertCsv(
                csv + ":4: time_s 300 of vm 0 is not after its previous row's 300",
                "time_s,vm,cpu\n0,0,1\n300,0,2\n300,0,3\n");
        assertCsv(csv + ": vm 1 has no rows (vm ids must run 0..2 without gaps)", "time_s,vm,cpu\n0,0,1\n0,2,3\n");
        assertCsv(csv + ":3: empty line", "time_s,vm,cpu\n0,0,1\n\n300,0,2\n");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertPlanetLab(String message, Path directory) {
        assertEquals(
                message,
                assertThrows(TraceFormatException.class, () -> TraceReplay.readPlanetLab(directory))
                        .getMessage());
    }

    private void assertCsv(String message, String text) throws IOException {
        assertCsv(message, write("t.csv", text));
    }

    private static void assertCsv(String message, Path file) {
        assertEquals(
                message,
                assertThrows(TraceFormatException.class, () -> TraceReplay.readCsv(file))
                        .getMessage());
    }
}
