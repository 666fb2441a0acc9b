package org.livemig.core.runtime;

/** The clock and scheduler an agent sees: simulated time on DSOL, wall-clock time on a real host. */
public interface Scheduler {

    /** Current time in seconds since the start of the run. */
    double now();

    /** Runs {@code action} after {@code delaySeconds} (>= 0); the returned handle cancels it. */
    Cancellable schedule(double delaySeconds, Runnable action);

    /** A scheduled action that has not run yet can be cancelled; cancelling later does nothing. */
    interface Cancellable {
        void cancel();
    }
}
