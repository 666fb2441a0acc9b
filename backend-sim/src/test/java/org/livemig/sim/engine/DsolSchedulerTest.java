package org.livemig.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.core.runtime.Scheduler;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DsolSchedulerTest {

    private final DsolScheduler scheduler = DsolScheduler.standalone("test");
    private final List<String> trace = new ArrayList<>();

    @AfterEach
    void close() {
        scheduler.close();
    }

    private Runnable record(String name) {
        return () -> trace.add(name + "@" + scheduler.now());
    }

    @Test
    void runsEventsInTimeOrderAndTiesInSchedulingOrder() {
        scheduler.schedule(5, record("e"));
        scheduler.schedule(1, record("a"));
        scheduler.schedule(3, record("c"));
        scheduler.schedule(2, record("b1"));
        scheduler.schedule(2, record("b2"));

        assertEquals(5, scheduler.runUntil(10));

        assertEquals(List.of("a@1.0", "b1@2.0", "b2@2.0", "c@3.0", "e@5.0"), trace);
        assertEquals(10.0, scheduler.now());
        assertEquals(5, scheduler.executedEvents());
    }

    @Test
    void runUntilIncludesTheEndTimeAndLeavesLaterEventsForTheNextRun() {
        scheduler.schedule(10, record("at-end"));
        scheduler.schedule(10.5, record("later"));
        scheduler.schedule(1, () -> scheduler.schedule(2, record("nested")));

        assertEquals(3, scheduler.runUntil(10));
        assertEquals(List.of("nested@3.0", "at-end@10.0"), trace);

        assertEquals(1, scheduler.runUntil(20));
        assertEquals("later@10.5", trace.get(2));
        assertEquals(20.0, scheduler.now());
    }

    @Test
    void cancelledEventsDoNotRunAndLateCancelsDoNothing() {
        Scheduler.Cancellable early = scheduler.schedule(1, record("cancelled-before-run"));
        Scheduler.Cancellable byEvent = scheduler.schedule(4, record("cancelled-by-event"));
        Scheduler.Cancellable done = scheduler.schedule(2, record("ran"));
        scheduler.schedule(3, byEvent::cancel);
        early.cancel();

        scheduler.runUntil(10);
        done.cancel();
        early.cancel();

        assertEquals(List.of("ran@2.0"), trace);
    }

    @Test
    void anExceptionInAnEventEndsTheRunAndReachesTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom");
        scheduler.schedule(1, record("before"));
        scheduler.schedule(2, () -> {
            throw boom;
        });
        scheduler.schedule(3, record("after"));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> scheduler.runUntil(10));

        assertSame(boom, thrown);
        assertEquals(List.of("before@1.0"), trace);
        assertEquals(2.0, scheduler.failureTimeS());
        assertThrows(IllegalStateException.class, () -> scheduler.runUntil(20), "a failed run stays failed");
    }

    @Test
    void failStopsTheRunEarlyWithTheGivenError() {
        RuntimeException error = new RuntimeException("invariant");
        scheduler.schedule(4, () -> {
            scheduler.fail(error);
            trace.add("rest of the failing event");
        });
        scheduler.schedule(4, record("same time, later"));
        scheduler.schedule(6, record("after"));

        assertSame(error, assertThrows(RuntimeException.class, () -> scheduler.runUntil(100)));
        assertEquals(List.of("rest of the failing event"), trace);
    }

    @Test
    void rejectsBadDelays() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(-1, () -> {}));
        assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(Double.NaN, () -> {}));
        assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(Double.POSITIVE_INFINITY, () -> {}));
    }

    @Test
    void closeEndsTheWorkerThreadSoTheJvmCanExit() throws InterruptedException {
        DsolScheduler own = DsolScheduler.standalone("worker-to-end");
        own.schedule(1, () -> {});
        own.runUntil(5);
        assertTrue(workerAlive("worker-to-end"));

        own.close();

        for (int i = 0; i < 200 && workerAlive("worker-to-end"); i++) {
            Thread.sleep(10);
        }
        assertFalse(workerAlive("worker-to-end"));
    }

    private static boolean workerAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
