package org.livemig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;

class RunSummaryTest {

    private static final List<MetricsSample> SAMPLES = List.of(
            new MetricsSample(10, 0.2, 0.4, 4, 3, 1, 100),
            new MetricsSample(20, 0.6, 0.4, 4, 2, 0, 50),
            new MetricsSample(30, 0.7, 0.5, 3, 0, 2, 0));

    @Test
    void helpersAggregateTheSamples() {
        assertEquals(0.5, RunSummary.meanSystemPerformance(SAMPLES), 1e-12);
        assertEquals(0.7, RunSummary.finalSystemPerformance(SAMPLES));
        assertEquals(5, RunSummary.totalAttempts(SAMPLES));
        assertEquals(3, RunSummary.totalMigrations(SAMPLES));
        assertEquals(150, RunSummary.totalOverheadBytes(SAMPLES));
    }

    @Test
    void helpersGiveZeroForNoSamples() {
        assertEquals(0.0, RunSummary.meanSystemPerformance(List.of()));
        assertEquals(0.0, RunSummary.finalSystemPerformance(List.of()));
        assertEquals(0, RunSummary.totalAttempts(List.of()));
    }

    @Test
    void fromSamplesFillsCountsAndStatistics() {
        RunSummary s = RunSummary.fromSamples("s", "pull", "xen", 7, 4, 8, 30, SAMPLES, 99, 0.5, Map.of());
        assertEquals(5, s.attempts());
        assertEquals(3, s.migrations());
        assertEquals(0.7, s.finalSystemPerformance());
        // one lone partial window of 30 s holding 150 bytes: 150 * 8 / 1000 / 30 = 0.04 Kb/s
        assertEquals(0.04, s.overheadKbps().mean(), 1e-12);
    }

    @Test
    void extraKeepsItsOrderAndCannotBeChanged() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("zeta", 1);
        extra.put("alpha", 2);
        extra.put("mid", 3);
        RunSummary s = RunSummary.fromSamples("s", "pull", "xen", 7, 4, 8, 30, SAMPLES, 99, 0.5, extra);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(s.extra().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.extra().put("x", 1));
    }

    @Test
    void extraMayNotShadowASpecKey() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RunSummary.fromSamples("s", "pull", "xen", 7, 4, 8, 30, SAMPLES, 99, 0.5, Map.of("seed", 3)));
        assertTrue(e.getMessage().contains("'seed'"), e.getMessage());
    }

    @Test
    void negativeCountsAndNonFiniteValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MetricsSample(10, Double.NaN, 0.4, 4, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MetricsSample(10, 1, 0.4, 4, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MigrationRecord(10, 5, 1, 0, 1, 0, 1, 1, 1));
    }
}
