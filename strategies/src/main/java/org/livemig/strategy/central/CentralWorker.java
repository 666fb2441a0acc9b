package org.livemig.strategy.central;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;
import org.livemig.strategy.agent.AgentChannel;

/**
 * The PM side of a central baseline: reports its state to the manager every interval, carries out the
 * manager's MIGRATE_COMMANDs and, when the baseline consolidates, powers its PM off once it has been empty for a
 * whole interval (Beloglazov and Buyya 2012 switch idle hosts off).
 */
final class CentralWorker implements PmAgent {

    private final AgentContext context;
    private final AgentChannel channel;
    private final double intervalS;
    private final boolean powerOffWhenEmpty;
    private boolean emptyAtLastReport;

    CentralWorker(AgentContext context, int frameOverheadBytes, double intervalS, boolean powerOffWhenEmpty) {
        this.context = context;
        this.channel = new AgentChannel(context, frameOverheadBytes);
        this.intervalS = intervalS;
        this.powerOffWhenEmpty = powerOffWhenEmpty;
    }

    @Override
    public void start() {
        // spread the reports over the interval so the manager's link sees no burst (as collectors jitter)
        double offset = intervalS * context.random().nextDouble();
        context.scheduler().schedule(offset, this::report);
    }

    private void report() {
        HypervisorView hv = context.hypervisor();
        if (!hv.poweredOn()) {
            return;
        }
        List<VmInfo> vms = new ArrayList<>();
        for (VmState vm : hv.vms()) {
            vms.add(new VmInfo(vm.id(), vm.vcpus(), vm.cpuLoad(), vm.cpuLoad(), vm.memoryMb(), vm.dirtyRateMbps()));
        }
        boolean empty = vms.isEmpty() && hv.memoryUsedMb() == 0;
        if (powerOffWhenEmpty && empty && emptyAtLastReport && hv.powerOff()) {
            return;
        }
        emptyAtLastReport = empty;
        channel.send(ProtocolMessages.statusReport(hv.pmId(), channel.pmInfo(hv.reportedLoad()), vms), 1);
        context.scheduler().schedule(intervalS, this::report);
    }

    @Override
    public void onMessage(Message m) {
        if (m.type() != MessageType.MIGRATE_COMMAND
                || m.source() != Message.CENTRAL_MANAGER
                || m.vms().isEmpty()) {
            return;
        }
        VmInfo vm = m.vms().get(0);
        boolean here = context.hypervisor().vms().stream().anyMatch(v -> v.id() == vm.id());
        if (!here
                || m.migrationTarget() < 0
                || m.migrationTarget() == context.hypervisor().pmId()) {
            return;
        }
        channel.migrate(
                vm,
                m.migrationTarget(),
                m.migrationId(),
                Message.CENTRAL_MANAGER,
                new HypervisorView.MigrationListener() {
                    @Override
                    public void completed(MigrationResult result) {}

                    @Override
                    public void failed(String reason) {}
                });
    }
}
