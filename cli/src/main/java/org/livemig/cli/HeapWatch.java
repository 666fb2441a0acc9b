package org.livemig.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during a stretch of work, from the JVM's garbage-collection notifications: the most heap in use
 * just before a collection or at the end (the high-water mark, garbage included, so it grows with
 * {@code -Xmx}) and the most heap still in use right after a collection (what the work kept alive, at most:
 * G1's young collections leave old garbage in place, so this is an upper bound of the live data). Starts
 * after a full GC.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong maxAfterGcBytes = new AtomicLong();
    private final AtomicLong maxBeforeGcBytes = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private long collectionsBefore;

    private HeapWatch() {}

    /** Collects garbage and starts watching. */
    static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch();
        watch.maxAfterGcBytes.set(heapUsedBytes());
        watch.maxBeforeGcBytes.set(heapUsedBytes());
        watch.collectionsBefore = collectionCount();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.listener, null, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    private static long collectionCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        maxBeforeGcBytes.accumulateAndGet(heapBytes(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        maxAfterGcBytes.accumulateAndGet(heapBytes(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    private static long heapBytes(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (isHeapPool(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    private static boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    /** The most heap in use since the start (just before a collection, or now), MB. */
    double peakMb() {
        awaitNotifications();
        return Math.max(maxBeforeGcBytes.get(), heapUsedBytes()) / 1e6;
    }

    /** The most heap in use right after a collection since the start, MB. */
    double maxAfterGcMb() {
        awaitNotifications();
        return maxAfterGcBytes.get() / 1e6;
    }

    /** Notifications arrive on another thread: waits (up to a second) until every collection so far was seen. */
    private void awaitNotifications() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (collections.get() < collectionCount() - collectionsBefore && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** Collections since the start. */
    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
