package org.livemig.results.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.ResultFormatException;
import org.livemig.results.RunSummary;

class SummaryJsonTest {
    @TempDir
    Path tmp;

    private static RunSummary summary() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("load", "high");
        extra.put("variable_thresholds", true);
        extra.put("failed_migrations", 3);
        extra.put("thresholds", List.of(0.7, 0.3));
        return new RunSummary(
                "sim-normal-high",
                "hybrid",
                "xen",
                12345678901L,
                19,
                50,
                20000.0,
                812,
                97,
                0.912345,
                0.95,
                new OverheadStatistics(86.5, 0.0, 12.25, 8.0, 20.125),
                1_234_567,
                3.5,
                extra);
    }

    @Test
    void everySpecKeyIsPresentWithTheRightType() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SummaryJson.toJson(summary()));
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "scenario",
                        "strategy",
                        "hypervisor",
                        "seed",
                        "pms",
                        "vms",
                        "sim_time_s",
                        "attempts",
                        "migrations",
                        "mean_system_performance",
                        "final_system_performance",
                        "overhead_kbps",
                        "events",
                        "wall_s",
                        "load",
                        "variable_thresholds",
                        "failed_migrations",
                        "thresholds"),
                keys);
        assertEquals("sim-normal-high", root.get("scenario").textValue());
        assertEquals("hybrid", root.get("strategy").textValue());
        assertEquals("xen", root.get("hypervisor").textValue());
        assertEquals(12345678901L, root.get("seed").longValue());
        assertEquals(19, root.get("pms").intValue());
        assertEquals(50, root.get("vms").intValue());
        assertEquals(20000.0, root.get("sim_time_s").doubleValue());
        assertEquals(812, root.get("attempts").longValue());
        assertEquals(97, root.get("migrations").longValue());
        assertEquals(0.912345, root.get("mean_system_performance").doubleValue());
        assertEquals(0.95, root.get("final_system_performance").doubleValue());
        assertEquals(1_234_567, root.get("events").longValue());
        assertEquals(3.5, root.get("wall_s").doubleValue());
        JsonNode overhead = root.get("overhead_kbps");
        List<String> overheadKeys = new ArrayList<>();
        overhead.fieldNames().forEachRemaining(overheadKeys::add);
        assertEquals(List.of("max", "min", "mean", "median", "std"), overheadKeys);
        assertEquals(86.5, overhead.get("max").doubleValue());
        assertEquals(20.125, overhead.get("std").doubleValue());
        assertEquals(true, root.get("variable_thresholds").booleanValue());
    }

    @Test
    void textIsPrettyPrintedWithUnixLineEnds() {
        String json = SummaryJson.toJson(summary());
        assertTrue(json.startsWith("{\n  \"scenario\" : \"sim-normal-high\",\n"), json);
        assertTrue(json.endsWith("}\n"));
        assertTrue(!json.contains("\r"));
    }

    @Test
    void writeThenReadGivesTheSameSummary() throws Exception {
        Path file = tmp.resolve("summary.json");
        SummaryJson.write(file, summary());
        assertEquals(summary(), SummaryJson.read(file));
    }

    private String errorOf(String json) throws IOException {
        Path file = Files.writeString(tmp.resolve("summary.json"), json);
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> SummaryJson.read(file));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void malformedSummariesNameTheKeyAndLine() throws IOException {
        String good = SummaryJson.toJson(summary());
        assertEquals(": key 'wall_s' is missing", errorOf(good.replace("\"wall_s\"", "\"wall\"")));
        assertEquals(
                ":5: key 'seed' must be an integer, found \"many\"", errorOf(good.replace("12345678901", "\"many\"")));
        assertEquals(":7: key 'vms' must be an integer, found 50.5", errorOf(good.replace("50,", "50.5,")));
        assertEquals(":13: key 'overhead_kbps.median' is missing", errorOf(good.replace("\"median\"", "\"med\"")));
        assertEquals(":1: file is empty, expected a JSON object", errorOf(""));
        assertEquals(":1: expected a JSON object, found START_ARRAY", errorOf("[1, 2]"));
        assertTrue(errorOf("{\n\"scenario\": \"x\",\n\"strategy\" \"push\"}").startsWith(":3: not valid JSON"));
        assertTrue(errorOf(good.replace("\"pms\" : 19,", "\"pms\" : 19, \"pms\" : 20,"))
                .endsWith("key 'pms' appears twice"));
    }

    @Test
    void missingFileIsReported() {
        Path file = tmp.resolve("summary.json");
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> SummaryJson.read(file));
        assertEquals(file + ": file is missing", e.getMessage());
    }
}
