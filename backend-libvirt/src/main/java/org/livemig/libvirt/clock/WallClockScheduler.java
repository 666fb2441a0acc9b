package org.livemig.libvirt.clock;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.livemig.core.runtime.Scheduler;

/**
 * A {@link Scheduler} on the wall clock: one thread runs every scheduled action, so an agent, its message
 * deliveries and its migration callbacks all run on that thread and the agent stays single-threaded, as in
 * the simulation. {@link #schedule} may be called from any thread. An action that throws is reported to the
 * error handler and does not stop the scheduler.
 */
public final class WallClockScheduler implements Scheduler, AutoCloseable {

    private final ScheduledExecutorService executor;
    private final long startNanos;
    private final Consumer<Throwable> errors;
    private volatile Thread thread;

    /** A scheduler whose failing actions are printed as one line on stderr. */
    public WallClockScheduler(String name) {
        this(name, e -> System.err.println(name + ": " + e));
    }

    /** A scheduler on a thread called {@code name} that reports failing actions to {@code errors}. */
    public WallClockScheduler(String name, Consumer<Throwable> errors) {
        this(name, 0, errors);
    }

    /**
     * A scheduler whose time 0 is {@code originEpochMs} (Unix time, ms), so nodes started at different moments
     * share one time axis; 0 means the moment of creation.
     */
    public WallClockScheduler(String name, long originEpochMs, Consumer<Throwable> errors) {
        long nowNanos = System.nanoTime();
        this.startNanos =
                originEpochMs <= 0 ? nowNanos : nowNanos - (System.currentTimeMillis() - originEpochMs) * 1_000_000L;
        this.errors = errors;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Seconds since the origin (by default the creation of this scheduler). */
    @Override
    public double now() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public Cancellable schedule(double delaySeconds, Runnable action) {
        if (!(delaySeconds >= 0) || Double.isInfinite(delaySeconds)) {
            throw new IllegalArgumentException("delay must be a finite number >= 0, got " + delaySeconds);
        }
        try {
            ScheduledFuture<?> f =
                    executor.schedule(() -> runSafely(action), Math.round(delaySeconds * 1e6), TimeUnit.MICROSECONDS);
            return () -> f.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> {}; // closed: nothing will run any more
        }
    }

    /** Runs {@code action} on the scheduler thread as soon as possible. */
    public void execute(Runnable action) {
        schedule(0, action);
    }

    /** Whether the calling thread is this scheduler's thread. */
    public boolean onSchedulerThread() {
        return Thread.currentThread() == thread;
    }

    private void runSafely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            errors.accept(e);
        }
    }

    /** Stops the thread; actions not yet run are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
