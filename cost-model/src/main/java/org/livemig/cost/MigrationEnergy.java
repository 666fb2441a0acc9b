package org.livemig.cost;

/** Energy spent by one live migration, a linear function of the data it sends (SPEC 1). */
public final class MigrationEnergy {

    /** Joules per MB sent. */
    public static final double JOULES_PER_MB = 0.512;

    /** Fixed cost of a migration, J. */
    public static final double FIXED_JOULES = 20.165;

    private MigrationEnergy() {
    }

    /**
     * Energy of a migration that sends {@code migratedMb} MB.
     *
     * @param migratedMb V_mig, MB (finite, &gt;= 0)
     * @return E_mig in J
     * @throws IllegalArgumentException when migratedMb is negative, NaN or infinite
     */
    public static double joules(double migratedMb) {
        if (!Double.isFinite(migratedMb) || migratedMb < 0) {
            throw new IllegalArgumentException("migratedMb must be a finite number >= 0 (got " + migratedMb + ")");
        }
        return JOULES_PER_MB * migratedMb + FIXED_JOULES; // SPEC 1: E_mig = 0.512*V_mig + 20.165 J
    }
}
