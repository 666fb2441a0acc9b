package org.livemig.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class MigrationEnergyTest {

    @Test
    void zeroDataCostsTheFixedEnergy() {
        assertEquals(20.165, MigrationEnergy.DEFAULT.joules(0), 1e-12);
    }

    @Test
    void specCheckMigration() {
        // V_mig of the SPEC 1 geometric check case
        assertEquals(0.512 * 304.72994816 + 20.165, MigrationEnergy.DEFAULT.joules(304.72994816), 1e-9);
        assertEquals(176.18673345792, MigrationEnergy.DEFAULT.joules(304.72994816), 1e-9);
    }

    @Test
    void rejectsNegativeAndNonFiniteData() {
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> MigrationEnergy.DEFAULT.joules(bad));
            assertTrue(e.getMessage().startsWith("migratedMb "), e.getMessage());
        }
    }

    @Property
    void isTheLinearFormula(@ForAll @DoubleRange(min = 0, max = 1e6) double migratedMb) {
        assertEquals(0.512 * migratedMb + 20.165, MigrationEnergy.DEFAULT.joules(migratedMb), 1e-9 * (1 + migratedMb));
    }

    @Property
    void growsWithTheData(
            @ForAll @DoubleRange(min = 0, max = 1e6) double v, @ForAll @DoubleRange(min = 0, max = 1e3) double more) {
        assertTrue(MigrationEnergy.DEFAULT.joules(v + more) >= MigrationEnergy.DEFAULT.joules(v));
    }
}
