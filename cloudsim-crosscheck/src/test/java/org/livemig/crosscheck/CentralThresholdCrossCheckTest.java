package org.livemig.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 5: livemig's {@code central-threshold} against CloudSim Plus 8.5.7's
 * VmAllocationPolicyMigrationBestFitStaticThreshold + VmSelectionPolicyMinimumMigrationTime on one scenario (20
 * hosts x 2 PEs, 50 one-PE VMs, threshold 0.7, 300 s interval, 6000 s, the same walk paths and placement), over
 * ten seeds. One seed's counts move by a quarter with the order in which CloudSim Plus happens to start its
 * migrations, so the claim is on the means: migrations within 15 %, SLATAH within 0.01, and livemig's SLATAH the
 * higher (its manager decides on reports up to one interval old). docs/RESULTS.md, "Cross-check against
 * CloudSim Plus", gives the numbers and why they differ. Two defects of CloudSim Plus 8.5.7 are corrected on its
 * side ({@link CloudSimSetting#placeByCurrentDemand()}); without them it barely migrates.
 */
class CentralThresholdCrossCheckTest {

    private static final int SEEDS = 10;

    @Test
    void meanMigrationsAndSlatahAgreeWithCloudSimPlusOverTenSeeds(@TempDir Path dir) throws Exception {
        List<CrossCheckOutcome> outcomes = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            CrossCheckOutcome o = CrossCheckOutcome.of(setting(seed, true), dir);
            assertTrue(o.livemigMigrations() > 20 && o.cloudSimMigrations() > 20, "both must migrate: " + o);
            assertTrue(o.livemigSlatah() > 0 && o.cloudSimSlatah() > 0, "SLATAH must be measured on both: " + o);
            outcomes.add(o);
        }
        double livemigMigrations = mean(outcomes, CrossCheckOutcome::livemigMigrations);
        double cloudSimMigrations = mean(outcomes, CrossCheckOutcome::cloudSimMigrations);
        double livemigSlatah = mean(outcomes, CrossCheckOutcome::livemigSlatah);
        double cloudSimSlatah = mean(outcomes, CrossCheckOutcome::cloudSimSlatah);
        String means = "means: livemig " + livemigMigrations + " migrations, SLATAH " + livemigSlatah + " | cloudsim "
                + cloudSimMigrations + " migrations, SLATAH " + cloudSimSlatah + "; " + outcomes;
        assertTrue(
                Math.abs(livemigMigrations - cloudSimMigrations)
                        <= 0.15 * Math.max(livemigMigrations, cloudSimMigrations),
                means);
        assertTrue(Math.abs(livemigSlatah - cloudSimSlatah) <= 0.01, means);
        assertTrue(livemigSlatah > cloudSimSlatah, "livemig decides on older reports: " + means);
    }

    @Test
    void cloudSimPlusSideIsRepeatable(@TempDir Path dir) throws Exception {
        // CloudSim Plus hashes hosts and VMs with their simulation's identity hash unless the harness fixes it;
        // two runs in one JVM then started their migrations in different orders and disagreed
        CrossCheckOutcome first = CrossCheckOutcome.of(setting(3, true), dir);
        CrossCheckOutcome second = CrossCheckOutcome.of(setting(3, true), dir);
        assertEquals(first, second);
    }

    @Test
    void stockCloudSimPlusBarelyMigratesOnTheSameScenario(@TempDir Path dir) throws Exception {
        CrossCheckOutcome o = CrossCheckOutcome.of(setting(1, false), dir);
        assertTrue(o.cloudSimMigrations() * 4 < o.livemigMigrations(), "the defects no longer show: " + o);
    }

    private static CrossCheckSetting setting(long seed, boolean placeByCurrentDemand) {
        return new CrossCheckSetting(20, 2, 50, 0.7, 300, 6000, seed, placeByCurrentDemand);
    }

    private static double mean(List<CrossCheckOutcome> outcomes, ToDoubleFunction<CrossCheckOutcome> value) {
        return outcomes.stream().mapToDouble(value).average().orElseThrow();
    }
}
