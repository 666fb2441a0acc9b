package org.livemig.core.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class VariableThresholdsTest {

    @Test
    void thresholdsCloseInByStepUntilTheMean() {
        VariableThresholds t = new VariableThresholds(0.7, 0.3, 0.05);
        t.tighten();
        assertEquals(0.65, t.push(), 1e-12);
        assertEquals(0.35, t.pull(), 1e-12);
        for (int i = 0; i < 10; i++) {
            t.tighten();
        }
        assertEquals(0.5, t.push(), 1e-12);
        assertEquals(0.5, t.pull(), 1e-12);
        t.reset();
        assertEquals(0.7, t.push(), 0);
        assertEquals(0.3, t.pull(), 0);
    }

    @Test
    void testbedThresholdsStopAtTheirMean() {
        VariableThresholds t = new VariableThresholds(0.55, 0.25, 0.05);
        for (int i = 0; i < 3; i++) {
            t.tighten();
        }
        assertEquals(0.40, t.push(), 1e-12);
        assertEquals(0.40, t.pull(), 1e-12);
    }

    @Test
    void badInputIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new VariableThresholds(0.3, 0.7, 0.05));
        assertTrue(e.getMessage().contains("pull threshold"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VariableThresholds(0.7, 0.3, -0.05));
        assertThrows(IllegalArgumentException.class, () -> new VariableThresholds(Double.NaN, 0.3, 0.05));
        SplittableRandom random = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> VariableThresholds.nextPeriodS(random, 450, 150));
        assertThrows(IllegalArgumentException.class, () -> VariableThresholds.nextPeriodS(random, -1, 150));
        assertThrows(IllegalArgumentException.class, () -> VariableThresholds.nextPeriodS(null, 150, 450));
    }

    @Test
    void periodsAverageTheMidpoint() {
        SplittableRandom random = new SplittableRandom(42);
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sum += VariableThresholds.nextPeriodS(random, 150, 450);
        }
        assertEquals(300, sum / n, 3);
        assertEquals(200.0, VariableThresholds.nextPeriodS(random, 200, 200), 0);
    }

    @Property
    void thresholdsNeverCrossTheMean(
            @ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b,
            @ForAll @DoubleRange(min = 0, max = 0.5) double step,
            @ForAll @IntRange(min = 0, max = 50) int tightenings) {
        double push = Math.max(a, b);
        double pull = Math.min(a, b);
        double mean = (push + pull) / 2;
        VariableThresholds t = new VariableThresholds(push, pull, step);
        for (int i = 0; i < tightenings; i++) {
            double before = t.push();
            t.tighten();
            assertTrue(t.push() >= mean && t.pull() <= mean, "push " + t.push() + " pull " + t.pull());
            assertTrue(t.push() <= before, "push never rises while tightening");
        }
        t.reset();
        assertEquals(push, t.push(), 0);
        assertEquals(pull, t.pull(), 0);
    }

    @Property
    void periodLiesWithinItsBounds(
            @ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 1000) double min,
            @ForAll @DoubleRange(min = 0, max = 1000) double width) {
        double p = VariableThresholds.nextPeriodS(new SplittableRandom(seed), min, min + width);
        assertTrue(p >= min && p <= min + width, "period " + p);
    }
}
