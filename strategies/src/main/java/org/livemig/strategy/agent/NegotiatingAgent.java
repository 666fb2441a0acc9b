package org.livemig.strategy.agent;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.negotiation.Backoff;
import org.livemig.core.negotiation.VariableThresholds;
import org.livemig.core.prediction.Ewma;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.runtime.Scheduler;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.scenario.Negotiation;
import org.livemig.scenario.Scenario;
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
    private final Negotiation settings;
    private final double vcpuOvercommit;
    private final NegotiationStrategy strategy;
    private final AgentChannel channel;
    private final Ewma load;
    private final VmEstimates vmEstimates;
    private final PmLock pmLock;
    private final VmLocks vmLocks;
    private final Backoff backoff;
    private final VariableThresholds thresholds;
    private final PreCopyMigrationCost costModel;
    private final MigrationChoice choice;
    /** PM ids below this are kept as bits; larger ones in a set, so no id makes the agent allocate per id. */
    static final int DENSE_IDS = 1 << 16;
    /** PM ids heard from below {@link #DENSE_IDS}, as bits: every message checks it. */
    private final BitSet peers = new BitSet();
    /** PM ids heard from at or above {@link #DENSE_IDS}. */
    private final Set<Integer> sparsePeers = new HashSet<>();
    /** The Cyclon overlay broadcasts are drawn from; null when {@code negotiation.fanout} is all. */
    private final CyclonGossip overlay;

    private final PushRole push;
    private final PullRole pull;
    private double quietUntil;
    private double settleUntil;
    private long attempts;
    private long rejected;
    private long unsolicited;
    private long negotiationSeq;

    /** The agent of the PM behind {@code context}, negotiating as {@code scenario} says. */
    public NegotiatingAgent(AgentContext context, Scenario scenario, NegotiationStrategy strategy) {
        this.context = context;
        this.settings = scenario.negotiation();
        this.vcpuOvercommit = scenario.topology().vcpuOvercommit();
        this.strategy = strategy;
        this.channel = new AgentChannel(context, scenario.network().frameOverheadBytes());
        this.load = new Ewma(settings.ewmaAlpha(), settings.ewmaWarmupSamples());
        this.vmEstimates = new VmEstimates(settings.ewmaAlpha(), settings.ewmaWarmupSamples());
        this.pmLock = new PmLock(context.scheduler());
        this.vmLocks = new VmLocks(context.scheduler());
        this.backoff = new Backoff(
                settings.backoffSlotS(), settings.backoffMaxExponent(), settings.backoffCapS(), context.random());
        this.thresholds =
                new VariableThresholds(settings.pushThreshold(), settings.pullThreshold(), settings.thresholdStep());
        this.costModel = new PreCopyMigrationCost(scenario.costModel().preCopyParameters());
        this.choice = new MigrationChoice(
                costModel, context.hypervisor().migrationRateMbps(), settings.requiredSystemStateImprovementPercent());
        this.overlay = settings.sampled() ? new CyclonGossip(context, channel, settings) : null;
        this.push = new PushRole(this);
        this.pull = new PullRole(this);
    }

    /** A factory of agents running {@code strategy} as {@code scenario} says. */
    public static Factory factory(Scenario scenario, NegotiationStrategy strategy) {
        return context -> new NegotiatingAgent(context, scenario, strategy);
    }

    @Override
    public void start() {
        if (overlay != null) {
            overlay.start();
        }
        broadcast(ProtocolMessages.hello(id()));
        scheduler().schedule(settings.checkIntervalS(), this::check);
        if (settings.variableThresholds()) {
            scheduleThresholdPeriod();
        }
    }

    @Override
    public void onMessage(Message m) {
        if (!ReceivedFields.valid(m)) {
            rejected++;
            return;
        }
        if (overlay == null && m.source() >= 0 && m.source() != id()) {
            if (m.source() < DENSE_IDS) {
                peers.set(m.source());
            } else {
                sparsePeers.add(m.source());
            }
        }
        switch (m.type()) {
            case HELLO -> send(ProtocolMessages.helloReply(id(), m));
            case HELLO_REPLY, MIGRATION, MEASUREMENT_REPLY, LCC -> {}
            case SHUFFLE, SHUFFLE_REPLY -> {
                if (overlay != null) {
                    overlay.onMessage(m);
                }
            }
            case MEASUREMENT_REQUEST -> channel.replyToMeasurement(m, load.value(), attempts);
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
        double period = VariableThresholds.nextPeriodS(
                context.random(), settings.thresholdPeriodMinS(), settings.thresholdPeriodMaxS());
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
     * Live-migrates {@code vm} to {@code destination} for negotiation {@code negotiationId} that
     * {@code initiator} started (see {@link AgentChannel#migrate}); if it fails, sends RESOURCE_RELEASE to the
     * destination. Then calls {@code then}.
     */
    void migrate(VmInfo vm, int destination, long negotiationId, int initiator, HypervisorView.MigrationListener then) {
        channel.migrate(vm, destination, negotiationId, initiator, new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult r) {
                then.completed(r);
            }

            @Override
            public void failed(String reason) {
                send(ProtocolMessages.migrationFailed(id(), destination, negotiationId, initiator, vm));
                then.failed(reason);
            }
        });
    }

    /** The predicted total migration time of {@code vm} from this PM, s. */
    double expectedMigrationS(VmInfo vm) {
        return costModel
                .estimate(vm.memoryMb(), hypervisor().migrationRateMbps(), vm.dirtyRateMbps())
                .migrationTimeS();
    }

    long nextNegotiationId() {
        return ((long) id() << 32) | (++negotiationSeq & 0xffffffffL);
    }

    void countUnsolicited() {
        unsolicited++;
    }

    void countAttempt() {
        attempts++;
    }

    PmInfo pmInfo() {
        return channel.pmInfo(load.value());
    }

    List<VmInfo> vmInfos() {
        return vmEstimates.infos();
    }

    double normalisedLoad() {
        return load.value() / hypervisor().cores();
    }

    void send(Message m) {
        channel.send(m, 1);
    }

    /**
     * Broadcasts {@code m}: to every node as the thesis does when the fanout is all (returns null), else to a
     * sample of {@code negotiation.fanout} peers of the overlay (returns them).
     */
    int[] broadcast(Message m) {
        if (overlay == null) {
            channel.send(m, peerCount() + 1);
            return null;
        }
        int[] receivers = overlay.sample();
        channel.multicast(m, receivers);
        return receivers;
    }

    /** Sends {@code m}, a broadcast, again to {@code receivers} from {@link #broadcast} (null: to every node). */
    void sendTo(Message m, int[] receivers) {
        if (receivers == null) {
            channel.send(m, peerCount() + 1);
        } else {
            channel.multicast(m, receivers);
        }
    }

    /** How many replies a broadcast to {@code receivers} (null: every node) can get. */
    int expectedReplies(int[] receivers) {
        return receivers == null ? peerCount() : receivers.length;
    }

    int id() {
        return hypervisor().pmId();
    }

    double now() {
        return scheduler().now();
    }

    int peerCount() {
        return peers.cardinality() + sparsePeers.size();
    }

    Scheduler scheduler() {
        return context.scheduler();
    }

    HypervisorView hypervisor() {
        return context.hypervisor();
    }

    Negotiation settings() {
        return settings;
    }

    /** A PM accepts VMs while their vcpus sum to at most this many times its cores (topology.vcpu_overcommit). */
    double vcpuOvercommit() {
        return vcpuOvercommit;
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

    @Override
    public String overdueLock() {
        double now = now();
        if (pmLock.overdue(now)) {
            return "PM " + id() + " holds its lock for " + pmLock.boss() + " past its deadline " + pmLock.deadline()
                    + " s (now " + now + " s)";
        }
        int vm = vmLocks.overdue(now);
        return vm < 0 ? null : "PM " + id() + " keeps VM " + vm + " locked past its timeout (now " + now + " s)";
    }

    /** Messages dropped on receipt because a numeric field is NaN, infinite or negative. */
    public long rejectedMessages() {
        return rejected;
    }

    /** STEAL_ATTEMPT requests dropped because they answer no STEAL_BROADCAST this PM replied to. */
    public long unsolicitedMessages() {
        return unsolicited;
    }

    /** Peers in this PM's overlay view; 0 when the fanout is all (no overlay). */
    public int overlayViewSize() {
        return overlay == null ? 0 : overlay.viewSize();
    }

    /** Migration attempts this PM made (HOTSPOT broadcasts and STEAL_ATTEMPT requests). */
    @Override
    public long attempts() {
        return attempts;
    }
}
