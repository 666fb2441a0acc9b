package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code livemig run} with {@code workload.model=trace}: the shipped sample runs, a malformed trace is bad input. */
class TraceRunCommandTest {

    @Test
    void theShippedPlanetLabSampleDrivesARun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CommandRun r = CommandRun.of(
                "run",
                "default",
                "--out",
                out.toString(),
                "--quiet",
                "--set",
                "duration_s=2000",
                "--set",
                "workload.model=trace",
                "--set",
                "workload.trace_dir=../scenarios/traces/planetlab-sample");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("planetlab-sample"));
    }

    @Test
    void aMalformedTraceExitsTwoNamingFileAndLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path traces = Files.createDirectory(dir.resolve("traces"));
        Files.writeString(traces.resolve("vm00"), "10\n20\nabc\n");
        CommandRun r = CommandRun.of(
                "run",
                "default",
                "--out",
                dir.resolve("out").toString(),
                "--quiet",
                "--set",
                "workload.model=trace",
                "--set",
                "workload.trace_dir=" + traces);
        assertEquals(2, r.exit(), r.err());
        assertEquals(
                "livemig: " + traces.resolve("vm00") + ":3: not a percentage: 'abc'",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
