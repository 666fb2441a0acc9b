package org.livemig.argument;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArgumentsTest {

    private static String message(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void failuresNameTheValueAndSayWhy() {
        assertEquals("timeS must be >= 0, got -1", message(() -> Arguments.nonNegative("timeS", -1.0)));
        assertEquals("load must be a finite number, got NaN", message(() -> Arguments.finite("load", Double.NaN)));
        assertEquals("rate must be > 0, got 0", message(() -> Arguments.positive("rate", 0)));
        assertEquals("pm must be >= 0, got -3", message(() -> Arguments.count("pm", -3)));
        assertEquals("x must not be null", message(() -> Arguments.present("x", null)));
        assertEquals(
                "v[1] must be >= 0, got -0.5", message(() -> Arguments.nonNegativeAll("v", new double[] {1, -0.5})));
        assertEquals(
                "p must be in [0, 1], got 1.5",
                message(() -> Arguments.probability("p", 1.5, Arguments.ILLEGAL_ARGUMENT)));
        assertEquals(
                "t must be in (0, 2], got 3.5",
                message(() -> Arguments.range("t", 3.5, 0, false, 2, true, Arguments.ILLEGAL_ARGUMENT)));
        assertEquals(
                "n must be in [1, 9], got 10",
                message(() -> Arguments.range("n", 10, 1, 9, Arguments.ILLEGAL_ARGUMENT)));
    }

    @Test
    void valuesOnTheBoundaryPass() {
        assertDoesNotThrow(() -> Arguments.nonNegative("a", 0.0));
        assertDoesNotThrow(() -> Arguments.count("a", 0));
        assertDoesNotThrow(() -> Arguments.range("a", 2.0, 0, false, 2, true, Arguments.ILLEGAL_ARGUMENT));
        assertThrows(
                IllegalArgumentException.class,
                () -> Arguments.range("a", 0.0, 0, false, 2, true, Arguments.ILLEGAL_ARGUMENT));
        assertThrows(IllegalArgumentException.class, () -> Arguments.nonNegative("a", Double.POSITIVE_INFINITY));
    }

    @Test
    void aCallerChoosesItsOwnException() {
        IllegalStateException own = new IllegalStateException("own");
        IllegalStateException thrown =
                assertThrows(IllegalStateException.class, () -> Arguments.positive("k", -2, (name, reason) -> own));
        assertSame(own, thrown);
        assertEquals(7, Arguments.present("k", 7));
    }
}
