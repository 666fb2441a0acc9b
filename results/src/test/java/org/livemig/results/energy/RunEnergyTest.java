package org.livemig.results.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.PmLoadSample;

/** The linear power model and its integral over a run's samples. */
class RunEnergyTest {

    private static final LinearPowerModel MODEL = new LinearPowerModel(100, 250, 0);

    @Test
    void powerIsLinearInLoadAndCappedAtPeak() {
        assertEquals(100, MODEL.activeWatts(0), 1e-12);
        assertEquals(175, MODEL.activeWatts(0.5), 1e-12);
        assertEquals(250, MODEL.activeWatts(1), 1e-12);
        assertEquals(250, MODEL.activeWatts(1.7), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new LinearPowerModel(200, 100, 0));
    }

    @Property
    void powerLiesBetweenIdleAndPeak(@ForAll @DoubleRange(min = 0, max = 5) double u) {
        double w = MODEL.activeWatts(u);
        assertEquals(true, w >= 100 && w <= 250, "P(" + u + ") = " + w);
    }

    private static MetricsSample sample(double t, int active) {
        return new MetricsSample(t, 0, 0, active, 0, 0, 0);
    }

    @Test
    void integratesEachSampleOverItsIntervalAndCountsOffPms() {
        // 0-3600 s: two PMs at 0 and 1 (350 W); 3600-7200 s: one PM at 0.5 (175 W), the other off at 10 W.
        LinearPowerModel model = new LinearPowerModel(100, 250, 10);
        List<MetricsSample> metrics = List.of(sample(3600, 2), sample(7200, 1));
        List<PmLoadSample> loads = List.of(new PmLoadSample(3600, 0, 0), new PmLoadSample(3600, 1, 1),
                new PmLoadSample(7200, 0, 0.5));
        RunEnergy e = RunEnergy.of(model, metrics, loads, 2, 7200);
        assertEquals(0.350 + 0.185, e.energyKwh(), 1e-12);
        assertEquals(1.5, e.meanActivePms(), 1e-12);
    }

    @Test
    void theLastSampleHoldsToTheEndAndNoSamplesIsNoEnergy() {
        RunEnergy e = RunEnergy.of(MODEL, List.of(sample(1800, 1)), List.of(new PmLoadSample(1800, 0, 0)), 1, 3600);
        assertEquals(0.1, e.energyKwh(), 1e-12);
        assertEquals(new RunEnergy(0, 0), RunEnergy.of(MODEL, List.of(), List.of(), 3, 100));
    }

    /** Summing per time in runs of equal times gives bit for bit what merging each sample into a map gives. */
    @Property(tries = 300)
    void sumsLikeMergingEverySample(@ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<PmLoadSample> loads = new java.util.ArrayList<>();
        java.util.Map<Double, Double> merged = new java.util.HashMap<>();
        for (int i = 0; i < random.nextInt(80); i++) {
            double t = random.nextInt(4) * 5.0; // repeated, sometimes not contiguous
            PmLoadSample s = new PmLoadSample(t, i, random.nextDouble() * 1.5);
            loads.add(s);
            merged.merge(t, MODEL.activeWatts(s.load()), Double::sum);
        }
        List<MetricsSample> metrics = List.of(sample(0, 1), sample(5, 1), sample(10, 1), sample(15, 1));
        double expected = 0;
        double before = 0;
        for (MetricsSample m : metrics) {
            double until = m.timeS() == 15 ? 20 : m.timeS();
            expected += (merged.getOrDefault(m.timeS(), 0.0) + 2 * MODEL.offW()) * Math.max(0, until - before);
            before = until;
        }
        assertEquals(expected / 3.6e6, RunEnergy.of(MODEL, metrics, loads, 3, 20).energyKwh(), 0.0);
    }
}
