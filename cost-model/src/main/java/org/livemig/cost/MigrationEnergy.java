package org.livemig.cost;

/**
 * Energy spent by one live migration, a linear function of the data it sends (SPEC 1).
 *
 * @param joulesPerMb energy per MB sent, J (finite, &gt;= 0)
 * @param fixedJoules fixed cost of a migration, J (finite, &gt;= 0)
 */
public record MigrationEnergy(double joulesPerMb, double fixedJoules) {

    /** The published fit: 0.512 J per MB plus 20.165 J. */
    public static final MigrationEnergy DEFAULT = new MigrationEnergy(0.512, 20.165);

    /** Validates both coefficients. */
    public MigrationEnergy {
        if (!Double.isFinite(joulesPerMb) || joulesPerMb < 0 || !Double.isFinite(fixedJoules) || fixedJoules < 0) {
            throw new IllegalArgumentException("migration energy coefficients must be finite numbers >= 0 (got "
                    + joulesPerMb + " J/MB, " + fixedJoules + " J)");
        }
    }

    /**
     * Energy of a migration that sends {@code migratedMb} MB.
     *
     * @param migratedMb V_mig, MB (finite, &gt;= 0)
     * @return E_mig in J
     * @throws IllegalArgumentException when migratedMb is negative, NaN or infinite
     */
    public double joules(double migratedMb) {
        if (!Double.isFinite(migratedMb) || migratedMb < 0) {
            throw new IllegalArgumentException("migratedMb must be a finite number >= 0 (got " + migratedMb + ")");
        }
        return joulesPerMb * migratedMb + fixedJoules; // SPEC 1: E_mig = 0.512*V_mig + 20.165 J
    }
}
