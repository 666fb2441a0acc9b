package org.livemig.results.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FixedDecimalTest {

    @Test
    void formatsWithFixedDecimals() {
        assertEquals("10.000", FixedDecimal.format(10, 3));
        assertEquals("0.033422", FixedDecimal.format(0.0334217728, 6));
        assertEquals("304.729948", FixedDecimal.format(304.72994816, 6));
        assertEquals("-1.250", FixedDecimal.format(-1.25, 3));
        assertEquals("7", FixedDecimal.format(7.4, 0));
        assertEquals("0.000100", FixedDecimal.format(1e-4, 6));
    }

    @Test
    void neverWritesNegativeZero() {
        assertEquals("0.000", FixedDecimal.format(-0.0, 3));
        assertEquals("0.000", FixedDecimal.format(-0.0001, 3));
        assertEquals("0.000000", FixedDecimal.format(-1e-300, 6));
    }

    @Test
    void largeValuesKeepEveryDigit() {
        assertEquals("12345678901234568.000", FixedDecimal.format(12345678901234568.0, 3));
        assertEquals("-100000000000000000000.000000", FixedDecimal.format(-1e20, 6));
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FixedDecimal.format(Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> FixedDecimal.format(Double.POSITIVE_INFINITY, 3));
    }

    @Property(tries = 500)
    void textIsWithinHalfAUnitOfTheValue(
            @ForAll @DoubleRange(min = -1e7, max = 1e7) double value,
            @ForAll @IntRange(min = 0, max = 6) int decimals) {
        BigDecimal written = new BigDecimal(FixedDecimal.format(value, decimals));
        assertEquals(decimals, written.scale());
        BigDecimal error = written.subtract(new BigDecimal(value)).abs();
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        // the scaled product may round once more: allow a hair above half a unit
        assertEquals(
                -1, error.compareTo(halfUnit.multiply(new BigDecimal("1.000001"))), () -> value + " -> " + written);
    }

    @Property(tries = 500)
    void agreesWithBigDecimalHalfUpAwayFromTies(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int thousandths) {
        double value = thousandths / 1000.0;
        assertEquals(BigDecimal.valueOf(thousandths, 3).toPlainString(), FixedDecimal.format(value, 3));
    }
}
