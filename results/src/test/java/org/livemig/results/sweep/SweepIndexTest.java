package org.livemig.results.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.figures.ThesisFigures;

class SweepIndexTest {

    private static IndexRow row(double destinationSettleS, double sourceSettleS, boolean overloadFailure) {
        return new IndexRow(
                "r",
                "r",
                "push",
                "xen",
                "normal",
                "medium",
                false,
                4,
                16,
                0.55,
                0.25,
                1,
                3000,
                1500,
                9,
                4,
                0.9,
                0.95,
                new OverheadStatistics(1, 0, 0.5, 0.4, 0.2),
                100,
                0.1,
                IndexRow.SIMULATION,
                destinationSettleS,
                sourceSettleS,
                overloadFailure);
    }

    @Test
    void settlePeriodsAndOverloadFailureRoundTrip(@TempDir Path dir) throws Exception {
        IndexRow r = row(0, 0, true);
        SweepIndex.write(dir, List.of(r));
        assertEquals(List.of(r), SweepIndex.read(dir));
    }

    @Test
    void thePublishedMetricsRoundTripWithNineDecimals(@TempDir Path dir) throws Exception {
        java.util.Map<String, String> published = new java.util.LinkedHashMap<>();
        published.put("slatah", "0.154000000");
        published.put("slav", "0.000003400");
        IndexRow r = new IndexRow(
                "r",
                "r",
                "none",
                "xen",
                "normal",
                "high",
                false,
                19,
                50,
                0.7,
                0.3,
                1,
                20000,
                10000,
                0,
                0,
                0.94,
                0.95,
                new OverheadStatistics(0, 0, 0, 0, 0),
                100,
                0.1,
                IndexRow.SIMULATION,
                30,
                45,
                false,
                published);
        SweepIndex.write(dir, List.of(r));
        IndexRow read = SweepIndex.read(dir).get(0);
        assertEquals(r, read);
        assertEquals(3.4e-6, read.published().slav(), 1e-15);
        assertEquals(0.154, read.published().slatah(), 1e-12);
        assertTrue(Double.isNaN(read.published().pdm()), "a column the index lacks reads as NaN");
        assertTrue(Files.readString(dir.resolve(SweepIndex.FILE_NAME)).contains(",0.000003400"));
    }

    @Test
    void anIndexWithoutTheLaterColumnsReadsAsTheThesisSettings(@TempDir Path dir) throws Exception {
        SweepIndex.write(dir, List.of(row(30, 45, false)));
        Path file = dir.resolve(SweepIndex.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        Files.write(
                file, lines.stream().map(l -> l.substring(0, nthComma(l, 25))).toList());
        IndexRow read = SweepIndex.read(dir).get(0);
        assertTrue(Double.isNaN(read.destinationSettleS()));
        assertTrue(read.thesisSettings());
        assertEquals("normal-fixed", read.variant());
    }

    @Test
    void runsOutsideTheThesisSettingsHaveTheirOwnVariant() {
        assertEquals("normal-fixed-settle-0-0-overload", row(0, 0, true).variant());
        assertEquals("normal-fixed-settle-30-45-overload", row(30, 45, true).variant());
        assertFalse(row(30, 45, true).thesisSettings());
        assertTrue(row(0, 0, true).settleIs(0, 0));
        assertEquals(
                "Normal without variable thresholds, settle periods 0 s / 0 s, overload failure",
                ThesisFigures.variantTitle(row(0, 0, true).variant()));
        assertEquals("Burst with variable thresholds", ThesisFigures.variantTitle("burst-variable"));
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
        }
        return at;
    }
}
