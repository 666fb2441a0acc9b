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

    /**
     * As {@link #startMigration(int, int, MigrationListener)}, naming the node that decided the migration, which
     * the backend's migration log records; backends without a log ignore it.
     */
    default void startMigration(int vmId, int destination, int initiator, MigrationListener listener) {
        startMigration(vmId, destination, listener);
    }

    /** Whether this PM is powered on; a PM that is off is down on the network and hosts no VM. */
    default boolean poweredOn() {
        return true;
    }

    /**
     * Powers this PM off if it hosts no VM and none is arriving or leaving (LCC consolidate's shutdown).
     *
     * @return whether the PM is off now; false when it hosts VMs or the backend cannot power PMs off
     */
    default boolean powerOff() {
        return false;
    }

    /** Powers this PM on again (wake on demand); it is back on the network once booted. No effect when on. */
    default void powerOn() {}

    /**
     * Wakes powered-off PM {@code pmId} (Wake-on-LAN): it boots for {@code bootS} seconds and is then back on
     * the network, reporting load and able to receive VMs (LCC consolidate's wake on demand).
     *
     * @return whether a wake was sent; false when that PM is on or booting already, has failed, or the backend
     *         cannot wake PMs
     */
    default boolean wake(int pmId, double bootS) {
        return false;
    }

    /** Learns how a migration ended. */
    interface MigrationListener {
        void completed(MigrationResult result);

        /** The VM is still on its source PM. */
        void failed(String reason);
    }
}
