package org.livemig.sim.fault;

import java.util.List;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;

/**
 * The hypervisor as one incarnation of a PM's agent sees it: the PM's own view, except that the outcome of a
 * migration reaches the incarnation only while it is alive, with its times on the agent's clock (a libvirt
 * host stamps migrations with its own wall clock).
 */
final class IncarnationHypervisor implements HypervisorView {

    private final HypervisorView pm;
    private final AgentClock clock;

    IncarnationHypervisor(HypervisorView pm, AgentClock clock) {
        this.pm = pm;
        this.clock = clock;
    }

    @Override
    public void startMigration(int vmId, int destination, MigrationListener listener) {
        pm.startMigration(vmId, destination, whileAlive(listener));
    }

    @Override
    public void startMigration(int vmId, int destination, int initiator, MigrationListener listener) {
        pm.startMigration(vmId, destination, initiator, whileAlive(listener));
    }

    /** {@code listener} in this incarnation's clock, told nothing once the agent has crashed. */
    private MigrationListener whileAlive(MigrationListener listener) {
        return new MigrationListener() {
            @Override
            public void completed(MigrationResult r) {
                if (clock.alive()) {
                    listener.completed(new MigrationResult(
                            r.vmId(),
                            r.source(),
                            r.destination(),
                            clock.local(r.startS()),
                            clock.local(r.endS()),
                            r.migratedMb(),
                            r.downtimeS(),
                            r.initiator()));
                }
            }

            @Override
            public void failed(String reason) {
                if (clock.alive()) {
                    listener.failed(reason);
                }
            }
        };
    }

    @Override
    public int pmId() {
        return pm.pmId();
    }

    @Override
    public int cores() {
        return pm.cores();
    }

    @Override
    public long memoryTotalMb() {
        return pm.memoryTotalMb();
    }

    @Override
    public long memoryUsedMb() {
        return pm.memoryUsedMb();
    }

    @Override
    public double reportedLoad() {
        return pm.reportedLoad();
    }

    @Override
    public List<VmState> vms() {
        return pm.vms();
    }

    @Override
    public double migrationRateMbps() {
        return pm.migrationRateMbps();
    }

    @Override
    public boolean poweredOn() {
        return pm.poweredOn();
    }

    @Override
    public boolean powerOff() {
        return pm.powerOff();
    }

    @Override
    public void powerOn() {
        pm.powerOn();
    }

    @Override
    public boolean wake(int pmId, double bootS) {
        return pm.wake(pmId, bootS);
    }
}
