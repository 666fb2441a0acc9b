package org.livemig.strategy.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.cost.PreCopyParameters;

/** The worked examples of thesis Figures 3.2 and 3.3: two single-core PMs, thresholds 0.7 and 0.3. */
class ThesisCandidateExamplesTest {

    private static final VmInfo VM_02 = vm(1, 0.2);
    private static final VmInfo VM_03 = vm(2, 0.3);
    private static final VmInfo VM_04 = vm(3, 0.4);

    private static VmInfo vm(int id, double load) {
        return new VmInfo(id, 1, load, load, 256, 2);
    }

    private static PmInfo pm(int id, double load) {
        return new PmInfo(id, 1, load, load, 2048, 512, 0, 0);
    }

    @Test
    void figure32aPushSucceedsEveryVmIsACandidate() {
        PmInfo pm2 = pm(2, 0.2);
        for (VmInfo vm : List.of(VM_02, VM_03, VM_04)) {
            assertTrue(CandidateRules.keepsDestinationCool(pm2, vm, 0.7), "PM2 after taking " + vm.load());
        }
    }

    @Test
    void figure32aPushMovesAVmThatBalancesBestAndLeavesNoHotspot() {
        MigrationChoice choice = new MigrationChoice(new PreCopyMigrationCost(PreCopyParameters.DEFAULT), 12.5, 0);
        MigrationChoice.Ranking ranking = choice.rank(
                List.of(pm(1, 0.9), pm(2, 0.2)),
                List.of(
                        new MigrationChoice.Move(VM_02, 1, 2),
                        new MigrationChoice.Move(VM_03, 1, 2),
                        new MigrationChoice.Move(VM_04, 1, 2)));
        assertEquals(3, ranking.pairs().size(), "all three moves improve the balance");
        double moved = ranking.best().vm().load();
        assertTrue(moved == 0.3 || moved == 0.4, "0.5/0.6 split is the most even, got " + moved);
        assertTrue(0.9 - moved < 0.7 && 0.2 + moved < 0.7);
        assertEquals(0.2, ranking.pairs().get(2).vm().load(), "the 0.2 VM balances worst");
    }

    @Test
    void figure32bPushFailsNoVmFitsUnderTheThreshold() {
        PmInfo pm2 = pm(2, 0.5);
        for (VmInfo vm : List.of(VM_02, VM_03, VM_04)) {
            assertFalse(CandidateRules.keepsDestinationCool(pm2, vm, 0.7), "PM2 after taking " + vm.load());
        }
    }

    @Test
    void figure33aPullSucceedsEveryVmKeepsTheSourceAboveThePullThreshold() {
        PmInfo pm1 = pm(1, 0.9);
        for (VmInfo vm : List.of(VM_02, VM_03, VM_04)) {
            assertTrue(CandidateRules.keepsSourceWarm(pm1, vm, 0.3), "PM1 after giving " + vm.load());
        }
    }

    @Test
    void figure33bPullFailsEveryMoveWouldMakeANewColdspot() {
        PmInfo pm1 = pm(1, 0.5);
        for (VmInfo vm : List.of(VM_02, VM_03)) {
            assertFalse(CandidateRules.keepsSourceWarm(pm1, vm, 0.3), "PM1 after giving " + vm.load());
        }
    }

    @Test
    void aMoveThatDoesNotImproveTheBalanceIsNeverChosen() {
        MigrationChoice choice = new MigrationChoice(new PreCopyMigrationCost(PreCopyParameters.DEFAULT), 12.5, 0);
        MigrationChoice.Ranking ranking =
                choice.rank(List.of(pm(1, 0.5), pm(2, 0.5)), List.of(new MigrationChoice.Move(VM_02, 1, 2)));
        assertTrue(ranking.isEmpty());
        assertEquals(1.0, ranking.currentEntropy(), 1e-12);
    }

    @Test
    void requiredImprovementRejectsSmallGains() {
        MigrationChoice strict = new MigrationChoice(new PreCopyMigrationCost(PreCopyParameters.DEFAULT), 12.5, 50);
        MigrationChoice.Ranking ranking =
                strict.rank(List.of(pm(1, 0.9), pm(2, 0.2)), List.of(new MigrationChoice.Move(VM_02, 1, 2)));
        assertTrue(ranking.isEmpty(), "E 0.68 -> 0.95 is less than 50 % better");
    }

    @Test
    void pairsCostlierThanTheMeanAreDropped() {
        VmInfo big = new VmInfo(9, 1, 0.35, 0.35, 4096, 2);
        MigrationChoice choice = new MigrationChoice(new PreCopyMigrationCost(PreCopyParameters.DEFAULT), 12.5, 0);
        MigrationChoice.Ranking ranking = choice.rank(
                List.of(pm(1, 0.9), pm(2, 0.2)),
                List.of(new MigrationChoice.Move(VM_03, 1, 2), new MigrationChoice.Move(big, 1, 2)));
        assertEquals(
                List.of(VM_03), ranking.pairs().stream().map(CandidatePair::vm).toList());
    }
}
