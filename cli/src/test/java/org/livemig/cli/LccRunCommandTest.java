package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code livemig run} of scenarios naming an {@code .lcc} model file next to them. */
class LccRunCommandTest {

    @Test
    void aSyntaxErrorInTheScenariosModelExitsTwoWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("bad.lcc");
        Files.writeString(model, "a(idle, P) ::\n  null <- getPeerState(S) then then\n");
        Path scenario = dir.resolve("bad.yaml");
        Files.writeString(
                scenario, "preset: lcc\nstrategy: lcc-balance\nduration_s: 100\nlcc:\n  model_file: bad.lcc\n");
        CommandRun r = CommandRun.of(
                "run", scenario.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(2, r.exit(), r.err());
        assertEquals(
                "livemig: " + model
                        + ":2:32: expected a message, 'null', a role 'a(Role, Id)' or '(', found keyword 'then'",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theSeedScenarioRunsFromItsLccTextAndReportsEnergy(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CommandRun r = CommandRun.of(
                "run",
                "../scenarios/lcc/consolidate.yaml",
                "--out",
                out.toString(),
                "--quiet",
                "--set",
                "duration_s=600");
        assertEquals(0, r.exit(), r.err());
        JsonNode summary =
                new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("lcc-consolidate", summary.get("strategy").asText());
        assertTrue(summary.get("energy_kwh").asDouble() > 0, summary.toString());
        assertTrue(summary.get("mean_active_pms").asDouble() <= 15, summary.toString());
        assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("consolidate.lcc"));
    }
}
