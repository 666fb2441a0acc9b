package org.livemig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;

class OverheadStatisticsTest {
    private static final double EPS = 1e-12;

    private static MetricsSample bytesAt(double t, long bytes) {
        return new MetricsSample(t, 1.0, 0.5, 4, 0, 0, bytes);
    }

    @Test
    void fourWindowsOfKnownBytesGiveHandComputedKbps() {
        // windows of 1000 s holding 10 000, 20 000, 30 000 and 100 000 bytes, in two samples each
        List<MetricsSample> samples = List.of(
                bytesAt(500, 4_000), bytesAt(1000, 6_000),
                bytesAt(1500, 10_000), bytesAt(2000, 10_000),
                bytesAt(2500, 15_000), bytesAt(3000, 15_000),
                bytesAt(3500, 50_000), bytesAt(4000, 50_000));
        // Kb/s = bytes * 8 / 1000 / 1000: 0.08, 0.16, 0.24, 0.8
        OverheadStatistics stats = OverheadStatistics.ofWindows(samples, 1000);
        assertEquals(0.8, stats.max(), EPS);
        assertEquals(0.08, stats.min(), EPS);
        assertEquals(0.32, stats.mean(), EPS);
        assertEquals(0.2, stats.median(), EPS); // mean of 0.16 and 0.24
        // sample std: deviations -0.24, -0.16, -0.08, 0.48; squares sum 0.32; / 3; sqrt
        assertEquals(Math.sqrt(0.32 / 3), stats.std(), EPS);
    }

    @Test
    void thesisScaleTrafficGivesTensOfKbps() {
        // 10 000 000 bytes in 1000 s is 80 Kb/s, the order of the testbed maxima (80-89 Kb/s)
        OverheadStatistics stats = OverheadStatistics.ofWindows(List.of(bytesAt(1000, 10_000_000)), 1000);
        assertEquals(new OverheadStatistics(80, 80, 80, 80, 0), stats);
    }

    @Test
    void emptyInputGivesZeros() {
        assertEquals(OverheadStatistics.ZERO, OverheadStatistics.ofWindows(List.of(), 1000));
        assertEquals(new OverheadStatistics(0, 0, 0, 0, 0), OverheadStatistics.ofWindows(List.of(), 1));
    }

    @Test
    void onlySampleAtTimeZeroGivesZeros() {
        assertEquals(OverheadStatistics.ZERO, OverheadStatistics.ofWindows(List.of(bytesAt(0, 5_000)), 1000));
    }

    @Test
    void trailingPartialWindowIsIgnored() {
        List<MetricsSample> samples = List.of(bytesAt(1000, 1_000), bytesAt(2000, 2_000), bytesAt(2500, 1_000_000));
        OverheadStatistics stats = OverheadStatistics.ofWindows(samples, 1000);
        assertEquals(0.016, stats.max(), EPS);
        assertEquals(0.008, stats.min(), EPS);
    }

    @Test
    void lonePartialWindowIsRatedOverItsOwnLength() {
        // 500 s holding 5 000 bytes: 5000 * 8 / 1000 / 500 = 0.08 Kb/s
        OverheadStatistics stats =
                OverheadStatistics.ofWindows(List.of(bytesAt(250, 2_500), bytesAt(500, 2_500)), 1000);
        assertEquals(0.08, stats.mean(), EPS);
        assertEquals(0.0, stats.std(), EPS);
    }

    @Test
    void sampleOnABoundaryBelongsToTheWindowItEnds() {
        // the sample at 1000 counts (990, 1000], i.e. the first window
        List<MetricsSample> samples = List.of(bytesAt(1000, 1_000), bytesAt(2000, 0));
        OverheadStatistics stats = OverheadStatistics.ofWindows(samples, 1000);
        assertEquals(0.008, stats.max(), EPS);
        assertEquals(0.0, stats.min(), EPS);
    }

    @Test
    void windowsWithoutSamplesCountAsZeroTraffic() {
        List<MetricsSample> samples = List.of(bytesAt(1000, 1_000), bytesAt(3000, 1_000));
        OverheadStatistics stats = OverheadStatistics.ofWindows(samples, 1000);
        assertEquals(0.0, stats.min(), EPS);
        assertEquals(0.008, stats.median(), EPS);
    }

    @Test
    void timesSummedFromSmallStepsLandOnTheBoundary() {
        List<MetricsSample> samples = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < 20_000; i++) {
            t += 0.1;
            samples.add(bytesAt(t, 1));
        }
        // 10 000 one-byte samples per 1000 s window: 10 000 * 8 / 1000 / 1000 = 0.08 Kb/s, both windows
        OverheadStatistics stats = OverheadStatistics.ofWindows(samples, 1000);
        assertEquals(0.08, stats.max(), 1e-9);
        assertEquals(0.08, stats.min(), 1e-9);
    }

    @Test
    void nonPositiveWindowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OverheadStatistics.ofWindows(List.of(bytesAt(1, 1)), 0));
        assertThrows(
                IllegalArgumentException.class, () -> OverheadStatistics.ofWindows(List.of(bytesAt(1, 1)), Double.NaN));
    }
}
