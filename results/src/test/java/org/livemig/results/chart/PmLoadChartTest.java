package org.livemig.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.RunResult;
import org.livemig.results.RunSummary;

class PmLoadChartTest {

    @Test
    void aSmallDatacentreHasOneLinePerPm() {
        XYDataset data = dataset(PmLoadChart.create(result(19, 3)));
        assertEquals(19, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0));
    }

    @Test
    void aLargeDatacentreHasTheLoadsDistributionAtEachSampleTime() {
        int pms = 101; // loads 0.00 .. 1.00 at each time: min 0, median 0.5, max 1
        XYDataset data = dataset(PmLoadChart.create(result(pms, 4)));
        assertEquals(5, data.getSeriesCount());
        assertEquals("min", data.getSeriesKey(0));
        assertEquals("max", data.getSeriesKey(4));
        for (int t = 0; t < 4; t++) {
            assertEquals(10.0 * (t + 1), data.getXValue(2, t));
            assertEquals(0.0, data.getYValue(0, t), 1e-12);
            assertEquals(0.5, data.getYValue(2, t), 1e-12);
            assertEquals(1.0, data.getYValue(4, t), 1e-12);
            assertEquals(0.1, data.getYValue(1, t), 0.011);
            assertEquals(0.9, data.getYValue(3, t), 0.011);
        }
    }

    private static XYDataset dataset(JFreeChart chart) {
        return chart.getXYPlot().getDataset();
    }

    /** {@code pms} PMs sampled {@code samples} times, 10 s apart; PM i's load is i / (pms - 1), PMs shuffled. */
    private static RunResult result(int pms, int samples) {
        List<PmLoadSample> loads = new ArrayList<>();
        for (int t = 1; t <= samples; t++) {
            for (int k = 0; k < pms; k++) {
                int pm = (k * 37) % pms; // not in load order
                loads.add(new PmLoadSample(10.0 * t, pm, pm / (double) (pms - 1)));
            }
        }
        return new RunResult(summary(pms), List.of(), loads, List.of());
    }

    private static RunSummary summary(int pms) {
        return RunSummary.fromSamples("chart", "push", "xen", 1, pms, pms, 40, List.of(), 0, 0.1, Map.of());
    }
}
