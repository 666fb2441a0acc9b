package org.livemig.core.measurement;

import org.livemig.argument.Arguments;

/**
 * One row of {@code migrations.csv}: a completed live migration (SPEC 8).
 *
 * @param startS time the migration started, in seconds
 * @param endS time it completed, in seconds, {@code >= startS}
 * @param vm the VM's id
 * @param source the PM it left
 * @param destination the PM it moved to
 * @param initiator the PM that started the migration (source for Push, destination for Pull)
 * @param vMigMb data transferred, in MB (V_mig of the cost model, SPEC 1)
 * @param tMigS total migration time, in seconds (T_mig)
 * @param tDownS downtime, in seconds (T_down)
 */
public record MigrationRecord(
        double startS,
        double endS,
        int vm,
        int source,
        int destination,
        int initiator,
        double vMigMb,
        double tMigS,
        double tDownS) {

    /** Checks that times are finite and ordered, ids are not negative and sizes are not negative. */
    public MigrationRecord {
        Arguments.nonNegative("startS", startS);
        Arguments.nonNegative("endS", endS);
        if (endS < startS) {
            throw new IllegalArgumentException("endS " + endS + " is before startS " + startS);
        }
        Arguments.count("vm", vm);
        Arguments.count("source", source);
        Arguments.count("destination", destination);
        Arguments.count("initiator", initiator);
        Arguments.nonNegative("vMigMb", vMigMb);
        Arguments.nonNegative("tMigS", tMigS);
        Arguments.nonNegative("tDownS", tDownS);
    }
}
