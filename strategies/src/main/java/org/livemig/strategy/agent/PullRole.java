package org.livemig.strategy.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The Pull steal: the coldspot's side (thesis Algorithm 4, Hybrid Algorithm 6) and the candidates'
 * (Algorithm 5). Hybrid also locks the coldspot's PM while it steals; unlike the thesis's Algorithm 6, the
 * lock is released before the next pair is tried, so a refused steal attempt can be followed by another.
 */
final class PullRole {

    private enum Phase {
        COLLECTING,
        ATTEMPTING,
        MIGRATING
    }

    /** One steal of this PM; {@code null} in {@link #steal} is COLDSPOT = 0. */
    private static final class Steal {
        final long id;
        final RepliesBySource replies = new RepliesBySource();
        Phase phase = Phase.COLLECTING;
        Cancellable timer;
        List<CandidatePair> ranked = List.of();
        int next;
        CandidatePair current;
        /** Whether this steal holds the PM lock (Hybrid). */
        boolean holdsLock;
        /** The peers the STEAL_BROADCAST went to (null: every node). */
        int[] receivers;

        Steal(long id) {
            this.id = id;
        }
    }

    /** A STEAL_BROADCAST this PM answered: the steal and the VMs offered to it. */
    private record Solicitation(long stealId, List<VmInfo> offered) {}

    private final NegotiatingAgent agent;
    private Steal steal;
    /**
     * The latest steal broadcast answered, per coldspot (a PM steals one VM at a time): only a STEAL_ATTEMPT
     * for that steal and a VM offered to it may start a migration.
     */
    private final Map<Integer, Solicitation> solicited = new HashMap<>();

    PullRole(NegotiatingAgent agent) {
        this.agent = agent;
    }

    boolean busy() {
        return steal != null;
    }

    private boolean locksPm() {
        return agent.strategy().locksBoth();
    }

    // ---- coldspot (source) side ----

    void startSteal() {
        if (locksPm() && !agent.pmLock().isFree()) {
            return;
        }
        Steal s = new Steal(agent.nextNegotiationId());
        steal = s;
        s.receivers = agent.broadcast(ProtocolMessages.stealBroadcast(agent.id(), s.id, agent.pmInfo()));
        s.timer = agent.scheduler().schedule(agent.settings().replyTimeoutS(), () -> decide(s));
    }

    void onStealBroadcastReply(Message m) {
        Steal s = steal;
        if (s == null || s.phase != Phase.COLLECTING || m.migrationId() != s.id || m.pm() == null) {
            return;
        }
        s.replies.put(m.source(), m);
        if (s.replies.size() >= agent.expectedReplies(s.receivers)) {
            s.timer.cancel();
            decide(s);
        }
    }

    private void decide(Steal s) {
        if (steal != s || s.phase != Phase.COLLECTING) {
            return;
        }
        HypervisorView hv = agent.hypervisor();
        PmInfo me = agent.pmInfo();
        double threshold = agent.thresholds().pull();
        List<PmInfo> pms = new ArrayList<>();
        pms.add(me);
        List<MigrationChoice.Move> moves = new ArrayList<>();
        List<VmState> resident = hv.vms(); // one snapshot: nothing changes while deciding
        for (Message reply : s.replies.values()) {
            pms.add(reply.pm());
            for (VmInfo vm : reply.vms()) {
                if (CandidateRules.fits(vm, hv.cores(), me.memoryFreeMb(), resident, agent.vcpuOvercommit())
                        && (!agent.settings().pullDonorGuard()
                                || CandidateRules.keepsSourceWarm(reply.pm(), vm, threshold))) {
                    moves.add(new MigrationChoice.Move(vm, reply.source(), agent.id()));
                }
            }
        }
        s.ranked = agent.choice().rank(pms, moves).pairs();
        s.phase = Phase.ATTEMPTING;
        tryNext(s);
    }

    /** Asks the owner of the next best pair to migrate its VM here (STEAL_ATTEMPT). */
    private void tryNext(Steal s) {
        releaseLock(s);
        if (s.next >= s.ranked.size() || (locksPm() && !agent.pmLock().isFree())) {
            finish(s, false);
            return;
        }
        CandidatePair pair = s.ranked.get(s.next++);
        s.current = pair;
        if (locksPm()) {
            agent.pmLock().acquire(pair.source(), agent.settings().lockTimeoutS());
            s.holdsLock = true;
        }
        agent.countAttempt();
        agent.send(ProtocolMessages.stealAttempt(agent.id(), s.id, pair.source(), agent.pmInfo(), pair.vm()));
        s.timer = agent.scheduler().schedule(agent.settings().replyTimeoutS(), () -> {
            if (steal == s && s.phase == Phase.ATTEMPTING && s.current == pair) {
                tryNext(s);
            }
        });
    }

    void onStealAttemptAck(Message m) {
        Steal s = steal;
        if (s == null || s.phase != Phase.ATTEMPTING || m.migrationId() != s.id || m.source() != s.current.source()) {
            return;
        }
        s.timer.cancel();
        if (m.ack() != Acknowledgement.OK) {
            tryNext(s);
            return;
        }
        s.phase = Phase.MIGRATING;
        double guardS = agent.settings().lockTimeoutS() + s.current.costS();
        if (s.holdsLock) {
            agent.pmLock().renew(guardS);
        }
        s.timer = agent.scheduler().schedule(guardS, () -> end(s, false));
    }

    void onMigrationAck(Message m) {
        Steal s = steal;
        if (s != null && s.phase == Phase.MIGRATING && m.migrationId() == s.id && m.source() == s.current.source()) {
            double settleS = agent.settings().destinationSettleS();
            agent.migrated(settleS);
            if (s.holdsLock && settleS > 0) {
                agent.pmLock().renew(settleS);
                s.holdsLock = false;
            } else {
                releaseLock(s);
            }
            s.timer.cancel();
            finish(s, true);
        }
    }

    void onResourceRelease(Message m) {
        Steal s = steal;
        if (s != null && s.phase == Phase.MIGRATING && m.migrationId() == s.id && m.source() == s.current.source()) {
            s.timer.cancel();
            end(s, false);
        }
    }

    private void end(Steal s, boolean success) {
        releaseLock(s);
        finish(s, success);
    }

    private void releaseLock(Steal s) {
        if (s.holdsLock) {
            agent.pmLock().release();
            s.holdsLock = false;
        }
    }

    private void finish(Steal s, boolean success) {
        if (steal == s) {
            steal = null;
            agent.negotiationEnded(success);
        }
    }

    // ---- candidate side ----

    void onStealBroadcast(Message m) {
        List<VmInfo> offered = new ArrayList<>();
        if (!agent.settling()) {
            for (VmInfo vm : agent.vmInfos()) {
                if (!agent.vmLocks().isLocked(vm.id())) {
                    offered.add(vm);
                }
            }
        }
        if (m.source() >= 0) {
            solicited.put(m.source(), new Solicitation(m.migrationId(), offered));
        }
        agent.send(ProtocolMessages.stealBroadcastReply(agent.id(), m, agent.pmInfo(), offered));
    }

    void onStealAttempt(Message m) {
        Solicitation asked = solicited.get(m.source());
        VmInfo vm =
                asked == null || asked.stealId() != m.migrationId() || m.vms().isEmpty()
                        ? null
                        : asked.offered().stream()
                                .filter(v -> v.id() == m.vms().get(0).id())
                                .findFirst()
                                .orElse(null);
        if (vm == null) {
            agent.countUnsolicited();
            return;
        }
        boolean here = agent.hypervisor().vms().stream().anyMatch(v -> v.id() == vm.id());
        double guardS = agent.settings().lockTimeoutS() + agent.expectedMigrationS(vm);
        boolean ok = here && !agent.settling() && agent.vmLocks().tryLock(vm.id(), guardS);
        agent.send(ProtocolMessages.stealAttemptAck(
                agent.id(), m, ok ? Acknowledgement.OK : Acknowledgement.NOT_OK, agent.pmInfo(), vm));
        if (!ok) {
            return;
        }
        solicited.remove(m.source());
        agent.migrate(vm, m.source(), m.migrationId(), m.source(), new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult result) {
                agent.vmLocks().unlock(vm.id());
                agent.migrated(agent.settings().sourceSettleS());
            }

            @Override
            public void failed(String reason) {
                agent.vmLocks().unlock(vm.id());
            }
        });
    }
}
