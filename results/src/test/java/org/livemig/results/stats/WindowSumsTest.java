package org.livemig.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.MetricsSample;

class WindowSumsTest {

    private static MetricsSample attemptsAt(double t, long attempts) {
        return new MetricsSample(t, 1, 0.5, 2, attempts, 0, 0);
    }

    @Test
    void attemptsPerThousandSeconds() {
        List<MetricsSample> samples = List.of(
                attemptsAt(0, 1),
                attemptsAt(999, 2),
                attemptsAt(1000, 3),
                attemptsAt(1000.5, 4),
                attemptsAt(2000, 5),
                attemptsAt(2400, 6));
        assertEquals(
                List.of(new Window(0, 1000, 6), new Window(1000, 1000, 9)),
                WindowSums.of(samples, 1000, MetricsSample::attempts));
    }

    @Test
    void orderOfSamplesDoesNotMatter() {
        List<MetricsSample> samples = List.of(attemptsAt(2000, 5), attemptsAt(500, 1), attemptsAt(1500, 2));
        assertEquals(
                List.of(new Window(0, 1000, 1), new Window(1000, 1000, 7)),
                WindowSums.of(samples, 1000, MetricsSample::attempts));
    }

    @Property(tries = 100)
    void completeWindowsHoldEverySampleUpToTheirEnd(
            @ForAll @IntRange(min = 1, max = 50) int windows, @ForAll @IntRange(min = 1, max = 20) int perWindow) {
        List<MetricsSample> samples = new ArrayList<>();
        double step = 100.0 / perWindow;
        for (int i = 1; i <= windows * perWindow; i++) {
            samples.add(attemptsAt(i * step, 1));
        }
        List<Window> sums = WindowSums.of(samples, 100, MetricsSample::attempts);
        assertEquals(windows, sums.size());
        for (Window w : sums) {
            assertEquals(perWindow, w.sum());
            assertEquals(perWindow / 100.0, w.ratePerSecond(), 1e-12);
        }
    }
}
