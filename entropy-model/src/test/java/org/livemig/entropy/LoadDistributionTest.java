package org.livemig.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LoadDistributionTest {

    private static final double[] SPEC_LOADS = {3, 1, 0, 2};
    private static final double[] SPEC_CORES = {4, 2, 2, 4};

    @Test
    void specCheckValues() {
        LoadDistribution d = new LoadDistribution(SPEC_LOADS, SPEC_CORES);
        assertEquals(4, d.size());
        assertEquals(0.75, d.normalisedLoad(0), 0);
        assertEquals(0.0, d.normalisedLoad(2), 0);
        assertEquals(0.778328, d.entropy(), 1e-6);
        assertEquals(0.4375, d.systemLoad(), 1e-12);
    }

    @Test
    void whatIfDoesNotChangeTheDistribution() {
        LoadDistribution d = new LoadDistribution(SPEC_LOADS, SPEC_CORES);
        double before = d.entropy();
        double after = d.entropyAfterMove(0, 2, 1);
        assertEquals(LoadBalanceEntropy.of(new double[] {0.5, 0.5, 0.5, 0.5}), after, 1e-12);
        assertEquals(1.0, after, 1e-12);
        assertEquals(before, d.entropy(), 0);
        d.applyMove(0, 2, 1);
        assertEquals(1.0, d.entropy(), 1e-12);
        assertEquals(2.0, d.load(0), 0);
        assertEquals(0.5, d.systemLoad(), 1e-12);
    }

    @Test
    void moveToSelfChangesNothing() {
        LoadDistribution d = new LoadDistribution(SPEC_LOADS, SPEC_CORES);
        assertEquals(d.entropy(), d.entropyAfterMove(1, 1, 1), 0);
        d.applyMove(1, 1, 1);
        assertEquals(1.0, d.load(1), 0);
    }

    @Test
    void sourceLoadIsClampedAtZero() {
        LoadDistribution d = new LoadDistribution(new double[] {1, 0}, new double[] {1, 1});
        double e = d.entropyAfterMove(0, 1, 1 + 1e-15);
        d.applyMove(0, 1, 1 + 1e-15);
        assertEquals(0.0, d.load(0), 0);
        assertEquals(0.0, e, 1e-12);
        assertEquals(0.0, d.entropy(), 1e-12);
    }

    @Test
    void allZeroSinglePmAndEmptyHaveEntropyOne() {
        assertEquals(1.0, new LoadDistribution(new double[] {0, 0}, new double[] {2, 2}).entropy(), 0);
        assertEquals(1.0, new LoadDistribution(new double[] {0, 0}, new double[] {2, 2}).entropyAfterMove(0, 1, 0), 0);
        assertEquals(1.0, new LoadDistribution(new double[] {5}, new double[] {2}).entropy(), 0);
        LoadDistribution empty = new LoadDistribution(new double[0], new double[0]);
        assertEquals(1.0, empty.entropy(), 0);
        assertEquals(0.0, empty.systemLoad(), 0);
    }

    @Test
    void badInputIsRejectedWithNamedValue() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new LoadDistribution(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> new LoadDistribution(new double[] {1, 2}, new double[] {1, 0}));
        assertTrue(e.getMessage().contains("cores[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LoadDistribution(null, new double[0]));
        LoadDistribution d = new LoadDistribution(SPEC_LOADS, SPEC_CORES);
        e = assertThrows(IllegalArgumentException.class, () -> d.entropyAfterMove(0, 4, 1));
        assertTrue(e.getMessage().startsWith("to "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.applyMove(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> d.applyMove(0, 1, -1));
    }

    @Test
    void constructorCopiesItsArrays() {
        double[] loads = SPEC_LOADS.clone();
        LoadDistribution d = new LoadDistribution(loads, SPEC_CORES);
        loads[0] = 100;
        assertEquals(3.0, d.load(0), 0);
    }

    @Property(tries = 300)
    void entropyAfterMoveEqualsRecomputation(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n) {
        Random random = new Random(seed);
        double[] loads = randomLoads(random, n);
        double[] cores = randomCores(random, n);
        LoadDistribution d = new LoadDistribution(loads, cores);
        assertEquals(LoadBalanceEntropy.of(normalised(loads, cores)), d.entropy(), 1e-9);
        for (int k = 0; k < 20; k++) {
            int from = random.nextInt(n);
            int to = random.nextInt(n);
            double moved = loads[from] * random.nextDouble();
            double[] after = loads.clone();
            if (from != to) {
                after[from] = Math.max(0, after[from] - moved);
                after[to] += moved;
            }
            assertEquals(LoadBalanceEntropy.of(normalised(after, cores)), d.entropyAfterMove(from, to, moved), 1e-9);
        }
    }

    @Property(tries = 300)
    void applyMoveThenEntropyEqualsRecomputation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
        Random random = new Random(seed);
        double[] loads = randomLoads(random, n);
        double[] cores = randomCores(random, n);
        LoadDistribution d = new LoadDistribution(loads, cores);
        for (int k = 0; k < 200; k++) {
            int from = random.nextInt(n);
            int to = random.nextInt(n);
            double moved = random.nextInt(4) == 0 ? loads[from] : loads[from] * random.nextDouble();
            d.applyMove(from, to, moved);
            if (from != to) {
                loads[from] = Math.max(0, loads[from] - moved);
                loads[to] += moved;
            }
            double[] l = normalised(loads, cores);
            assertEquals(LoadBalanceEntropy.of(l), d.entropy(), 1e-9);
            assertEquals(SystemLoad.mean(l), d.systemLoad(), 1e-9);
        }
    }

    private static double[] randomLoads(Random random, int n) {
        double[] loads = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(5);
            loads[i] = kind == 0 ? 0 : kind == 1 ? random.nextDouble() * 1e-3 : random.nextDouble() * 16;
        }
        return loads;
    }

    private static double[] randomCores(Random random, int n) {
        double[] cores = new double[n];
        for (int i = 0; i < n; i++) {
            cores[i] = 1 + random.nextInt(32);
        }
        return cores;
    }

    private static double[] normalised(double[] loads, double[] cores) {
        double[] l = new double[loads.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = NormalisedLoad.of(loads[i], cores[i]);
        }
        return l;
    }
}
