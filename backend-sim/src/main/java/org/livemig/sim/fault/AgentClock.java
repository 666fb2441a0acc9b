package org.livemig.sim.fault;

import org.livemig.core.runtime.Scheduler;

/**
 * The scheduler one incarnation of a PM's agent sees: the host's clock, off by {@code offsetS} and running
 * at {@code rate} times true time (clock skew and drift), whose actions stop running once the incarnation
 * has crashed (its timers die with its process).
 */
final class AgentClock implements Scheduler {

    private final Scheduler truth;
    private final double offsetS;
    private final double rate;
    private boolean alive = true;

    AgentClock(Scheduler truth, double offsetS, double rate) {
        this.truth = truth;
        this.offsetS = offsetS;
        this.rate = rate;
    }

    /** The incarnation crashed: nothing it scheduled runs any more. */
    void kill() {
        alive = false;
    }

    boolean alive() {
        return alive;
    }

    /** True time {@code trueS} on this clock. */
    double local(double trueS) {
        return offsetS + rate * trueS;
    }

    @Override
    public double now() {
        return local(truth.now());
    }

    @Override
    public Cancellable schedule(double delaySeconds, Runnable action) {
        return truth.schedule(delaySeconds / rate, () -> {
            if (alive) {
                action.run();
            }
        });
    }
}
