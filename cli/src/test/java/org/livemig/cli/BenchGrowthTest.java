package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchGrowthTest {

    @Test
    void saysHowEachStepGrowsAndWhetherItIsLinear() {
        List<String> lines = new BenchGrowth(List.of(
                        new BenchGrowth.Point(1_000, 252_187, 2.43, 4.58, 30),
                        new BenchGrowth.Point(10_000, 2_596_170, 6.77, 10.59, 272),
                        new BenchGrowth.Point(100_000, 26_008_753, 88.74, 115.0, 4680),
                        new BenchGrowth.Point(200_000, 52_000_000, 170.0, -1, 9000)))
                .lines();
        assertEquals(3, lines.size());
        assertEquals(
                "growth 1000 -> 10000 PMs (x10.0): events x10.3, wall x2.8, cpu x2.3, kept x9.1;"
                        + " time per PM x0.28: slower than linear",
                lines.get(0));
        assertTrue(lines.get(1).endsWith("time per PM x1.31: faster than linear"), lines.get(1));
        assertTrue(lines.get(2).contains("cpu x?"), lines.get(2));
        assertTrue(lines.get(2).endsWith("time per PM x0.96: linear"), lines.get(2));
    }

    @Test
    void shapesOfOneSizeOrASingleShapeGiveNoGrowth() {
        BenchGrowth.Point a = new BenchGrowth.Point(1_000, 10, 1, 1, 1);
        assertEquals(List.of(), new BenchGrowth(List.of(a)).lines());
        assertEquals(List.of(), new BenchGrowth(List.of(a, a)).lines());
    }
}
