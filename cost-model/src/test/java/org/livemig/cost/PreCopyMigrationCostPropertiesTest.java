package org.livemig.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of the cost model over random VMs, links and parameters. */
class PreCopyMigrationCostPropertiesTest {

    /** Any valid parameters, including gamma coefficients far from the DaCapo fit. */
    @Provide
    Arbitrary<PreCopyParameters> anyParameters() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-1, 1),
                        Arbitraries.doubles().between(-1, 1),
                        Arbitraries.doubles().between(-1, 2),
                        Arbitraries.doubles().between(0, 4),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 40))
                .as(PreCopyParameters::new);
    }

    /** Geometric models (gamma = 0) with random threshold, resume time and round limit. */
    @Provide
    Arbitrary<PreCopyParameters> geometricParameters() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0, 4),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 40))
                .as((threshold, resume, rounds) -> new PreCopyParameters(0, 0, 0, threshold, resume, rounds));
    }

    @Property
    void sendsAtLeastTheMemory(
            @ForAll("anyParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 0, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 0, max = 2000) double dirty) {
        assertTrue(new PreCopyMigrationCost(p).estimate(memory, rate, dirty).migratedMb() >= memory);
    }

    @Property
    void everythingIsFiniteNonNegativeAndConsistent(
            @ForAll("anyParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 0, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 0, max = 2000) double dirty) {
        MigrationCostEstimate e = new PreCopyMigrationCost(p).estimate(memory, rate, dirty);
        double sum = 0;
        for (double v : e.roundsMb()) {
            assertTrue(Double.isFinite(v) && v >= 0, () -> "round " + v + " in " + e);
            sum += v;
        }
        for (double v : new double[] {e.migratedMb(), e.migrationTimeS(), e.downtimeS()}) {
            assertTrue(Double.isFinite(v) && v >= 0, e::toString);
        }
        assertEquals(sum, e.migratedMb(), 1e-9 * (1 + sum));
        assertEquals(e.migratedMb() / rate, e.migrationTimeS(), 1e-9 * (1 + e.migrationTimeS()));
        assertEquals(e.stopAndCopyMb() / rate + p.resumeS(), e.downtimeS(), 1e-9 * (1 + e.downtimeS()));
        assertTrue(e.preCopyRounds() <= p.maxRounds() + 1, e::toString);
    }

    @Property
    void preCopyRoundsShrinkAndStartWithTheWholeMemory(
            @ForAll("anyParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 0, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 0, max = 2000) double dirty) {
        MigrationCostEstimate e = new PreCopyMigrationCost(p).estimate(memory, rate, dirty);
        assertEquals(memory, e.roundsMb().get(0));
        for (int i = 1; i < e.preCopyRounds(); i++) {
            // shrinks, up to rounding when D * (1 - gamma) is within ulps of R
            assertTrue(e.roundsMb().get(i) <= e.roundsMb().get(i - 1) * (1 + 1e-12), e::toString);
            assertTrue(e.roundsMb().get(i) > p.thresholdMb(), e::toString);
        }
    }

    @Property
    void noDirtyingGivesOnePreCopyRound(
            @ForAll("anyParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 4.01, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate) {
        MigrationCostEstimate e = new PreCopyMigrationCost(p).estimate(memory, rate, 0);
        assertEquals(List.of(memory, 0.0), e.roundsMb());
        assertEquals(p.resumeS(), e.downtimeS(), 1e-12);
    }

    @Property
    void memoryAtOrBelowThresholdIsOnlyStopAndCopy(
            @ForAll("anyParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 0, max = 1) double fraction,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 0, max = 2000) double dirty) {
        double memory = fraction * p.thresholdMb();
        MigrationCostEstimate e = new PreCopyMigrationCost(p).estimate(memory, rate, dirty);
        assertEquals(List.of(memory), e.roundsMb());
        assertEquals(0, e.preCopyRounds());
        assertEquals(memory / rate + p.resumeS(), e.downtimeS(), 1e-12);
    }

    @Property
    void dirtyingAtLeastAsFastAsSendingStopsAfterTheFirstRound(
            @ForAll("geometricParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 4.01, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 1, max = 20) double dirtyOverRate) {
        double dirty = rate * dirtyOverRate;
        MigrationCostEstimate e = new PreCopyMigrationCost(p).estimate(memory, rate, dirty);
        assertEquals(1, e.preCopyRounds(), e::toString);
        assertEquals(memory / rate * dirty, e.stopAndCopyMb(), 1e-9 * e.stopAndCopyMb());
    }

    @Property
    void migrationTimeGrowsWithTheDirtyRate(
            @ForAll("geometricParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 0, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double low,
            @ForAll @DoubleRange(min = 0, max = 1) double step,
            @ForAll boolean fasterThanRate) {
        // within one regime: both dirty rates below R (rounds shrink) or both at least R (one round)
        double d1 = fasterThanRate ? rate * (1 + 10 * low) : rate * low;
        double d2 = fasterThanRate ? d1 + 10 * rate * step : d1 + (rate - d1) * step;
        if (!fasterThanRate && d2 >= rate) {
            d2 = Math.nextDown(rate);
        }
        PreCopyMigrationCost model = new PreCopyMigrationCost(p);
        double t1 = model.estimate(memory, rate, d1).migrationTimeS();
        double t2 = model.estimate(memory, rate, Math.max(d1, d2)).migrationTimeS();
        assertTrue(t2 >= t1 * (1 - 1e-12), () -> t1 + " > " + t2);
    }

    @Property
    void migrationTimeFallsWithTheRate(
            @ForAll("geometricParameters") PreCopyParameters p,
            @ForAll @DoubleRange(min = 0, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0, max = 1000) double dirty,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double r1,
            @ForAll @DoubleRange(min = 0, max = 1000) double extra) {
        // within one regime: both rates above D (rounds shrink) or both at most D (one round)
        double low = r1;
        double high = r1 + extra;
        if (low <= dirty && high > dirty) {
            high = dirty;
        }
        PreCopyMigrationCost model = new PreCopyMigrationCost(p);
        double tLow = model.estimate(memory, low, dirty).migrationTimeS();
        double tHigh = model.estimate(memory, high, dirty).migrationTimeS();
        assertTrue(tHigh <= tLow * (1 + 1e-12), () -> tHigh + " > " + tLow);
    }

    @Property
    void defaultParametersGiveFiniteResults(
            @ForAll @DoubleRange(min = 0, max = 65536) double memory,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double rate,
            @ForAll @DoubleRange(min = 0, max = 2000) double dirty) {
        MigrationCostEstimate e = new PreCopyMigrationCost(PreCopyParameters.DEFAULT).estimate(memory, rate, dirty);
        assertTrue(Double.isFinite(e.migratedMb()) && e.migratedMb() >= memory);
        assertTrue(Double.isFinite(e.migrationTimeS()) && Double.isFinite(e.downtimeS()));
        assertTrue(e.downtimeS() >= PreCopyParameters.DEFAULT.resumeS());
    }
}
