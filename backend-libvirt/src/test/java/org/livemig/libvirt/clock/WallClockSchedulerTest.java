package org.livemig.libvirt.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WallClockSchedulerTest {

    @Test
    void runsEveryActionOnOneThreadInDelayOrder() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(3);
        try (WallClockScheduler s = new WallClockScheduler("t")) {
            // Delays count from each schedule call: scheduled together on the scheduler's own thread and 0.2 s
            // apart, the order cannot depend on how long the calls themselves take on a loaded machine.
            s.execute(() -> {
                for (int i : new int[] {3, 1, 2}) {
                    s.schedule(i * 0.2, () -> {
                        order.add(i);
                        threads.add(Thread.currentThread());
                        done.countDown();
                    });
                }
            });
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(List.of(1, 2, 3), order);
            assertEquals(1, threads.size());
        }
    }

    @Test
    void cancelledActionDoesNotRunAndAFailingOneDoesNotStopTheThread() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        try (WallClockScheduler s = new WallClockScheduler("t", errors::add)) {
            s.schedule(0.05, () -> ran.add("cancelled")).cancel();
            s.execute(() -> {
                throw new IllegalStateException("boom");
            });
            s.schedule(0.1, () -> {
                ran.add("after");
                done.countDown();
            });
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("after"), ran);
        assertEquals(1, errors.size());
    }

    @Test
    void clockAdvancesAndBadDelaysAreRefused() throws Exception {
        try (WallClockScheduler s = new WallClockScheduler("t")) {
            double t0 = s.now();
            Thread.sleep(5);
            assertTrue(s.now() > t0);
            assertThrows(IllegalArgumentException.class, () -> s.schedule(-1, () -> {}));
            assertThrows(IllegalArgumentException.class, () -> s.schedule(Double.NaN, () -> {}));
        }
    }
}
