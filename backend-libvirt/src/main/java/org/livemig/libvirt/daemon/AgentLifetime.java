package org.livemig.libvirt.daemon;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long an agent process runs and what it says when it ends: until its duration ends, or (duration 0)
 * until it is stopped (SIGINT, SIGTERM). Either way its final report (the transport counters: datagrams
 * accepted and dropped by reason) is printed exactly once, from the shutdown hook when it is stopped.
 */
final class AgentLifetime {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Runnable close;
    private final Runnable report;

    /** A lifetime that ends with {@code close} then {@code report}. */
    AgentLifetime(Runnable close, Runnable report) {
        this.close = close;
        this.report = report;
    }

    /** What the shutdown hook runs: closes the agent, reports, and ends {@link #await}. */
    void stop() {
        close.run();
        reportOnce();
        stopped.countDown();
    }

    /** Waits {@code durationS} (0: until {@link #stop}), then reports if the stop has not already. */
    void await(double durationS) throws InterruptedException {
        if (durationS > 0) {
            stopped.await(Math.round(durationS * 1000), TimeUnit.MILLISECONDS);
        } else {
            stopped.await();
        }
        reportOnce();
    }

    private void reportOnce() {
        if (reported.compareAndSet(false, true)) {
            report.run();
        }
    }
}
