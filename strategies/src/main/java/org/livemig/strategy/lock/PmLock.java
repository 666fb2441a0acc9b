package org.livemig.strategy.lock;

import org.livemig.core.runtime.Scheduler;

/**
 * The LOCK flag of a PM (thesis Algorithm 3): free, or held for one boss (a hotspot, or the PM itself
 * while it steals) until released or until its timeout expires.
 *
 * <p>A candidate takes and drops its lock at every auction it hears of, so the lock keeps one expiry check
 * pending at a time instead of one timer per acquisition: a check that finds the deadline moved later
 * re-arms itself, and a deadline moved earlier arms a new check.
 */
public final class PmLock {

    /** Boss value of a free lock. */
    public static final int FREE = Integer.MIN_VALUE;

    private final Scheduler scheduler;
    private int boss = FREE;
    private double since;
    private double deadline;
    /** Time of the pending expiry check, or negative infinity when none is pending. */
    private double checkAt = Double.NEGATIVE_INFINITY;

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
        deadline = since + timeoutS;
        if (checkAt < since || deadline < checkAt) {
            armCheck();
        }
    }

    /** Whether this lock is held past its deadline at {@code nowS} (its expiry check runs at the deadline). */
    public boolean overdue(double nowS) {
        return boss != FREE && nowS > deadline;
    }

    /** When this lock expires unless renewed, s. */
    public double deadline() {
        return deadline;
    }

    public void release() {
        boss = FREE;
    }

    private void armCheck() {
        double at = deadline;
        checkAt = at;
        scheduler.schedule(Math.max(0, at - scheduler.now()), () -> check(at));
    }

    private void check(double at) {
        if (at != checkAt) {
            return;
        }
        checkAt = Double.NEGATIVE_INFINITY;
        if (boss == FREE) {
            return;
        }
        if (scheduler.now() < deadline) {
            armCheck();
        } else {
            release();
        }
    }
}
