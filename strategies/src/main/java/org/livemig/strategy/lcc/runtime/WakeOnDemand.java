package org.livemig.strategy.lcc.runtime;

import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.scenario.Lcc;

/**
 * Wake on demand for LCC consolidate (issue 6 item 5): an overloaded peer that no powered-on peer can relieve
 * wakes one powered-off peer (Wake-on-LAN through {@link HypervisorView#wake}); it boots for
 * {@code lcc.wake_up_s}, then is a <em>spare</em>, taking load from overloaded peers, for as long again after
 * it woke or last took a VM, while it has room. Then it follows the model like any other peer.
 */
final class WakeOnDemand {

    private final Lcc settings;
    private final double announceIntervalS;
    private final double waitTimeoutS;
    private boolean wasOn = true;
    private double spareUntilS = Double.NEGATIVE_INFINITY;
    private double wakePendingUntilS = Double.NEGATIVE_INFINITY;

    WakeOnDemand(Lcc settings, double announceIntervalS, double waitTimeoutS) {
        this.settings = settings;
        this.announceIntervalS = announceIntervalS;
        this.waitTimeoutS = waitTimeoutS;
    }

    /** Notes whether the PM is on now; coming back on starts its time as a spare. */
    void observe(double nowS, boolean poweredOn) {
        if (poweredOn && !wasOn) {
            spareUntilS = nowS + spareWindowS();
        }
        wasOn = poweredOn;
    }

    /** A VM arrived: a spare stays one for another window. */
    void tookLoad(double nowS) {
        if (nowS < spareUntilS) {
            spareUntilS = nowS + spareWindowS();
        }
    }

    /** isSpare(): woken recently (or took load recently since), on, with room below the full threshold. */
    boolean spare(double nowS, boolean poweredOn, double load) {
        return poweredOn && nowS < spareUntilS && load < settings.consolidateFullThreshold();
    }

    /**
     * wakePeer(Need): when no spare is up, no powered-on peer has room for {@code needCores} below the full
     * threshold, and no wake of this peer is under way, wakes one peer last seen shutting down.
     *
     * @return whether a peer was woken
     */
    boolean wakeFor(LccPeer peer, double needCores) {
        double now = peer.now();
        double fresh = 3 * announceIntervalS;
        PeerDirectory directory = peer.directory();
        if (now < wakePendingUntilS || !directory.inRole(SPARE, now, fresh).isEmpty()) {
            return false;
        }
        for (PeerDirectory.Entry e : directory.entries()) {
            boolean on = !SHUTDOWN.equals(e.roleName()) && now - e.timeS() <= fresh;
            if (on && (settings.consolidateFullThreshold() - e.load()) * e.cores() >= needCores) {
                return false; // a powered-on peer can still absorb it
            }
        }
        HypervisorView hv = peer.context().hypervisor();
        for (PeerDirectory.Entry e : directory.entries()) {
            if (SHUTDOWN.equals(e.roleName()) && hv.wake(e.id(), settings.wakeUpS())) {
                directory.forget(e.id());
                wakePendingUntilS = now + settings.wakeUpS() + 2 * waitTimeoutS;
                return true;
            }
        }
        return false;
    }

    private double spareWindowS() {
        return Math.max(settings.wakeUpS(), 2 * waitTimeoutS);
    }

    /** The role names this component knows of the consolidate model. */
    static final String SPARE = "spare";

    static final String SHUTDOWN = "shutdown";
}
