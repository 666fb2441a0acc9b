package org.livemig.strategy.agent;

import org.livemig.core.agent.AgentContext;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MigrationReport;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;

/**
 * What every PM agent (negotiating or LCC) does the same way: sends through its counted {@link AgentTraffic},
 * describes its PM, answers the measurement point, and starts a live migration reporting it with MIGRATION and
 * MIGRATION_ACK.
 */
public final class AgentChannel {

    private final AgentContext context;
    private final AgentTraffic traffic;

    /** The channel of the agent running in {@code context}. */
    public AgentChannel(AgentContext context, int frameOverheadBytes) {
        this.context = context;
        this.traffic = new AgentTraffic(context.transport(), frameOverheadBytes);
    }

    /** Sends {@code message}; a broadcast is counted as {@code receivers} copies. */
    public void send(Message message, int receivers) {
        traffic.send(message, receivers);
    }

    /** Sends a copy of {@code message} to each of {@code destinations} (a broadcast bounded to a sample). */
    public void multicast(Message message, int[] destinations) {
        traffic.multicast(message, destinations);
    }

    /** This PM's information with {@code predictedLoad} (in cores) and the traffic sent so far. */
    public PmInfo pmInfo(double predictedLoad) {
        HypervisorView hv = context.hypervisor();
        return new PmInfo(
                hv.pmId(),
                hv.cores(),
                predictedLoad,
                hv.reportedLoad(),
                hv.memoryTotalMb(),
                hv.memoryUsedMb(),
                traffic.bytes(),
                traffic.packets());
    }

    /** Answers the measurement point's {@code request} with this PM's information and its attempt count. */
    public void replyToMeasurement(Message request, double predictedLoad, long attempts) {
        send(
                ProtocolMessages.measurementReply(
                        context.hypervisor().pmId(), request, pmInfo(predictedLoad), attempts),
                1);
    }

    /**
     * Answers the measurement point's {@code request} with this PM's information, its attempt count and the
     * normalised load and average load the agent acts on.
     */
    public void replyToMeasurement(
            Message request, double predictedLoad, long attempts, double viewLoad, double viewAverage) {
        send(
                ProtocolMessages.measurementReply(
                        context.hypervisor().pmId(), request, pmInfo(predictedLoad), attempts, viewLoad, viewAverage),
                1);
    }

    /**
     * Live-migrates {@code vm} to {@code target} for migration {@code migrationId} started by {@code issuer}:
     * tells the measurement point (MIGRATION), and when it completes sends MIGRATION_ACK to the measurement
     * point and the target; then calls {@code then}.
     */
    public void migrate(VmInfo vm, int target, long migrationId, int issuer, HypervisorView.MigrationListener then) {
        int self = context.hypervisor().pmId();
        send(ProtocolMessages.migration(self, migrationId, issuer, target, vm), 1);
        context.hypervisor().startMigration(vm.id(), target, issuer, new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult r) {
                Message ack = ProtocolMessages.migrationAck(
                        self,
                        migrationId,
                        issuer,
                        target,
                        vm,
                        new MigrationReport(r.startS(), r.endS(), r.migratedMb(), r.downtimeS()));
                send(ack, 1);
                send(ack.withDestination(target), 1);
                then.completed(r);
            }

            @Override
            public void failed(String reason) {
                then.failed(reason);
            }
        });
    }
}
