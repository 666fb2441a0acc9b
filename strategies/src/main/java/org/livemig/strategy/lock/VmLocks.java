package org.livemig.strategy.lock;

import java.util.HashMap;
import java.util.Map;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Scheduler.Cancellable;

/** The set VMs_locked of a PM (thesis Algorithms 5-7): a locked VM is not offered and not migrated by others. */
public final class VmLocks {

    private final Scheduler scheduler;
    private final Map<Integer, Cancellable> locked = new HashMap<>();
    /** Expiry time of each locked VM, s. */
    private final Map<Integer, Double> deadlines = new HashMap<>();

    public VmLocks(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public boolean isLocked(int vmId) {
        return locked.containsKey(vmId);
    }

    /** Locks {@code vmId} unless it is locked already; the lock expires after {@code timeoutS}. */
    public boolean tryLock(int vmId, double timeoutS) {
        if (locked.containsKey(vmId)) {
            return false;
        }
        locked.put(vmId, scheduler.schedule(timeoutS, () -> {
            locked.remove(vmId);
            deadlines.remove(vmId);
        }));
        deadlines.put(vmId, scheduler.now() + timeoutS);
        return true;
    }

    public void unlock(int vmId) {
        deadlines.remove(vmId);
        Cancellable expiry = locked.remove(vmId);
        if (expiry != null) {
            expiry.cancel();
        }
    }

    /** A VM locked past its deadline at {@code nowS}, or -1 when none is. */
    public int overdue(double nowS) {
        for (Map.Entry<Integer, Double> e : deadlines.entrySet()) {
            if (nowS > e.getValue()) {
                return e.getKey();
            }
        }
        return -1;
    }

    public int size() {
        return locked.size();
    }
}
