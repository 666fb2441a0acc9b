package org.livemig.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, item 5: livemig's {@code central-threshold} against CloudSim Plus 8.5.7's
 * VmAllocationPolicyMigrationBestFitStaticThreshold + VmSelectionPolicyMinimumMigrationTime on one scenario (20
 * hosts x 2 PEs, 50 one-PE VMs, threshold 0.7, 300 s interval, 6000 s, the same walk paths and placement).
 * Tolerance: migrations within 25 % of the larger count, SLATAH within 0.01 (docs/RESULTS.md, "Cross-check
 * against CloudSim Plus", gives the numbers and why they differ). Two defects of CloudSim Plus 8.5.7 are
 * corrected on its side ({@link CloudSimSetting#placeByCurrentDemand()}); without them it barely migrates.
 */
class CentralThresholdCrossCheckTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void migrationsAndSlatahAgreeWithCloudSimPlus(long seed, @TempDir Path dir) throws Exception {
        CrossCheckOutcome o = CrossCheckOutcome.of(new CrossCheckSetting(20, 2, 50, 0.7, 300, 6000, seed, true), dir);
        long most = Math.max(o.livemigMigrations(), o.cloudSimMigrations());
        assertTrue(o.livemigMigrations() > 20 && o.cloudSimMigrations() > 20, "both must migrate: " + o);
        assertTrue(Math.abs(o.livemigMigrations() - o.cloudSimMigrations()) <= 0.25 * most, "migrations: " + o);
        assertTrue(Math.abs(o.livemigSlatah() - o.cloudSimSlatah()) <= 0.01, "SLATAH: " + o);
        assertTrue(o.livemigSlatah() > 0 && o.cloudSimSlatah() > 0, "SLATAH must be measured on both: " + o);
    }

    @org.junit.jupiter.api.Test
    void stockCloudSimPlusBarelyMigratesOnTheSameScenario(@TempDir Path dir) throws Exception {
        CrossCheckOutcome o = CrossCheckOutcome.of(new CrossCheckSetting(20, 2, 50, 0.7, 300, 6000, 1, false), dir);
        assertTrue(o.cloudSimMigrations() * 4 < o.livemigMigrations(), "the defects no longer show: " + o);
    }
}
