package org.livemig.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreCopyMigrationCostTest {

    private static final double EPS = 1e-9;
    private static final PreCopyMigrationCost GEOMETRIC = new PreCopyMigrationCost(PreCopyParameters.geometric());

    @Test
    void specCheckValuesOfTheGeometricModel() {
        MigrationCostEstimate e = GEOMETRIC.estimate(256, 12.5, 2);
        assertRounds(List.of(256.0, 40.96, 6.5536, 1.048576, 0.16777216), e);
        assertEquals(304.72994816, e.migratedMb(), EPS);
        assertEquals(24.3783958528, e.migrationTimeS(), EPS);
        assertEquals(0.0334217728, e.downtimeS(), EPS);
        assertEquals(4, e.preCopyRounds());
        assertEquals(0.16777216, e.stopAndCopyMb(), EPS);
    }

    @Test
    void writableWorkingSetIsHeldBackForTheLastRound() {
        // gamma = 0.5: each round sends half of what was dirtied; the last round sends all of it
        PreCopyMigrationCost half = new PreCopyMigrationCost(new PreCopyParameters(0, 0, 0.5, 0.25, 0.020, 29));
        MigrationCostEstimate e = half.estimate(256, 12.5, 2);
        assertRounds(List.of(256.0, 20.48, 1.6384, 0.262144), e);
        assertEquals(0.262144 / 12.5 + 0.020, e.downtimeS(), EPS);
    }

    @Test
    void gammaIsClampedToOne() {
        // gamma = 5 clamps to 1: nothing is pre-copied after V_0, everything dirty waits for the last round
        PreCopyMigrationCost all = new PreCopyMigrationCost(new PreCopyParameters(0, 0, 5, 0.25, 0.020, 29));
        assertRounds(List.of(256.0, 40.96), all.estimate(256, 12.5, 2));
    }

    @Test
    void gammaIsClampedToZero() {
        PreCopyMigrationCost none = new PreCopyMigrationCost(new PreCopyParameters(0, 0, -3, 0.25, 0.020, 29));
        assertRounds(GEOMETRIC.estimate(256, 12.5, 2).roundsMb(), none.estimate(256, 12.5, 2));
    }

    @Test
    void noDirtyingGivesOnePreCopyRoundAndAnEmptyStopAndCopy() {
        MigrationCostEstimate e = new PreCopyMigrationCost(PreCopyParameters.DEFAULT).estimate(1024, 100, 0);
        assertRounds(List.of(1024.0, 0.0), e);
        assertEquals(1, e.preCopyRounds());
        assertEquals(1024, e.migratedMb(), EPS);
        assertEquals(10.24, e.migrationTimeS(), EPS);
        assertEquals(0.020, e.downtimeS(), EPS);
    }

    @Test
    void dirtyRateEqualToRateStopsAfterTheFirstRound() {
        MigrationCostEstimate e = GEOMETRIC.estimate(256, 12.5, 12.5);
        assertRounds(List.of(256.0, 256.0), e);
        assertEquals(512, e.migratedMb(), EPS);
        assertEquals(40.96, e.migrationTimeS(), EPS);
        assertEquals(20.48 + 0.020, e.downtimeS(), EPS);
    }

    @Test
    void dirtyRateEqualToRateStopsEvenWhenTheRoundRoundsDown() {
        // 256 / 49 * 49 is just below 256 in binary floating point; the round still does not shrink
        assertTrue(256.0 / 49 * 49 < 256);
        assertRounds(List.of(256.0, 256.0), GEOMETRIC.estimate(256, 49, 49));
    }

    @Test
    void dirtyRateJustBelowRateRunsToTheRoundLimit() {
        assertEquals(30, GEOMETRIC.estimate(256, 49, Math.nextDown(49.0)).preCopyRounds());
    }

    @Test
    void dirtyRateAboveRateStopsAfterTheFirstRound() {
        MigrationCostEstimate e = GEOMETRIC.estimate(256, 10, 20);
        assertRounds(List.of(256.0, 512.0), e);
        assertEquals(76.8, e.migrationTimeS(), EPS);
    }

    @Test
    void memoryAtOrBelowThresholdSkipsPreCopy() {
        for (double memory : new double[] {0, 0.1, 0.25}) {
            MigrationCostEstimate e = GEOMETRIC.estimate(memory, 12.5, 2);
            assertRounds(List.of(memory), e);
            assertEquals(0, e.preCopyRounds());
            assertEquals(memory, e.migratedMb(), EPS);
            assertEquals(memory / 12.5, e.migrationTimeS(), EPS);
            assertEquals(memory / 12.5 + 0.020, e.downtimeS(), EPS);
        }
    }

    @Test
    void roundLimitEndsPreCopyAndSendsWhatIsDirty() {
        PreCopyMigrationCost two = new PreCopyMigrationCost(new PreCopyParameters(0, 0, 0, 0.25, 0.020, 2));
        assertRounds(List.of(256.0, 40.96, 6.5536, 1.048576), two.estimate(256, 12.5, 2));
        PreCopyMigrationCost zero = new PreCopyMigrationCost(new PreCopyParameters(0, 0, 0, 0.25, 0.020, 0));
        assertRounds(List.of(256.0, 40.96), zero.estimate(256, 12.5, 2));
    }

    @Test
    void defaultRoundLimitAllowsThirtyPreCopyRounds() {
        // D just below R barely shrinks the rounds, so only max_rounds = 29 (i = 0 .. 29) stops pre-copy
        MigrationCostEstimate e = GEOMETRIC.estimate(256, 12.5, 12.4);
        assertEquals(30, e.preCopyRounds());
        double lastPreCopy = e.roundsMb().get(29);
        assertEquals(lastPreCopy * 12.4 / 12.5, e.stopAndCopyMb(), EPS);
    }

    @Test
    void defaultParametersGiveSaneResults() {
        PreCopyMigrationCost model = new PreCopyMigrationCost(PreCopyParameters.DEFAULT);
        MigrationCostEstimate e = model.estimate(1024, 100, 20);
        assertTrue(e.preCopyRounds() >= 2 && e.preCopyRounds() <= 30, e.toString());
        assertTrue(e.migratedMb() >= 1024 && e.migratedMb() < 1024 * 1.5, e.toString());
        assertEquals(e.migratedMb() / 100, e.migrationTimeS(), EPS);
        assertTrue(e.downtimeS() >= 0.020 && e.downtimeS() < 0.1, e.toString());
        double sum = e.roundsMb().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(sum, e.migratedMb(), EPS);
        // the DaCapo gamma holds pages back, so the SPEC case sends less than the geometric model
        assertTrue(model.estimate(256, 12.5, 2).migratedMb()
                < GEOMETRIC.estimate(256, 12.5, 2).migratedMb());
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertRejected("memoryMb", () -> GEOMETRIC.estimate(-1, 12.5, 2));
        assertRejected("memoryMb", () -> GEOMETRIC.estimate(Double.NaN, 12.5, 2));
        assertRejected("memoryMb", () -> GEOMETRIC.estimate(Double.POSITIVE_INFINITY, 12.5, 2));
        assertRejected("rateMbps", () -> GEOMETRIC.estimate(256, 0, 2));
        assertRejected("rateMbps", () -> GEOMETRIC.estimate(256, -3, 2));
        assertRejected("rateMbps", () -> GEOMETRIC.estimate(256, Double.NaN, 2));
        assertRejected("dirtyRateMbps", () -> GEOMETRIC.estimate(256, 12.5, -0.5));
        assertRejected("dirtyRateMbps", () -> GEOMETRIC.estimate(256, 12.5, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new PreCopyMigrationCost(null));
    }

    @Test
    void rejectsOverflowInsteadOfReturningInfinity() {
        assertRejected("memoryMb", () -> GEOMETRIC.estimate(1e308, 1e-10, 0));
    }

    @Test
    void estimateRoundsAreUnmodifiable() {
        MigrationCostEstimate e = GEOMETRIC.estimate(256, 12.5, 2);
        assertThrows(UnsupportedOperationException.class, () -> e.roundsMb().add(1.0));
    }

    private static void assertRounds(List<Double> expected, MigrationCostEstimate e) {
        assertEquals(expected.size(), e.roundsMb().size(), () -> "rounds " + e.roundsMb());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), e.roundsMb().get(i), EPS, "round " + i + " of " + e.roundsMb());
        }
    }

    private static void assertRejected(String name, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
    }
}
