package org.livemig.sim;

import java.util.List;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.runtime.Scheduler;

/**
 * A test agent that every 5-25 s asks a random PM (MIGRATION) whether it may send it a random VM of its
 * own, and migrates the VM when the MIGRATION_ACK comes back within 10 s. One request in ten names a VM
 * that may not be here, to exercise refusals.
 */
final class RandomMigrationAgent implements PmAgent {

    /** Counts shared by all agents of a run. */
    static final class Stats {
        long requests;
        long started;
        long completed;
        long failed;
    }

    private final AgentContext context;
    private final int pmCount;
    private final Stats stats;
    private long lastMigrationId;
    private long pendingId = -1;
    private int pendingVm;
    private int pendingDestination;
    private Scheduler.Cancellable pendingTimeout;

    RandomMigrationAgent(AgentContext context, int pmCount, Stats stats) {
        this.context = context;
        this.pmCount = pmCount;
        this.stats = stats;
    }

    private int self() {
        return context.hypervisor().pmId();
    }

    @Override
    public void start() {
        context.transport().send(Message.of(MessageType.HELLO, self(), Message.BROADCAST));
        context.scheduler().schedule(20 * context.random().nextDouble(), this::tick);
    }

    private void tick() {
        List<VmState> vms = context.hypervisor().vms();
        if (pendingId < 0 && !vms.isEmpty()) {
            int vmId = context.random().nextInt(10) == 0
                    ? context.random().nextInt(100)
                    : vms.get(context.random().nextInt(vms.size())).id();
            int destination = context.random().nextInt(pmCount - 1);
            if (destination >= self()) {
                destination++;
            }
            pendingId = ++lastMigrationId;
            pendingVm = vmId;
            pendingDestination = destination;
            stats.requests++;
            VmInfo info = new VmInfo(vmId, 1, 0.5, 0.5, 256, 2.0);
            context.transport()
                    .send(Message.builder(MessageType.MIGRATION, self(), destination)
                            .migration(pendingId, self())
                            .migrationTarget(destination)
                            .vms(List.of(info))
                            .build());
            pendingTimeout = context.scheduler().schedule(10, () -> pendingId = -1);
        }
        context.scheduler().schedule(5 + 20 * context.random().nextDouble(), this::tick);
    }

    @Override
    public void onMessage(Message message) {
        if (message.type() == MessageType.MIGRATION) {
            context.transport()
                    .send(Message.builder(MessageType.MIGRATION_ACK, self(), message.source())
                            .migration(message.migrationId(), message.migrationIssuer())
                            .migrationTarget(self())
                            .vms(message.vms())
                            .build());
        } else if (message.type() == MessageType.MIGRATION_ACK
                && message.migrationId() == pendingId
                && message.source() == pendingDestination) {
            pendingTimeout.cancel();
            pendingId = -1;
            stats.started++;
            context.hypervisor().startMigration(pendingVm, message.source(), new HypervisorView.MigrationListener() {
                @Override
                public void completed(MigrationResult result) {
                    stats.completed++;
                }

                @Override
                public void failed(String reason) {
                    stats.failed++;
                }
            });
        }
    }
}
