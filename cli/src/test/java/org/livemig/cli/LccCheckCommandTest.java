package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.strategy.lcc.runtime.ConstraintRegistry;

/** {@code livemig lcc check} and {@code lcc constraints}: the same verdict as {@code run}, and a documented list. */
class LccCheckCommandTest {

    private static final String MODELS = "../strategies/src/test/resources/lcc/";

    @Test
    void modelsInThePublishedDialectCheck() {
        CommandRun r = CommandRun.of("lcc", "check", MODELS + "balance-arith.lcc", "../scenarios/lcc/balance.lcc");
        assertEquals(0, r.exit(), r.err());
        assertEquals(MODELS + "balance-arith.lcc: ok\n../scenarios/lcc/balance.lcc: ok\n", r.out());
    }

    @Test
    void everyUnknownConstraintIsReportedWithTheNearestProvidedOne() {
        String f = MODELS + "unknown-constraints.lcc";
        CommandRun r = CommandRun.of("lcc", "check", f, "--constraints", "livemig");
        assertEquals(2, r.exit(), r.out());
        assertEquals(
                List.of(
                        f + ":4:13: unknown constraint getPeerStat/1 (nearest: getPeerState/1)",
                        f + ":5:13: unknown constraint _findPeer/2 (nearest: _findPeers/2)",
                        f + ":5:36: unknown constraint isOverloaded/0 (nearest: isOverLoaded/0)"),
                r.err().lines().toList());
        assertEquals(
                0, CommandRun.of("lcc", "check", f, "--constraints", "none").exit());
        CommandRun bad = CommandRun.of("lcc", "check", f, "--constraints", "lij");
        assertEquals(2, bad.exit());
        assertEquals(
                "livemig: --constraints: unknown constraint set 'lij' (known: livemig, none)",
                bad.err().strip());
    }

    @Test
    void aModelLccCheckRefusesRunRefusesWithTheSameLine(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("typo.lcc");
        Files.writeString(model, "a(idle, P) ::\n  null <- getPeerStat(S) then a(idle, P)\n");
        Path scenario = dir.resolve("typo.yaml");
        Files.writeString(
                scenario, "preset: lcc\nstrategy: lcc-balance\nduration_s: 100\nlcc:\n  model_file: typo.lcc\n");
        CommandRun check = CommandRun.of("lcc", "check", model.toString());
        CommandRun run = CommandRun.of(
                "run", scenario.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(2, check.exit());
        assertEquals(2, run.exit(), run.err());
        String line = model + ":2:11: unknown constraint getPeerStat/1 (nearest: getPeerState/1)";
        assertEquals(line, check.err().strip());
        assertEquals("livemig: " + line, run.err().strip());
    }

    @Test
    void constraintsListsWhatAPeerProvidesAndTheUserDocumentationListsItToo() throws Exception {
        CommandRun r = CommandRun.of("lcc", "constraints");
        assertEquals(0, r.exit(), r.err());
        String doc = Files.readString(Path.of("../docs/LCC.md"));
        List<ConstraintRegistry.Provided> provided =
                ConstraintRegistry.standard().provided();
        assertEquals(provided.size(), r.out().lines().count());
        for (ConstraintRegistry.Provided p : provided) {
            assertTrue(r.out().contains(p.indicator() + "\t" + p.meaning() + "\n"), p.indicator());
            assertTrue(doc.contains("`" + p.indicator() + "`"), "docs/LCC.md lacks " + p.indicator());
        }
    }
}
