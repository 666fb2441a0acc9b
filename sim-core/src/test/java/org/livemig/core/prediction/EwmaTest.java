package org.livemig.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EwmaTest {

    @Test
    void specCheckValues() {
        Ewma ewma = Ewma.standard();
        assertEquals(0.0, ewma.value(), 0);
        assertFalse(ewma.warmedUp());
        double[] warmup = {0.5, 0.6, 0.7, 0.4, 0.3};
        for (double sample : warmup) {
            ewma.update(sample);
        }
        assertTrue(ewma.warmedUp());
        assertEquals(0.5, ewma.value(), 1e-12);
        assertEquals(0.58, ewma.update(0.9), 1e-12);
        assertEquals(0.504, ewma.update(0.2), 1e-12);
        assertEquals(0.504, ewma.value(), 1e-12);
    }

    @Test
    void valueDuringWarmupIsTheRunningMean() {
        Ewma ewma = Ewma.standard();
        assertEquals(0.5, ewma.update(0.5), 1e-12);
        assertEquals(0.55, ewma.update(0.6), 1e-12);
        assertEquals(0.6, ewma.update(0.7), 1e-12);
        assertFalse(ewma.warmedUp());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Ewma(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Ewma(1.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Ewma(Double.NaN, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ewma(0.2, 0));
        assertTrue(e.getMessage().startsWith("warmupSamples"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ewma.standard().update(Double.NaN));
    }

    @Property
    void constantSamplesGiveThatConstant(
            @ForAll @DoubleRange(min = -10, max = 10) double c, @ForAll @Size(max = 40) List<Integer> ignored) {
        Ewma ewma = Ewma.standard();
        for (int i = 0; i <= ignored.size(); i++) {
            assertEquals(c, ewma.update(c), 1e-9);
        }
    }

    @Property
    void valueStaysWithinTheRangeOfTheSamples(
            @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1) Double> samples) {
        Ewma ewma = Ewma.standard();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : samples) {
            min = Math.min(min, s);
            max = Math.max(max, s);
            double v = ewma.update(s);
            assertTrue(v >= min - 1e-12 && v <= max + 1e-12, v + " outside [" + min + ", " + max + "]");
        }
    }
}
