package org.livemig.sim.workload.demand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The walk of SPEC 4: reverts to its mean, has the AR(1) spread, stays in [0, 1], repeats by seed. */
class MeanRevertingWalkTest {

    private static final int VMS = 20_000;

    @Test
    void withoutNoiseTheGapToTheMeanShrinksByOneMinusThetaEachStep() {
        MeanRevertingWalk walk = new MeanRevertingWalk(0.25, 0);
        double[] share = {0, 1, 0.5};
        double[] mean = {0.4, 0.4, 0.5};
        for (int k = 1; k <= 5; k++) {
            walk.step(share, mean, new SplittableRandom(1));
            double gap = Math.pow(0.75, k);
            assertEquals(0.4 - 0.4 * gap, share[0], 1e-12);
            assertEquals(0.4 + 0.6 * gap, share[1], 1e-12);
            assertEquals(0.5, share[2], 1e-12);
        }
    }

    @Test
    void theWalkRevertsToEachVmsMeanWithTheStationarySpreadAndLag() {
        MeanRevertingWalk walk = new MeanRevertingWalk(0.2, 0.05);
        double[] share = new double[VMS];
        double[] mean = new double[VMS];
        Arrays.fill(mean, 0.5);
        SplittableRandom random = new SplittableRandom(42);
        for (int k = 0; k < 100; k++) {
            walk.step(share, mean, random);
        }
        double[] before = share.clone();
        walk.step(share, mean, random);
        double expectedSd = 0.05 / Math.sqrt(0.2 * 1.8);
        assertEquals(expectedSd, walk.stationarySd(), 1e-12);
        assertEquals(0.5, average(share), 0.003, "reverts to the mean from 0");
        assertEquals(expectedSd, sd(share), 0.03 * expectedSd, "stationary sd sigma/sqrt(theta(2-theta))");
        assertEquals(0.8, correlation(before, share), 0.03, "lag-1 autocorrelation 1 - theta");
    }

    @Test
    void aWalkBuiltFromItsStationarySdHasThatSd() {
        MeanRevertingWalk walk = MeanRevertingWalk.withStationarySd(0.15, 0.12);
        assertEquals(0.12, walk.stationarySd(), 1e-12);
        assertEquals(0.12 * Math.sqrt(0.15 * 1.85), walk.sigma(), 1e-12);
        assertEquals(0.15, walk.theta());
    }

    @Test
    void clipsAtNoDemandAndAtEveryVcpuBusy() {
        MeanRevertingWalk walk = new MeanRevertingWalk(0.5, 0.5);
        double[] share = new double[VMS];
        double[] mean = new double[VMS];
        Arrays.fill(mean, 0, VMS / 2, 0.0);
        Arrays.fill(mean, VMS / 2, VMS, 1.0);
        walk.step(share, mean, new SplittableRandom(3));
        long zeros = Arrays.stream(share, 0, VMS / 2).filter(u -> u == 0).count();
        long ones = Arrays.stream(share, VMS / 2, VMS).filter(u -> u == 1).count();
        assertTrue(zeros > VMS / 2 * 0.4, "about half the low VMs clip at 0: " + zeros);
        assertTrue(ones > VMS / 2 * 0.12, "about 16 % of the high VMs clip at 1: " + ones);
        assertTrue(Arrays.stream(share).allMatch(u -> u >= 0 && u <= 1));
    }

    @Property(tries = 200)
    void everyStepStaysWithinTheVcpus(
            @ForAll @DoubleRange(min = 0.01, max = 1) double theta,
            @ForAll @DoubleRange(min = 0, max = 1) double sigma,
            @ForAll @DoubleRange(min = 0, max = 1) double start,
            @ForAll @DoubleRange(min = 0, max = 1) double mean,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        MeanRevertingWalk walk = new MeanRevertingWalk(theta, sigma);
        double[] share = {start, start, start};
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 20; k++) {
            walk.step(share, new double[] {mean, mean, mean}, random);
            for (double u : share) {
                assertTrue(u >= 0 && u <= 1, "share " + u);
            }
            double single = walk.next(start, mean, random);
            assertTrue(single >= 0 && single <= 1, "next " + single);
        }
    }

    @Test
    void theSameSeedGivesTheSameWalkAndAnotherSeedAnother() {
        MeanRevertingWalk walk = new MeanRevertingWalk(0.15, 0.06);
        double[] a = run(walk, 7);
        double[] b = run(walk, 7);
        double[] c = run(walk, 8);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void refusesParametersOutOfRangeAndArraysOfDifferentLength() {
        assertThrows(IllegalArgumentException.class, () -> new MeanRevertingWalk(0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new MeanRevertingWalk(1.01, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new MeanRevertingWalk(0.5, -0.01));
        assertThrows(IllegalArgumentException.class, () -> new MeanRevertingWalk(Double.NaN, 0.1));
        MeanRevertingWalk walk = new MeanRevertingWalk(0.5, 0.1);
        assertThrows(
                IllegalArgumentException.class, () -> walk.step(new double[2], new double[3], new SplittableRandom(1)));
    }

    private static double[] run(MeanRevertingWalk walk, long seed) {
        double[] share = new double[100];
        double[] mean = new double[100];
        Arrays.fill(mean, 0.3);
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 50; k++) {
            walk.step(share, mean, random);
        }
        return share;
    }

    static double average(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    static double sd(double[] x) {
        double m = average(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }

    private static double correlation(double[] x, double[] y) {
        double mx = average(x);
        double my = average(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void theBusyFractionWalkSpreadsEachVmAsAUtilisationAndKeepsItsMean() {
        MeanRevertingWalk walk = new MeanRevertingWalk(0.02, 0.0574); // the scenario default
        RandomGenerator random = new SplittableRandom(3);
        double[] levels = {0.1, 0.5, 0.95};
        double[][] samples = new double[3][20_000];
        double[] share = levels.clone();
        for (int step = 0; step < 2_000 + 20_000 * 50; step++) {
            for (int vm = 0; vm < 3; vm++) {
                share[vm] = walk.nextAsBusyFraction(share[vm], levels[vm], random);
            }
            if (step >= 2_000 && (step - 2_000) % 50 == 0) {
                for (int vm = 0; vm < 3; vm++) {
                    samples[vm][(step - 2_000) / 50] = share[vm];
                }
            }
        }
        for (int vm = 0; vm < 3; vm++) {
            // the formula is the unclipped walk's; within 0.1 of a bound, clipping adds up to about 15 %
            double tolerance = levels[vm] > 0.9 ? 0.2 : 0.08;
            assertEquals(
                    walk.busyFractionSd(levels[vm]),
                    sd(samples[vm]),
                    tolerance * walk.busyFractionSd(levels[vm]),
                    "stationary sd at " + levels[vm]);
        }
        assertEquals(0.6 * walk.busyFractionSd(0.5), walk.busyFractionSd(0.1), 1e-12, "sd shrinks as sqrt(m(1-m))");
        for (int vm = 0; vm < 3; vm++) {
            // 30 s steps near a bound lift or lower the mean a little (0.1 -> 0.115, 0.95 -> 0.93); the system load is
            // tested
            // against its level in WorkloadTest
            assertEquals(levels[vm], average(samples[vm]), 0.025, "keeps its level in the mean: " + levels[vm]);
        }
        assertEquals(0, walk.nextAsBusyFraction(0, 0, random), "an idle VM stays idle");
        assertEquals(1, walk.nextAsBusyFraction(1, 1, random), "a saturated VM stays saturated");
    }
}
