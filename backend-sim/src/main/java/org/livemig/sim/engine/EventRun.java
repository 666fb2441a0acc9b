package org.livemig.sim.engine;

import java.util.Arrays;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * Events sorted by (time, tie) from {@code head} (inclusive) to {@code end} (exclusive), with their keys kept
 * as primitives beside them: one entry of {@link SortedRunsEventList}'s heap. A run made from a batch is
 * sorted once and only read; a run of a recurring delay ({@link RecurringDelays}) also grows at its tail.
 */
final class EventRun {

    double[] times;
    long[] ties;
    SimEventInterface<Double>[] events;
    int head;
    int end;
    /** Whether the run is an entry of the heap (it is exactly while it holds events). */
    boolean inHeap;

    /** An empty run with room for {@code capacity} events. */
    EventRun(int capacity) {
        times = new double[capacity];
        ties = new long[capacity];
        events = newEvents(capacity);
    }

    @SuppressWarnings("unchecked")
    static SimEventInterface<Double>[] newEvents(int length) {
        return (SimEventInterface<Double>[]) new SimEventInterface<?>[length];
    }

    /** Whether (time, tie) sorts before (otherTime, otherTie). */
    static boolean before(double time, long tie, double otherTime, long otherTie) {
        int byTime = Double.compare(time, otherTime);
        return byTime < 0 || byTime == 0 && tie < otherTie;
    }

    boolean isEmpty() {
        return head == end;
    }

    /** Whether an event keyed (time, tie) may go at the tail: the run stays sorted. */
    boolean acceptsAtTail(double time, long tie) {
        return head == end || !before(time, tie, times[end - 1], ties[end - 1]);
    }

    /** Appends an event; the caller checked {@link #acceptsAtTail}. */
    void append(double time, long tie, SimEventInterface<Double> event) {
        if (end == times.length) {
            makeRoom();
        }
        times[end] = time;
        ties[end] = tie;
        events[end] = event;
        end++;
    }

    /** Removes and returns the first event. */
    SimEventInterface<Double> takeFirst() {
        SimEventInterface<Double> first = events[head];
        events[head] = null;
        head++;
        if (head == end) {
            head = 0;
            end = 0;
        }
        return first;
    }

    /** Moves the live events to the front when that frees at least half the room, else doubles the room. */
    private void makeRoom() {
        int live = end - head;
        int capacity = live * 2 <= times.length ? times.length : times.length * 2;
        if (capacity != times.length) {
            times = Arrays.copyOf(times, capacity);
            ties = Arrays.copyOf(ties, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        if (head > 0) {
            System.arraycopy(times, head, times, 0, live);
            System.arraycopy(ties, head, ties, 0, live);
            System.arraycopy(events, head, events, 0, live);
            Arrays.fill(events, live, end, null);
            head = 0;
            end = live;
        }
    }
}
