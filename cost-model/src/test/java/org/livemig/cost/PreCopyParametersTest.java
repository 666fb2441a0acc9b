package org.livemig.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreCopyParametersTest {

    @Test
    void defaultsAreTheSpecValues() {
        PreCopyParameters p = PreCopyParameters.DEFAULT;
        assertEquals(-0.0463, p.a());
        assertEquals(-0.0001, p.b());
        assertEquals(0.3586, p.c());
        assertEquals(0.25, p.thresholdMb());
        assertEquals(0.020, p.resumeS());
        assertEquals(29, p.maxRounds());
    }

    @Test
    void geometricZeroesGammaAndKeepsTheOtherDefaults() {
        assertEquals(new PreCopyParameters(0, 0, 0, 0.25, 0.020, 29), PreCopyParameters.geometric());
    }

    @Test
    void acceptsZeroThresholdResumeAndRounds() {
        PreCopyParameters p = new PreCopyParameters(1, 2, 3, 0, 0, 0);
        assertEquals(0, p.maxRounds());
    }

    @Test
    void rejectsNegativeThreshold() {
        assertRejected("thresholdMb", () -> new PreCopyParameters(0, 0, 0, -0.1, 0.02, 29));
    }

    @Test
    void rejectsNegativeResume() {
        assertRejected("resumeS", () -> new PreCopyParameters(0, 0, 0, 0.25, -1, 29));
    }

    @Test
    void rejectsNegativeMaxRounds() {
        assertRejected("maxRounds", () -> new PreCopyParameters(0, 0, 0, 0.25, 0.02, -1));
    }

    @Test
    void rejectsNonFiniteValues() {
        assertRejected("a", () -> new PreCopyParameters(Double.NaN, 0, 0, 0.25, 0.02, 29));
        assertRejected("b", () -> new PreCopyParameters(0, Double.POSITIVE_INFINITY, 0, 0.25, 0.02, 29));
        assertRejected("c", () -> new PreCopyParameters(0, 0, Double.NEGATIVE_INFINITY, 0.25, 0.02, 29));
        assertRejected("thresholdMb", () -> new PreCopyParameters(0, 0, 0, Double.POSITIVE_INFINITY, 0.02, 29));
        assertRejected("resumeS", () -> new PreCopyParameters(0, 0, 0, 0.25, Double.NaN, 29));
    }

    private static void assertRejected(String name, Runnable construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct::run);
        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
    }
}
