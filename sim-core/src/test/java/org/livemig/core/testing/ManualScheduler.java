package org.livemig.core.testing;

import java.util.PriorityQueue;
import org.livemig.core.runtime.Scheduler;

/** A plain event queue for unit tests of agents, independent of DSOL. */
public final class ManualScheduler implements Scheduler {

    private static final class Event implements Comparable<Event> {
        final double time;
        final long seq;
        final Runnable action;
        boolean cancelled;

        Event(double time, long seq, Runnable action) {
            this.time = time;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public int compareTo(Event o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private double now;
    private long seq;

    @Override
    public double now() {
        return now;
    }

    @Override
    public Cancellable schedule(double delaySeconds, Runnable action) {
        if (!(delaySeconds >= 0)) {
            throw new IllegalArgumentException("delay must be >= 0, got " + delaySeconds);
        }
        Event e = new Event(now + delaySeconds, seq++, action);
        queue.add(e);
        return () -> e.cancelled = true;
    }

    /** Runs every event up to and including {@code endS}, then sets the clock to {@code endS}. */
    public void runUntil(double endS) {
        while (!queue.isEmpty() && queue.peek().time <= endS) {
            Event e = queue.poll();
            now = e.time;
            if (!e.cancelled) {
                e.action.run();
            }
        }
        now = endS;
    }
}
