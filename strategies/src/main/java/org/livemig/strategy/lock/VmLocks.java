package org.livemig.strategy.lock;

import java.util.HashMap;
import java.util.Map;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Scheduler.Cancellable;

/** The set VMs_locked of a PM (thesis Algorithms 5-7): a locked VM is not offered and not migrated by others. */
public final class VmLocks {

    private final Scheduler scheduler;
    private final Map<Integer, Cancellable> locked = new HashMap<>();

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
        locked.put(vmId, scheduler.schedule(timeoutS, () -> locked.remove(vmId)));
        return true;
    }

    public void unlock(int vmId) {
        Cancellable expiry = locked.remove(vmId);
        if (expiry != null) {
            expiry.cancel();
        }
    }

    public int size() {
        return locked.size();
    }
}
