package org.livemig.core.hypervisor;

/**
 * A finished live migration.
 *
 * @param vmId          migrated VM
 * @param source        PM it left
 * @param destination   PM it now runs on
 * @param startS        time the migration started, s
 * @param endS          time it completed, s
 * @param migratedMb    data sent (V_mig), MB
 * @param downtimeS     stop-and-copy downtime (T_down), s
 * @param initiator     the node that decided the migration (source for Push, destination for Pull, a central
 *                      manager's id for the central baselines)
 */
public record MigrationResult(
        int vmId,
        int source,
        int destination,
        double startS,
        double endS,
        double migratedMb,
        double downtimeS,
        int initiator) {

    /** Total migration time (T_mig), s. */
    public double durationS() {
        return endS - startS;
    }
}
