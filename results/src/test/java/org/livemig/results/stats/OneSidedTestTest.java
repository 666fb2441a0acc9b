package org.livemig.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneSidedTestTest {

    @Test
    void welchMatchesTheTextbookStatisticAndDegreesOfFreedom() {
        // a: mean 2.5, variance 5/3; b: mean 0.5, variance 1/3; se = sqrt(5/12 + 1/12) = sqrt(0.5)
        OneSidedTest.Result r = OneSidedTest.WELCH.greater(new double[] {1, 2, 3, 4}, new double[] {0, 0, 1, 1});
        assertEquals(2.0 / Math.sqrt(0.5), r.statistic(), 1e-12);
        assertEquals(0.25 / (Math.pow(5.0 / 12, 2) / 3 + Math.pow(1.0 / 12, 2) / 3), r.df(), 1e-9);
        assertEquals(0.0227, r.p(), 5e-4); // R: t.test(a, b, alternative = "greater")
        OneSidedTest.Result reverse = OneSidedTest.WELCH.greater(new double[] {0, 0, 1, 1}, new double[] {1, 2, 3, 4});
        assertEquals(1 - r.p(), reverse.p(), 1e-12);
    }

    @Test
    void welchAgainstANumberIsTheOneSampleTest() {
        OneSidedTest.Result r = OneSidedTest.WELCH.greater(new double[] {0.95, 0.97, 0.99}, new double[] {0.9});
        assertEquals(2, r.df(), 1e-12);
        assertEquals((0.97 - 0.9) / (0.02 / Math.sqrt(3)), r.statistic(), 1e-9);
        assertEquals(0.0131, r.p(), 5e-4); // R: t.test(x, mu = 0.9, alternative = "greater")
    }

    @Test
    void mannWhitneyIsExactForSmallSamples() {
        OneSidedTest.Result r = OneSidedTest.MANN_WHITNEY.greater(new double[] {3, 4, 5}, new double[] {0, 1, 2});
        assertEquals(9, r.statistic(), 1e-12);
        assertEquals(1.0 / 20, r.p(), 1e-12); // one arrangement of C(6, 3) = 20 is as extreme
        OneSidedTest.Result tied = OneSidedTest.MANN_WHITNEY.greater(new double[] {1, 1}, new double[] {1, 1});
        assertEquals(1, tied.p(), 1e-12);
    }

    @Test
    void meanIntervalUsesStudentT() {
        MeanInterval m = MeanInterval.of(new double[] {1, 2, 3});
        assertEquals(2, m.mean(), 1e-12);
        assertEquals(4.302653 * 1 / Math.sqrt(3), m.halfWidth(), 1e-5); // t(0.975, 2) = 4.302653
        assertTrue(Double.isNaN(MeanInterval.of(new double[] {5}).halfWidth()));
    }
}
