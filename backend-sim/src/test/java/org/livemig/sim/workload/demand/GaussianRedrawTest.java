package org.livemig.sim.workload.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** VMPlaceS's injector: exponential intervals at rate vms / interval, a uniform VM, a clipped normal draw. */
class GaussianRedrawTest {

    @Test
    void eventsComeAtRateVmsOverTheIntervalPerVmWithExponentialGaps() {
        GaussianRedraw redraw = new GaussianRedraw(180, 0.1);
        SplittableRandom random = new SplittableRandom(5);
        int n = 40_000;
        double[] gaps = new double[n];
        for (int i = 0; i < n; i++) {
            gaps[i] = redraw.nextIntervalS(50, random);
        }
        double mean = MeanRevertingWalkTest.average(gaps);
        assertEquals(180.0 / 50, mean, 0.02 * 3.6, "mean gap = interval per VM / VMs");
        assertEquals(1.0, MeanRevertingWalkTest.sd(gaps) / mean, 0.03, "exponential: sd = mean");
        assertTrue(Arrays.stream(gaps).allMatch(g -> g >= 0));
    }

    @Test
    void eachVmIsRedrawnAboutOncePerIntervalAndOnlyOneVmPerEvent() {
        GaussianRedraw redraw = new GaussianRedraw(100, 0.1);
        SplittableRandom random = new SplittableRandom(9);
        double[] level = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        double[] share = level.clone();
        int[] redraws = new int[level.length];
        double t = 0;
        double horizon = 100_000;
        while ((t += redraw.nextIntervalS(level.length, random)) < horizon) {
            double[] before = share.clone();
            int vm = redraw.redrawOne(share, level, random);
            redraws[vm]++;
            for (int i = 0; i < share.length; i++) {
                if (i != vm) {
                    assertEquals(before[i], share[i]);
                }
            }
        }
        for (int count : redraws) {
            assertEquals(horizon / 100, count, 0.13 * horizon / 100, "redraws of one VM: " + count);
        }
    }

    @Test
    void drawsAreNormalAroundTheLevelClippedToTheVcpus() {
        GaussianRedraw redraw = new GaussianRedraw(10, 0.08);
        SplittableRandom random = new SplittableRandom(2);
        double[] draws = new double[40_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = redraw.draw(0.4, random);
        }
        assertEquals(0.4, MeanRevertingWalkTest.average(draws), 0.002);
        assertEquals(0.08, MeanRevertingWalkTest.sd(draws), 0.002);
        GaussianRedraw wide = new GaussianRedraw(10, 1);
        for (int i = 0; i < 1000; i++) {
            double u = wide.draw(0.95, random);
            assertTrue(u >= 0 && u <= 1, "clipped: " + u);
        }
        assertEquals(0.0, new GaussianRedraw(10, 1).draw(-5, random));
    }

    @Test
    void theSameSeedRepeatsTheEvents() {
        GaussianRedraw redraw = new GaussianRedraw(60, 0.2);
        assertEquals(events(redraw, 4), events(redraw, 4));
        assertTrue(!events(redraw, 4).equals(events(redraw, 5)));
    }

    @Test
    void refusesBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new GaussianRedraw(0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new GaussianRedraw(Double.POSITIVE_INFINITY, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new GaussianRedraw(10, 1.5));
        GaussianRedraw redraw = new GaussianRedraw(10, 0.1);
        assertThrows(IllegalArgumentException.class, () -> redraw.nextIntervalS(0, new SplittableRandom(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> redraw.redrawOne(new double[0], new double[0], new SplittableRandom(1)));
    }

    private static String events(GaussianRedraw redraw, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] share = new double[20];
        double[] level = new double[20];
        Arrays.fill(level, 0.5);
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            log.append(redraw.nextIntervalS(20, random))
                    .append(' ')
                    .append(redraw.redrawOne(share, level, random))
                    .append(' ');
        }
        return log + Arrays.toString(share);
    }
}
