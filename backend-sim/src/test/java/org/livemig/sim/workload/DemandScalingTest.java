package org.livemig.sim.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DemandScalingTest {

    @Test
    void sharesInProportionToTheWeights() {
        assertArrayEquals(
                new double[] {0.25, 0.5, 0.75},
                DemandScaling.fill(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 1.5),
                1e-12);
    }

    @Test
    void aCappedVmPassesItsExcessToTheOthers() {
        assertArrayEquals(
                new double[] {1.0, 1.0, 1.0, 0.5},
                DemandScaling.fill(new double[] {3, 3, 3, 1}, new double[] {1, 1, 1, 1}, 3.5),
                1e-12);
    }

    @Test
    void anUnreachableTotalIsAOneLineError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> DemandScaling.fill(new double[] {1, 1}, new double[] {1, 1}, 2.5));
        assertEquals("a demand of 2.500 cores is needed but 2 VMs can give at most 2.000", e.getMessage());
    }

    @Property(tries = 200)
    void demandsSumToTheTotalWithinTheirCaps(
            @ForAll @Size(min = 1, max = 30) int[] weights,
            @ForAll @DoubleRange(min = 0, max = 1) double fraction,
            @ForAll @IntRange(min = 1, max = 4) int cap) {
        double[] w =
                Arrays.stream(weights).mapToDouble(x -> 1 + Math.floorMod(x, 3)).toArray();
        double[] caps = new double[w.length];
        Arrays.fill(caps, cap);
        double total = fraction * cap * w.length;
        double[] demand = DemandScaling.fill(w, caps, total);
        assertEquals(total, Arrays.stream(demand).sum(), 1e-9);
        for (double d : demand) {
            assertTrue(d >= 0 && d <= cap + 1e-12);
        }
    }
}
