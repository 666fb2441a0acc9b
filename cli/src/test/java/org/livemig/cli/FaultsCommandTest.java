package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsCommandTest {

    @Test
    void aSmallCampaignReportsRunsFaultsAndNoViolation(@TempDir Path dir) throws Exception {
        CommandRun r = CommandRun.of("faults", "--runs", "40", "--jobs", "2", "--out", dir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("40 runs (seeds 1..40)"), r.out());
        assertTrue(r.out().contains(": 0 violations"), r.out());
        assertTrue(r.out().contains("agent_crashes"), r.out());
        assertEquals(41, Files.readAllLines(dir.resolve("campaign.csv")).size(), "a header and a row per run");
    }

    @Test
    void badRunCountsAreRefused() {
        CommandRun r = CommandRun.of("faults", "--runs", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--runs"), r.err());
    }
}
