package org.livemig.strategy.agent;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.negotiation.Backoff;
import org.livemig.core.negotiation.VariableThresholds;
import org.livemig.core.prediction.Ewma;
import org.livemig.core.protocol.ContentFields;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.runtime.Scheduler;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.strategy.choice.MigrationChoice;
import org.livemig.strategy.lock.PmLock;
import org.livemig.strategy.lock.VmLocks;

/**
 * The agent of one PM: samples its load, detects hotspots and coldspots, and runs the source and candidate
 * halves of Push, Pull or Hybrid (thesis Algorithms 2-7). It sees only its {@link AgentContext}, so the same
 * code runs in the simulation and on libvirt.
 */
public final class NegotiatingAgent implements PmAgent {

    private final AgentContext context;
    private final AgentSettings settings;
    private final NegotiationStrategy strategy;
    private final AgentTraffic traffic;
    private final Ewma load;
    private final VmEstimates vmEstimates;
    private final PmLock pmLock;
    private final VmLocks vmLocks;
    private final Backoff backoff;
    private final VariableThresholds thresholds;
    private final PreCopyMigrationCost costModel;
    private final MigrationChoice choice;
    /** PM ids heard from (ids are >= 0), as bits: every message checks it. */
    private final BitSet peers = new BitSet();
    private final PushRole push;
    private final PullRole pull;
    private double quietUntil;
    private double settleUntil;
    private long attempts;
    private long negotiationSeq;

    public NegotiatingAgent(AgentContext context, AgentSettings settings, NegotiationStrategy strategy) {
        this.context = context;
        this.settings = settings;
        this.strategy = strategy;
        this.traffic = new AgentTraffic(context.transport());
        this.load = new Ewma(settings.ewmaAlpha(), settings.ewmaWarmupSamples());
        this.vmEstimates = new VmEstimates(settings.ewmaAlpha(), settings.ewmaWarmupSamples());
        this.pmLock = new PmLock(context.scheduler());
        this.vmLocks = new VmLocks(context.scheduler());
        this.backoff = new Backoff(settings.backoffSlotS(), settings.backoffMaxExponent(), settings.backoffCapS(),
                context.random());
        this.thresholds = new VariableThresholds(settings.pushThreshold(), settings.pullThreshold(),
                settings.thresholdStep());
        this.costModel = new PreCopyMigrationCost(settings.costModel());
        this.choice = new MigrationChoice(costModel,
                context.hypervisor().migrationRateMbps(), settings.requiredImprovementPercent());
        this.push = new PushRole(this);
        this.pull = new PullRole(this);
    }

    /** A factory of agents running {@code strategy} with {@code settings}. */
    public static Factory factory(AgentSettings settings, NegotiationStrategy strategy) {
        return context -> new NegotiatingAgent(context, settings, strategy);
    }

    @Override
    public void start() {
        broadcast(Message.of(MessageType.HELLO, id(), Message.BROADCAST));
        scheduler().schedule(settings.checkIntervalS(), this::check);
        if (settings.variableThresholds()) {
            scheduleThresholdPeriod();
        }
    }

    @Override
    public void onMessage(Message m) {
        if (m.source() >= 0 && m.source() != id()) {
            peers.set(m.source());
        }
        switch (m.type()) {
            case HELLO -> send(Message.of(MessageType.HELLO_REPLY, id(), m.source()));
            case HELLO_REPLY, MIGRATION, MEASUREMENT_REPLY -> { }
            case MEASUREMENT_REQUEST -> send(new Message(MessageType.MEASUREMENT_REPLY, id(), m.source(),
                    ContentFields.format(Map.of("attempts", attempts)), 0, Message.NONE, pmInfo(), List.of()));
            case HOTSPOT -> push.onHotspot(m);
            case HOTSPOT_REPLY -> push.onHotspotReply(m);
            case WINNING_BID -> push.onWinningBid(m);
            case WINNING_BID_ACK -> push.onWinningBidAck(m);
            case STEAL_BROADCAST -> pull.onStealBroadcast(m);
            case STEAL_BROADCAST_REPLY -> pull.onStealBroadcastReply(m);
            case STEAL_ATTEMPT -> pull.onStealAttempt(m);
            case STEAL_ATTEMPT_ACK -> pull.onStealAttemptAck(m);
            case RESOURCE_RELEASE -> {
                push.onResourceRelease(m);
                pull.onResourceRelease(m);
            }
            case MIGRATION_ACK -> {
                push.onMigrationAck(m);
                pull.onMigrationAck(m);
            }
        }
    }

    /** One period of the monitor (thesis Table G-1, monitor.py): sample, then maybe start a negotiation. */
    private void check() {
        HypervisorView hv = hypervisor();
        load.update(hv.reportedLoad());
        vmEstimates.update(hv.vms());
        scheduler().schedule(settings.checkIntervalS(), this::check);
        if (!load.warmedUp() || now() < quietUntil || settling() || push.busy() || pull.busy()) {
            return;
        }
        double l = normalisedLoad();
        if (strategy.pushes() && l >= thresholds.push()) {
            push.startAuction();
        } else if (strategy.pulls() && l <= thresholds.pull()) {
            pull.startSteal();
        }
    }

    private void scheduleThresholdPeriod() {
        double period = VariableThresholds.nextPeriodS(context.random(), settings.thresholdPeriodMinS(),
                settings.thresholdPeriodMaxS());
        scheduler().schedule(period, () -> {
            thresholds.tighten();
            scheduleThresholdPeriod();
        });
    }

    // ---- shared by the roles ----

    /**
     * Ends a negotiation this PM started: success resets the failure count, failure raises it; either way
     * the backoff delay (thesis eq. 3.19) passes before it acts again.
     */
    void negotiationEnded(boolean success) {
        double delay;
        if (success) {
            backoff.reset();
            delay = 0;
        } else {
            delay = backoff.delayAfterFailure();
        }
        quietUntil = Math.max(quietUntil, now() + delay);
    }

    /**
     * This PM took part in a migration: thresholds return to their initial values (thesis 3.1) and for
     * {@code settleS} it neither starts a negotiation nor offers or bids for VMs (thesis 5.1).
     */
    void migrated(double settleS) {
        thresholds.reset();
        settleUntil = Math.max(settleUntil, now() + settleS);
    }

    /** Whether this PM is settling after a migration and must not offer or accept VMs. */
    boolean settling() {
        return now() < settleUntil;
    }

    /**
     * Live-migrates {@code vm} to {@code destination} for negotiation {@code negotiationId}: tells the
     * measurement point (MIGRATION), and when it ends sends MIGRATION_ACK to the measurement point and the
     * destination, or RESOURCE_RELEASE to the destination if it failed; then calls {@code then}.
     */
    void migrate(VmInfo vm, int destination, long negotiationId, int initiator,
                 HypervisorView.MigrationListener then) {
        send(new Message(MessageType.MIGRATION, id(), Message.MEASUREMENT_POINT, "", negotiationId, destination,
                null, List.of(vm)));
        hypervisor().startMigration(vm.id(), destination, new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult r) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("initiator", initiator);
                fields.put("start_s", r.startS());
                fields.put("end_s", r.endS());
                fields.put("v_mig_mb", r.migratedMb());
                fields.put("t_down_s", r.downtimeS());
                Message ack = new Message(MessageType.MIGRATION_ACK, id(), Message.MEASUREMENT_POINT,
                        ContentFields.format(fields), negotiationId, destination, null, List.of(vm));
                send(ack);
                send(ack.withDestination(destination));
                then.completed(r);
            }

            @Override
            public void failed(String reason) {
                send(new Message(MessageType.RESOURCE_RELEASE, id(), destination, "migration failed",
                        negotiationId, destination, null, List.of(vm)));
                then.failed(reason);
            }
        });
    }

    /** The predicted total migration time of {@code vm} from this PM, s. */
    double expectedMigrationS(VmInfo vm) {
        return costModel.estimate(vm.memoryMb(), hypervisor().migrationRateMbps(), vm.dirtyRateMbps())
                .migrationTimeS();
    }

    long nextNegotiationId() {
        return ((long) id() << 32) | (++negotiationSeq & 0xffffffffL);
    }

    void countAttempt() {
        attempts++;
    }

    PmInfo pmInfo() {
        HypervisorView hv = hypervisor();
        return new PmInfo(id(), hv.cores(), load.value(), hv.reportedLoad(), hv.memoryTotalMb(),
                hv.memoryUsedMb(), traffic.bytes(), traffic.packets());
    }

    List<VmInfo> vmInfos() {
        return vmEstimates.infos();
    }

    double normalisedLoad() {
        return load.value() / hypervisor().cores();
    }

    void send(Message m) {
        traffic.send(m, 1);
    }

    void broadcast(Message m) {
        traffic.send(m, peers.cardinality() + 1);
    }

    int id() {
        return hypervisor().pmId();
    }

    double now() {
        return scheduler().now();
    }

    int peerCount() {
        return peers.cardinality();
    }

    Scheduler scheduler() {
        return context.scheduler();
    }

    HypervisorView hypervisor() {
        return context.hypervisor();
    }

    AgentSettings settings() {
        return settings;
    }

    NegotiationStrategy strategy() {
        return strategy;
    }

    VariableThresholds thresholds() {
        return thresholds;
    }

    MigrationChoice choice() {
        return choice;
    }

    PmLock pmLock() {
        return pmLock;
    }

    VmLocks vmLocks() {
        return vmLocks;
    }

    /** Migration attempts this PM made (HOTSPOT broadcasts and STEAL_ATTEMPT requests). */
    public long attempts() {
        return attempts;
    }
}
