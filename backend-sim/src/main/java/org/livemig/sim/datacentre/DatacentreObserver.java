package org.livemig.sim.datacentre;

import org.livemig.core.hypervisor.MigrationResult;

/** Learns what happens in the simulated datacentre (for measurements, traces and checks); all optional. */
public interface DatacentreObserver {

    /** A live migration started. */
    default void migrationStarted(double timeS, int vmId, int source, int destination) {}

    /** A live migration completed: the VM now runs on the destination. */
    default void migrationCompleted(MigrationResult result) {}

    /** A live migration was refused or failed: the VM is still on its source. */
    default void migrationFailed(double timeS, int vmId, int source, int destination, String reason) {}

    /** A VM was created on a PM. */
    default void vmAdded(double timeS, int vmId, int pmId) {}

    /** A VM was removed from a PM. */
    default void vmRemoved(double timeS, int vmId, int pmId) {}

    /** A PM failed (overload) and stopped answering. */
    default void pmDown(double timeS, int pmId) {}

    /** Every load average was sampled. */
    default void loadsSampled(double timeS) {}
}
