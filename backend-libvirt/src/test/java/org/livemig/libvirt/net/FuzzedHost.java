package org.livemig.libvirt.net;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.VmState;

/**
 * A hypervisor view with no libvirt behind it for the fuzzed agent: PM 1, two cores at a steady load of
 * 0.4 per core (neither hotspot nor coldspot, so the agent starts nothing itself), VMs 7 and 8. It counts
 * every migration asked of it and performs none.
 */
final class FuzzedHost implements HypervisorView {

    final AtomicInteger migrationsStarted = new AtomicInteger();

    @Override
    public int pmId() {
        return 1;
    }

    @Override
    public int cores() {
        return 2;
    }

    @Override
    public long memoryTotalMb() {
        return 4096;
    }

    @Override
    public long memoryUsedMb() {
        return 512;
    }

    @Override
    public double reportedLoad() {
        return 0.8;
    }

    @Override
    public List<VmState> vms() {
        return List.of(new VmState(7, 1, 256, 0.4, 2), new VmState(8, 1, 256, 0.4, 2));
    }

    @Override
    public double migrationRateMbps() {
        return 12.5;
    }

    @Override
    public void startMigration(int vmId, int destination, MigrationListener listener) {
        migrationsStarted.incrementAndGet();
        listener.failed("the fuzzed host migrates nothing");
    }
}
