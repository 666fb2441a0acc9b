package org.livemig.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FittedRangeTest {

    @Test
    void theRangeHugsTheDataOnAGridOfFiveHundredths() {
        assertEquals(new FittedRange(0.9, 1.0), FittedRange.of(0.94, 0.99));
        assertEquals(new FittedRange(0.7, 1.05), FittedRange.of(0.72, 1.0));
    }

    @Test
    void aFlatLineStillGetsATenthAndNothingGoesBelowZero() {
        assertEquals(new FittedRange(0.9, 1.0), FittedRange.of(0.99, 0.99));
        assertEquals(new FittedRange(0, 0.1), FittedRange.of(0, 0.001));
    }

    @Test
    void noDataFallsBackToTheWholeScale() {
        assertEquals(new FittedRange(0, 1.05), FittedRange.of(Double.NaN, Double.NaN));
    }
}
