package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerTableFileTest {

    private static String table(Path dir, String body) throws Exception {
        Path f = dir.resolve("power.csv");
        Files.writeString(f, "utilisation_percent,watts\n" + body);
        return f.toString();
    }

    private static String refusal(String file) {
        return assertThrows(
                        InvalidScenarioException.class,
                        () -> Energy.builder().powerTableFile(file).build())
                .getMessage();
    }

    @Test
    void theShippedTableReadsAndInterpolates() {
        Energy e = Energy.builder()
                .powerTableFile("../scenarios/power/hp-proliant-ml110-g5.csv")
                .build();
        assertEquals(11, e.powerTableW().size());
        assertEquals(93.7, e.powerModel().activeWatts(0), 1e-12);
        assertEquals(113, e.powerModel().activeWatts(0.45), 1e-9);
        assertEquals(135, e.powerModel().activeWatts(1.3), 1e-12);
    }

    @Test
    void aTableOfTenPointsIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p <= 90; p += 10) {
            b.append(p).append(',').append(100 + p).append('\n');
        }
        String f = table(dir, b.toString());
        assertEquals("energy.power_table_file: " + f + ":11: 10 points, need 11 (0, 10, ..., 100 %)", refusal(f));
    }

    @Test
    void decreasingWattsAndBadNumbersAreRefusedWithLineAndValue(@TempDir Path dir) throws Exception {
        String f = table(dir, "0,90\n10,80\n");
        assertEquals("energy.power_table_file: " + f + ":3: watts must not decrease: 80 after 90", refusal(f));
        f = table(dir, "0,90\n10,lots\n");
        assertEquals("energy.power_table_file: " + f + ":3: watts must be a number >= 0, got 'lots'", refusal(f));
        f = table(dir, "0,90\n20,95\n");
        assertEquals("energy.power_table_file: " + f + ":3: utilisation must be 10 %, got '20'", refusal(f));
    }

    @Test
    void twelvePointsAreRefused(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p <= 110; p += 10) {
            b.append(p).append(',').append(100 + p).append('\n');
        }
        String f = table(dir, b.toString());
        assertEquals(
                "energy.power_table_file: " + f + ":13: more than 11 points (0, 10, ..., 100 %): '110,210'",
                refusal(f));
    }
}
