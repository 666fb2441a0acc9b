package org.livemig.strategy.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRegressionForecastTest {

    @Test
    void aStraightLineIsExtrapolatedExactly() {
        List<Double> rising = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
        assertEquals(1.1, LocalRegressionForecast.predict(rising, 1), 1e-12);
        assertEquals(0.5, LocalRegressionForecast.predict(List.of(0.5, 0.5, 0.5), 3), 1e-12);
    }

    @Test
    void theNewestObservationsWeighMost() {
        // flat, then a jump in the last two: an unweighted fit would predict about 0.55
        List<Double> jump = List.of(0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.9, 0.9);
        assertTrue(LocalRegressionForecast.predict(jump, 1) > 0.75);
    }

    @Test
    void localRegressionFlagsARisingHostButToleratesASteadyOneAndFallsBackWhenHistoryIsShort() {
        OverloadDetection lr = OverloadDetection.localRegression(1.2, 10, 1, 0.7);
        HostView rising = host(0.84, List.of(0.3, 0.36, 0.42, 0.48, 0.54, 0.6, 0.66, 0.72, 0.78, 0.84));
        assertTrue(lr.overloaded(rising, 0), "1.2 x 0.90 predicted >= 1");
        HostView steady = host(0.8, List.of(0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8));
        assertTrue(!lr.overloaded(steady, 0), "1.2 x 0.8 < 1, though a 0.7 threshold would move VMs");
        assertTrue(lr.overloaded(steady, 0.05), "with one more VM of 5 %: 1.2 x 0.85 >= 1");
        HostView young = host(0.75, List.of(0.75));
        assertTrue(lr.overloaded(young, 0), "fallback threshold 0.7");
        assertTrue(!lr.overloaded(host(0.5, List.of(0.5)), 0));
    }

    private static HostView host(double utilisation, List<Double> history) {
        return new HostView(
                new org.livemig.core.protocol.PmInfo(0, 2, utilisation * 2, utilisation * 2, 2048, 0, 0, 0),
                List.of(),
                4,
                new java.util.ArrayList<>(history));
    }
}
