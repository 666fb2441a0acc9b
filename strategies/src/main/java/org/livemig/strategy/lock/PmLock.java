package org.livemig.strategy.lock;

import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Scheduler.Cancellable;

/**
 * The LOCK flag of a PM (thesis Algorithm 3): free, or held for one boss (a hotspot, or the PM itself
 * while it steals) until released or until its timeout expires.
 */
public final class PmLock {

    /** Boss value of a free lock. */
    public static final int FREE = Integer.MIN_VALUE;

    private final Scheduler scheduler;
    private int boss = FREE;
    private double since;
    private Cancellable expiry;

    public PmLock(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public boolean isFree() {
        return boss == FREE;
    }

    public boolean isHeldBy(int node) {
        return boss != FREE && boss == node;
    }

    /** The node holding this lock, or {@link #FREE}. */
    public int boss() {
        return boss;
    }

    /** Time the lock was taken or last renewed, s. */
    public double since() {
        return since;
    }

    /** Takes the lock for {@code node}, releasing it by itself after {@code timeoutS}. */
    public void acquire(int node, double timeoutS) {
        boss = node;
        renew(timeoutS);
    }

    /** Keeps the lock for {@code timeoutS} from now. */
    public void renew(double timeoutS) {
        since = scheduler.now();
        cancelExpiry();
        expiry = scheduler.schedule(timeoutS, this::release);
    }

    public void release() {
        boss = FREE;
        cancelExpiry();
    }

    private void cancelExpiry() {
        if (expiry != null) {
            expiry.cancel();
            expiry = null;
        }
    }
}
