package org.livemig.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LinuxLoadAverageTest {

    @Test
    void fiveMinuteAverageDecaysByExpOfMinusFiveOverThreeHundred() {
        LinuxLoadAverage load = LinuxLoadAverage.fiveMinutes();
        assertEquals(Math.exp(-5.0 / 300), load.decayFactor(), 1e-15);
        assertEquals(0.0, load.value(), 0);
        assertEquals(2 * (1 - Math.exp(-5.0 / 300)), load.update(2), 1e-15);
    }

    @Test
    void lagsAfterAStepInDemand() {
        LinuxLoadAverage load = LinuxLoadAverage.fiveMinutes();
        for (int t = 5; t <= 60; t += 5) {
            load.update(1);
        }
        assertEquals(1 - Math.exp(-60.0 / 300), load.value(), 1e-12);
        assertTrue(load.value() < 0.19, "a VM that just arrived shows up only gradually");
    }

    @Test
    void decaysBackTowardZeroWhenDemandStops() {
        LinuxLoadAverage load = LinuxLoadAverage.fiveMinutes();
        for (int i = 0; i < 1000; i++) {
            load.update(3);
        }
        for (int t = 5; t <= 300; t += 5) {
            load.update(0);
        }
        assertEquals(3 * Math.exp(-1), load.value(), 1e-6);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LinuxLoadAverage(0, 300));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new LinuxLoadAverage(5, Double.NaN));
        assertTrue(e.getMessage().startsWith("windowS"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> LinuxLoadAverage.fiveMinutes().update(-1));
    }

    @Property
    void convergesToAConstantDemand(@ForAll @DoubleRange(min = 0, max = 64) double demand) {
        LinuxLoadAverage load = LinuxLoadAverage.fiveMinutes();
        double previousGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3000; i++) {
            double gap = Math.abs(demand - load.update(demand));
            assertTrue(gap <= previousGap, "moves toward the demand every sample");
            previousGap = gap;
        }
        assertEquals(demand, load.value(), 1e-9 * Math.max(1, demand));
    }

    @Property
    void matchesTheClosedFormAfterAStep(
            @ForAll @DoubleRange(min = 0, max = 16) double demand,
            @ForAll @DoubleRange(min = 1, max = 60) double intervalS) {
        LinuxLoadAverage load = new LinuxLoadAverage(intervalS, 300);
        int samples = 37;
        for (int i = 0; i < samples; i++) {
            load.update(demand);
        }
        assertEquals(demand * (1 - Math.exp(-samples * intervalS / 300)), load.value(), 1e-9 * Math.max(1, demand));
    }
}
