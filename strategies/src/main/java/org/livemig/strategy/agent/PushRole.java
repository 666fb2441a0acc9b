package org.livemig.strategy.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.protocol.Acknowledgement;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.runtime.Scheduler.Cancellable;
import org.livemig.strategy.choice.CandidatePair;
import org.livemig.strategy.choice.CandidateRules;
import org.livemig.strategy.choice.MigrationChoice;
import org.livemig.strategy.lock.PmLock;

/** The Push auction: the hotspot's side (thesis Algorithm 2, Hybrid Algorithm 6) and the candidates' (Algorithm 3). */
final class PushRole {

    private enum Phase {
        COLLECTING,
        AWAITING_ACK,
        MIGRATING
    }

    /** One auction of this PM; {@code null} in {@link #auction} is HOTSPOT = 0. */
    private static final class Auction {
        final long id;
        final RepliesBySource replies = new RepliesBySource();
        final Map<Integer, VmInfo> offered = new TreeMap<>();
        Phase phase = Phase.COLLECTING;
        Cancellable timer;
        CandidatePair winner;
        /** The peers the HOTSPOT went to (null: every node); the auction's later broadcasts go to them too. */
        int[] receivers;

        Auction(long id) {
            this.id = id;
        }
    }

    private final NegotiatingAgent agent;
    private Auction auction;
    /** The auction our PM lock is held for, as a candidate. */
    private long lockedFor;

    PushRole(NegotiatingAgent agent) {
        this.agent = agent;
    }

    boolean busy() {
        return auction != null;
    }

    // ---- hotspot (source) side ----

    void startAuction() {
        boolean lockVms = agent.strategy().locksBoth();
        List<VmInfo> offered = new ArrayList<>();
        for (VmInfo vm : agent.vmInfos()) {
            if (!lockVms || !agent.vmLocks().isLocked(vm.id())) {
                offered.add(vm);
            }
        }
        if (offered.isEmpty()) {
            return;
        }
        Auction a = new Auction(agent.nextNegotiationId());
        offered.forEach(vm -> a.offered.put(vm.id(), vm));
        auction = a;
        agent.countAttempt();
        a.receivers = agent.broadcast(ProtocolMessages.hotspot(agent.id(), a.id, agent.pmInfo(), offered));
        a.timer = agent.scheduler().schedule(agent.settings().replyTimeoutS(), () -> decide(a));
    }

    void onHotspotReply(Message m) {
        Auction a = auction;
        if (a == null || a.phase != Phase.COLLECTING || m.migrationId() != a.id || m.pm() == null) {
            return;
        }
        a.replies.put(m.source(), m);
        if (a.replies.size() >= agent.expectedReplies(a.receivers)) {
            a.timer.cancel();
            decide(a);
        }
    }

    private void decide(Auction a) {
        if (auction != a || a.phase != Phase.COLLECTING) {
            return;
        }
        List<PmInfo> pms = new ArrayList<>();
        pms.add(agent.pmInfo());
        List<MigrationChoice.Move> moves = new ArrayList<>();
        for (Message reply : a.replies.values()) {
            pms.add(reply.pm());
            for (VmInfo bid : reply.vms()) {
                VmInfo vm = a.offered.get(bid.id());
                if (vm != null) {
                    moves.add(new MigrationChoice.Move(vm, agent.id(), reply.source()));
                }
            }
        }
        MigrationChoice.Ranking ranking = agent.choice().rank(pms, moves);
        if (ranking.isEmpty()) {
            releaseCandidates(a);
            return;
        }
        a.winner = ranking.best();
        a.phase = Phase.AWAITING_ACK;
        agent.sendTo(ProtocolMessages.winningBid(agent.id(), a.id, a.winner.destination(), a.winner.vm()), a.receivers);
        a.timer = agent.scheduler().schedule(agent.settings().replyTimeoutS(), () -> {
            if (auction == a && a.phase == Phase.AWAITING_ACK) {
                releaseCandidates(a);
            }
        });
    }

    void onWinningBidAck(Message m) {
        Auction a = auction;
        if (a == null
                || a.phase != Phase.AWAITING_ACK
                || m.migrationId() != a.id
                || m.source() != a.winner.destination()) {
            return;
        }
        a.timer.cancel();
        VmInfo vm = a.winner.vm();
        boolean accepted = m.ack() == Acknowledgement.OK;
        boolean lockVms = agent.strategy().locksBoth();
        double guardS = agent.settings().lockTimeoutS() + a.winner.costS();
        if (!accepted || (lockVms && !agent.vmLocks().tryLock(vm.id(), guardS))) {
            releaseCandidates(a);
            return;
        }
        a.phase = Phase.MIGRATING;
        agent.migrate(vm, a.winner.destination(), a.id, agent.id(), new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult result) {
                agent.vmLocks().unlock(vm.id());
                agent.migrated(agent.settings().sourceSettleS());
                finish(a, true);
            }

            @Override
            public void failed(String reason) {
                agent.vmLocks().unlock(vm.id());
                finish(a, false);
            }
        });
    }

    /** The auction failed: every PM locked for it is released (RESOURCE_RELEASE). */
    private void releaseCandidates(Auction a) {
        agent.sendTo(ProtocolMessages.auctionReleased(agent.id(), a.id), a.receivers);
        finish(a, false);
    }

    private void finish(Auction a, boolean success) {
        if (auction == a) {
            auction = null;
            agent.negotiationEnded(success);
        }
    }

    // ---- candidate side ----

    void onHotspot(Message m) {
        if (m.pm() == null) {
            return;
        }
        PmLock lock = agent.pmLock();
        List<VmInfo> bids = new ArrayList<>();
        if (lock.isFree() && !agent.settling()) {
            lock.acquire(m.source(), agent.settings().lockTimeoutS());
            lockedFor = m.migrationId();
            bids = bids(m.vms());
        }
        agent.send(ProtocolMessages.hotspotReply(agent.id(), m, agent.pmInfo(), bids));
    }

    /** The offered VMs this PM can take without becoming a hotspot itself (thesis Algorithm 3 line 56). */
    private List<VmInfo> bids(List<VmInfo> offered) {
        HypervisorView hv = agent.hypervisor();
        PmInfo me = agent.pmInfo();
        double threshold = agent.thresholds().push();
        List<VmState> residents = hv.vms();
        List<VmInfo> bids = new ArrayList<>();
        for (VmInfo vm : offered) {
            if (CandidateRules.fits(vm, hv.cores(), me.memoryFreeMb(), residents, agent.vcpuOvercommit())
                    && CandidateRules.keepsDestinationCool(me, vm, threshold)) {
                bids.add(vm);
            }
        }
        return bids;
    }

    void onWinningBid(Message m) {
        PmLock lock = agent.pmLock();
        if (!lock.isHeldBy(m.source()) || m.migrationId() != lockedFor) {
            return;
        }
        if (m.migrationTarget() != agent.id()) {
            lock.release();
            return;
        }
        boolean stillFits = !m.vms().isEmpty() && !bids(m.vms()).isEmpty();
        Acknowledgement answer = stillFits ? Acknowledgement.OK : Acknowledgement.NOT_OK;
        agent.send(ProtocolMessages.winningBidAck(agent.id(), m, answer, agent.pmInfo()));
        if (stillFits) {
            lock.renew(agent.settings().lockTimeoutS()
                    + agent.expectedMigrationS(m.vms().get(0)));
        } else {
            lock.release();
        }
    }

    void onMigrationAck(Message m) {
        PmLock lock = agent.pmLock();
        if (!lock.isHeldBy(m.source()) || m.migrationId() != lockedFor) {
            return;
        }
        lockedFor = 0;
        double settleS = agent.settings().destinationSettleS();
        agent.migrated(settleS);
        if (settleS > 0) {
            lock.renew(settleS);
        } else {
            lock.release();
        }
    }

    void onResourceRelease(Message m) {
        PmLock lock = agent.pmLock();
        if (lock.isHeldBy(m.source()) && m.migrationId() == lockedFor) {
            lock.release();
            lockedFor = 0;
        }
    }
}
