package org.livemig.core.hypervisor;

import java.util.List;

/**
 * What an agent may see and do on its own PM: loads, memory, VMs, and live migration. Implemented by
 * the simulated datacentre and by libvirt.
 */
public interface HypervisorView {

    /** This PM's node id. */
    int pmId();

    /** Cores of this PM (C_i). */
    int cores();

    /** Memory of this PM, MB. */
    long memoryTotalMb();

    /** Memory held by the VMs on this PM (including ones arriving), MB. */
    long memoryUsedMb();

    /** The load the host reports now (Linux load average times the hypervisor factor), in cores. */
    double reportedLoad();

    /** The VMs running on this PM now (a VM leaving is listed until its migration completes). */
    List<VmState> vms();

    /** Network rate available to a live migration from this PM, MB/s (R of the cost model). */
    double migrationRateMbps();

    /**
     * Starts a live migration of {@code vmId} to PM {@code destination}. The VM keeps running here until
     * the migration ends; exactly one of the listener's methods is called later, never from inside this call.
     */
    void startMigration(int vmId, int destination, MigrationListener listener);

    /** Learns how a migration ended. */
    interface MigrationListener {
        void completed(MigrationResult result);

        /** The VM is still on its source PM. */
        void failed(String reason);
    }
}
