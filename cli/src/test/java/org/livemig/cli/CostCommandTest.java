package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCommandTest {

    private static final double EPS = 1e-9;

    @Test
    void jsonHasTheSpecCheckValues() throws Exception {
        CommandRun r = CommandRun.of(
                "cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--a", "0", "--b", "0", "--c", "0",
                "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<Double> expected = List.of(256.0, 40.96, 6.5536, 1.048576, 0.16777216);
        assertEquals(expected.size(), json.get("rounds").size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), json.get("rounds").get(i).asDouble(), EPS);
        }
        assertEquals(304.72994816, json.get("v_mig_mb").asDouble(), EPS);
        assertEquals(24.3783958528, json.get("t_mig_s").asDouble(), EPS);
        assertEquals(0.0334217728, json.get("t_down_s").asDouble(), EPS);
        assertEquals(0.512 * 304.72994816 + 20.165, json.get("energy_j").asDouble(), EPS);
        assertEquals(1, r.out().strip().lines().count());
    }

    @Test
    void plainOutputListsRoundsAndTotals() {
        CommandRun r = CommandRun.of(
                "cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--a", "0", "--b", "0", "--c", "0");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + 5 + 4, lines.size(), r.out());
        assertTrue(lines.get(1).matches("0\\s+256\\.000000"), lines.get(1));
        assertTrue(lines.get(5).matches("4\\s+0\\.167772\\s+stop-and-copy"), lines.get(5));
        assertTrue(r.out().contains("304.729948 MB"), r.out());
        assertTrue(r.out().contains("24.378396 s"), r.out());
        assertTrue(r.out().contains("0.033422 s"), r.out());
        assertTrue(r.out().contains("176.186733 J"), r.out());
    }

    @Test
    void defaultParametersAreUsedWhenNotGiven() throws Exception {
        CommandRun r = CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("v_mig_mb").asDouble() < 304.72994816); // the DaCapo gamma holds pages back
        assertTrue(json.get("t_down_s").asDouble() >= 0.020);
    }

    @Test
    void optionalParametersAreApplied() throws Exception {
        CommandRun r = CommandRun.of(
                "cost",
                "--vmem",
                "256",
                "--rate",
                "12.5",
                "--dirty",
                "2",
                "--a",
                "0",
                "--b",
                "0",
                "--c",
                "0",
                "--vthd",
                "2",
                "--t-resume",
                "0",
                "--max-rounds",
                "5",
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4, json.get("rounds").size()); // 1.048576 <= 2 ends pre-copy one round earlier
        assertEquals(1.048576 / 12.5, json.get("t_down_s").asDouble(), EPS);
    }

    @Test
    void missingVmemExitsTwoWithOneLine() {
        assertBadInput(CommandRun.of("cost", "--rate", "12.5", "--dirty", "2"), "--vmem");
    }

    @Test
    void zeroRateExitsTwoWithOneLine() {
        CommandRun r = CommandRun.of("cost", "--vmem", "256", "--rate", "0", "--dirty", "2");
        assertBadInput(r, "--rate");
        assertEquals("livemig: --rate must be > 0 (got 0)", r.err().strip());
    }

    @Test
    void negativeDirtyRateExitsTwoWithOneLine() {
        CommandRun r = CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "-1.5");
        assertBadInput(r, "--dirty");
        assertEquals("livemig: --dirty must be >= 0 (got -1.5)", r.err().strip());
    }

    @Test
    void nonNumericVmemExitsTwoWithOneLine() {
        CommandRun r = CommandRun.of("cost", "--vmem", "lots", "--rate", "12.5", "--dirty", "2");
        assertBadInput(r, "--vmem");
        assertTrue(r.err().contains("lots"), r.err());
    }

    @Test
    void nonFiniteAndNegativeParametersExitTwo() {
        assertBadInput(CommandRun.of("cost", "--vmem", "NaN", "--rate", "12.5", "--dirty", "2"), "--vmem");
        assertBadInput(CommandRun.of("cost", "--vmem", "256", "--rate", "Infinity", "--dirty", "2"), "--rate");
        assertBadInput(CommandRun.of("cost", "--vmem", "-1", "--rate", "12.5", "--dirty", "2"), "--vmem");
        assertBadInput(
                CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--vthd", "-1"), "--vthd");
        assertBadInput(
                CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--t-resume", "-1"),
                "--t-resume");
        assertBadInput(
                CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--max-rounds", "-1"),
                "--max-rounds");
        assertBadInput(
                CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--max-rounds", "x"),
                "--max-rounds");
        assertBadInput(CommandRun.of("cost", "--vmem", "256", "--rate", "12.5", "--dirty", "2", "--a", "NaN"), "--a");
    }

    @Test
    void overflowExitsTwo() {
        assertBadInput(CommandRun.of("cost", "--vmem", "1e308", "--rate", "1e-10", "--dirty", "0"), "--vmem");
    }

    private static void assertBadInput(CommandRun r, String option) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("livemig: "), lines.get(0));
        assertTrue(lines.get(0).contains(option), lines.get(0));
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
