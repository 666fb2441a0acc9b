package org.livemig.sim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * A DSOL event list: a binary heap whose sort keys sit in primitive arrays next to the events. It orders
 * events exactly as DSOL's {@code SimEventInterface.compareTo} (time, then higher priority first, then
 * lower id, i.e. creation order) but compares {@code double}s and {@code long}s instead of dereferencing
 * each event and its boxed time, which made the sift loops of DSOL's {@code EventListPriorityQueue} the
 * hottest code of a large run (tens of thousands of pending events).
 */
final class TimeKeyedEventList implements EventListInterface<Double> {

    /** Bits of the tie key below the priority part: event ids must stay below 2^59. */
    private static final int ID_BITS = 59;
    private static final long MAX_ID = (1L << ID_BITS) - 1;

    private double[] times = new double[1024];
    private long[] ties = new long[1024];
    private SimEventInterface<Double>[] events = newArray(1024);
    private int size;

    @SuppressWarnings("unchecked")
    private static SimEventInterface<Double>[] newArray(int length) {
        return (SimEventInterface<Double>[]) new SimEventInterface<?>[length];
    }

    /** Priority (higher first) and id (lower first) in one key that sorts ascending. */
    private static long tieKey(SimEventInterface<Double> event) {
        long id = event.getId();
        if (id < 0 || id > MAX_ID) {
            throw new IllegalStateException("event id out of range: " + id);
        }
        long rank = SimEventInterface.MAX_PRIORITY + 1 - event.getPriority(); // priorities 0..11 -> 11..0
        return (rank << ID_BITS) | id;
    }

    private boolean before(int i, int j) {
        int byTime = Double.compare(times[i], times[j]);
        return byTime < 0 || byTime == 0 && ties[i] < ties[j];
    }

    @Override
    public void add(SimEventInterface<Double> event) {
        if (size == events.length) {
            int grown = size * 2;
            times = Arrays.copyOf(times, grown);
            ties = Arrays.copyOf(ties, grown);
            events = Arrays.copyOf(events, grown);
        }
        double time = event.getAbsoluteExecutionTime();
        long tie = tieKey(event);
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int byTime = Double.compare(time, times[parent]);
            if (byTime > 0 || byTime == 0 && tie > ties[parent]) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, time, tie, event);
    }

    @Override
    public SimEventInterface<Double> first() {
        return size == 0 ? null : events[0];
    }

    @Override
    public synchronized SimEventInterface<Double> removeFirst() {
        return size == 0 ? null : removeAt(0);
    }

    private SimEventInterface<Double> removeAt(int index) {
        SimEventInterface<Double> removed = events[index];
        int last = --size;
        if (index != last) {
            double time = times[last];
            long tie = ties[last];
            SimEventInterface<Double> event = events[last];
            events[last] = null;
            put(index, time, tie, event);
            siftDown(index);
            if (events[index] == event) {
                siftUp(index);
            }
        } else {
            events[last] = null;
        }
        return removed;
    }

    private void siftDown(int index) {
        double time = times[index];
        long tie = ties[index];
        SimEventInterface<Double> event = events[index];
        int i = index;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(right, child)) {
                child = right;
            }
            int byTime = Double.compare(time, times[child]);
            if (byTime < 0 || byTime == 0 && tie < ties[child]) {
                break;
            }
            move(child, i);
            i = child;
        }
        put(i, time, tie, event);
    }

    private void siftUp(int index) {
        double time = times[index];
        long tie = ties[index];
        SimEventInterface<Double> event = events[index];
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int byTime = Double.compare(time, times[parent]);
            if (byTime > 0 || byTime == 0 && tie > ties[parent]) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, time, tie, event);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        ties[to] = ties[from];
        events[to] = events[from];
    }

    private void put(int i, double time, long tie, SimEventInterface<Double> event) {
        times[i] = time;
        ties[i] = tie;
        events[i] = event;
    }

    private int indexOf(SimEventInterface<Double> event) {
        for (int i = 0; i < size; i++) {
            if (events[i].equals(event)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(SimEventInterface<Double> event) {
        return indexOf(event) >= 0;
    }

    @Override
    public boolean remove(SimEventInterface<Double> event) {
        int i = indexOf(event);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    @Override
    public void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** The pending events in heap order (not sorted), as a snapshot. */
    @Override
    public Iterator<SimEventInterface<Double>> iterator() {
        List<SimEventInterface<Double>> copy = new ArrayList<>(Arrays.asList(events).subList(0, size));
        return copy.iterator();
    }
}
