package org.livemig.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LoadBalanceEntropyTest {

    @Test
    void specCheckValues() {
        double[] loads = {3, 1, 0, 2};
        double[] cores = {4, 2, 2, 4};
        double[] l = new double[4];
        for (int i = 0; i < 4; i++) {
            l[i] = NormalisedLoad.of(loads[i], cores[i]);
        }
        assertEquals(0.75, l[0], 0);
        assertEquals(0.5, l[1], 0);
        assertEquals(0.0, l[2], 0);
        assertEquals(0.5, l[3], 0);
        assertEquals(0.778328, LoadBalanceEntropy.of(l), 1e-6);
        assertEquals(0.4375, SystemLoad.mean(l), 1e-12);
    }

    @Test
    void oneLoadedPmOfManyHasEntropyZero() {
        assertEquals(0.0, LoadBalanceEntropy.of(new double[] {0, 0, 0.9, 0}), 1e-12);
    }

    @Test
    void singlePmAllZeroAndEmptyHaveEntropyOne() {
        assertEquals(1.0, LoadBalanceEntropy.of(new double[] {0.3}), 0);
        assertEquals(1.0, LoadBalanceEntropy.of(new double[] {0, 0, 0}), 0);
        assertEquals(1.0, LoadBalanceEntropy.of(new double[0]), 0);
    }

    @Test
    void systemLoadOfNoPmsIsZero() {
        assertEquals(0.0, SystemLoad.mean(new double[0]), 0);
    }

    @Test
    void badInputIsRejectedWithNamedValue() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LoadBalanceEntropy.of(new double[] {0.2, -0.1}));
        assertTrue(e.getMessage().contains("normalisedLoads[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LoadBalanceEntropy.of(null));
        assertThrows(IllegalArgumentException.class, () -> SystemLoad.mean(new double[] {Double.NaN}));
        e = assertThrows(IllegalArgumentException.class, () -> NormalisedLoad.of(1, 0));
        assertTrue(e.getMessage().startsWith("cores"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NormalisedLoad.of(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> NormalisedLoad.of(1, Double.POSITIVE_INFINITY));
    }

    @Property
    void permutationDoesNotChangeEntropy(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 4) Double> loads, @ForAll long seed) {
        List<Double> shuffled = new ArrayList<>(loads);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertEquals(LoadBalanceEntropy.of(toArray(loads)), LoadBalanceEntropy.of(toArray(shuffled)), 1e-12);
    }

    @Property
    void equalLoadsHaveEntropyOne(
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll @DoubleRange(min = 0, max = 10) double load) {
        double[] l = new double[n];
        java.util.Arrays.fill(l, load);
        assertEquals(1.0, LoadBalanceEntropy.of(l), 1e-12);
    }

    @Property
    void entropyLiesInUnitInterval(@ForAll @Size(max = 50) List<@DoubleRange(min = 0, max = 1e6) Double> loads) {
        double e = LoadBalanceEntropy.of(toArray(loads));
        assertTrue(e >= 0 && e <= 1, "E = " + e);
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
