package org.livemig.results.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.sweep.IndexRow;

class FigureLayoutTest {

    private static List<IndexRow> lossSweep() {
        List<IndexRow> rows = new ArrayList<>();
        for (String strategy : List.of("push", "pull")) {
            for (String loss : List.of("0", "0.05")) {
                for (int seed = 1; seed <= 4; seed++) {
                    rows.add(new IndexRow(
                            strategy + loss + seed,
                            "s",
                            strategy,
                            "xen",
                            "normal",
                            "medium",
                            true,
                            4,
                            16,
                            0.55,
                            0.25,
                            seed,
                            3000,
                            10000,
                            seed * (loss.equals("0") ? 1 : 3),
                            1,
                            0.9,
                            0.9,
                            new OverheadStatistics(1, 0, 0.5, 0.5, 0.1),
                            10,
                            0.1,
                            IndexRow.SIMULATION,
                            30,
                            45,
                            false,
                            Map.of("preset", "testbed", "network.loss_probability", loss)));
                }
            }
        }
        return rows;
    }

    @Test
    void aSweptKeyOutsideTheThesisGetsItsOwnLinesNotPooledAsSeeds() {
        FigureLayout thesis = FigureLayout.of(lossSweep(), List.of());
        assertEquals(List.of("network.loss_probability"), thesis.lines(), "load does not vary, loss does");
        FigureLayout by = FigureLayout.of(lossSweep(), List.of("strategy", "loss_probability"));
        assertEquals(List.of("strategy"), by.rows());
        assertEquals(List.of("network.loss_probability"), by.lines());
        assertEquals(List.of(), by.figures());
        assertThrows(IllegalArgumentException.class, () -> FigureLayout.of(lossSweep(), List.of("colour")));
        FigureLayout onlyLoss = FigureLayout.of(lossSweep(), List.of("network.loss_probability"));
        assertEquals(List.of("strategy"), onlyLoss.figures(), "a varying key left out of --by splits the figures");
    }

    @Test
    void theAggregateTableHasOneRowPerConfigurationAndMetricWithATInterval() {
        AggregateTable t =
                AggregateTable.of(lossSweep(), FigureLayout.of(lossSweep(), List.of("strategy", "loss_probability")));
        assertEquals(List.of("strategy", "network.loss_probability"), t.dimensions());
        AggregateTable.Row pushLossy = t.rows().stream()
                .filter(r -> r.metric().equals("attempts")
                        && r.configuration().get("strategy").equals("push")
                        && r.configuration().get("network.loss_probability").equals("0.05"))
                .findFirst()
                .orElseThrow();
        assertEquals(4, pushLossy.stats().n());
        assertEquals(7.5, pushLossy.stats().mean(), 1e-12); // 3, 6, 9, 12
        assertEquals(3.182446 * Math.sqrt(15) / 2, pushLossy.stats().halfWidth(), 1e-5); // t(0.975, 3) s / sqrt(4)
        assertEquals(4 * AggregateTable.FIXED_METRICS.size(), t.rows().size());
    }
}
