package org.livemig.sim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * A DSOL event list that merges sorted runs. Events added between two removals are one batch: at the next
 * look at the list the batch is sorted into a run, and a binary heap keyed by the first event of every run
 * (a single event is a run of one) merges the runs. The order is exactly DSOL's
 * ({@code SimEventInterface.compareTo}: time, then higher priority first, then lower id, i.e. creation
 * order); only the work differs. A broadcast to 1,000 PMs adds 1,000 deliveries at once: a plain heap holds
 * every copy of every broadcast in flight (a million entries when 1,000 agents broadcast at the same
 * moment) and pays a cache miss per level of every sift; here each broadcast is one sorted array read in
 * order, and the heap holds one entry per broadcast. An event added with a delay that recurs (a periodic
 * check, a timeout) goes straight to the tail of that delay's run ({@link RecurringDelays}), so the pending
 * timers of thousands of agents take a few heap entries. Keys are kept as primitives next to the entries.
 */
final class SortedRunsEventList implements EventListInterface<Double> {

    /** Bits of the tie key below the priority part: event ids must stay below 2^59. */
    private static final int ID_BITS = 59;

    private static final long MAX_ID = (1L << ID_BITS) - 1;
    private static final int INSERTION_SORT_MAX = 24;

    /** Events added since the last removal, in order of addition. */
    private double[] batchTimes = new double[64];

    private long[] batchTies = new long[64];
    private SimEventInterface<Double>[] batchEvents = EventRun.newEvents(64);
    private int batchSize;

    /** The heap of runs: key of each run's first event, and the run (an {@link EventRun} or a single event). */
    private double[] times = new double[256];

    private long[] ties = new long[256];
    private Object[] entries = new Object[256];
    private int heapSize;

    private int eventCount;
    /** Time of the event removed last (the simulator's clock), from which an added event's delay is measured. */
    private double now;

    private final RecurringDelays recurring = new RecurringDelays();
    private int[] order = new int[64];
    private int[] scratch = new int[64];

    /** Priority (higher first) and id (lower first) in one key that sorts ascending. */
    private static long tieKey(SimEventInterface<Double> event) {
        long id = event.getId();
        if (id < 0 || id > MAX_ID) {
            throw new IllegalStateException("event id out of range: " + id);
        }
        long rank = SimEventInterface.MAX_PRIORITY + 1 - event.getPriority(); // priorities 0..11 -> 11..0
        return (rank << ID_BITS) | id;
    }

    private static boolean before(double time, long tie, double otherTime, long otherTie) {
        return EventRun.before(time, tie, otherTime, otherTie);
    }

    @Override
    public void add(SimEventInterface<Double> event) {
        if (batchSize == batchEvents.length) {
            int grown = batchSize * 2;
            batchTimes = Arrays.copyOf(batchTimes, grown);
            batchTies = Arrays.copyOf(batchTies, grown);
            batchEvents = Arrays.copyOf(batchEvents, grown);
        }
        double time = PrimitiveTimedEvent.timeOf(event);
        double delay = event instanceof PrimitiveTimedEvent timed ? timed.delayS() : time - now;
        long tie = tieKey(event);
        EventRun run = recurring.runFor(delay);
        if (run != null && run.acceptsAtTail(time, tie)) {
            run.append(time, tie, event);
            eventCount++;
            if (!run.inHeap) {
                run.inHeap = true;
                push(time, tie, run);
            }
            return;
        }
        batchTimes[batchSize] = time;
        batchTies[batchSize] = tie;
        batchEvents[batchSize] = event;
        batchSize++;
        eventCount++;
    }

    @Override
    public SimEventInterface<Double> first() {
        flushBatch();
        if (heapSize == 0) {
            return null;
        }
        Object top = entries[0];
        return top instanceof EventRun run ? run.events[run.head] : event(top);
    }

    /** Time of the first event, s, or {@code Double.NaN} when the list is empty; nothing is boxed. */
    double firstTime() {
        flushBatch();
        if (heapSize == 0) {
            return Double.NaN;
        }
        return times[0];
    }

    @Override
    public SimEventInterface<Double> removeFirst() { // DSOL calls it holding its semaphore
        flushBatch();
        if (heapSize == 0) {
            return null;
        }
        eventCount--;
        Object top = entries[0];
        now = times[0];
        if (!(top instanceof EventRun run)) {
            removeEntry(0);
            return event(top);
        }
        SimEventInterface<Double> first = run.takeFirst();
        if (run.isEmpty()) {
            run.inHeap = false;
            removeEntry(0);
        } else {
            times[0] = run.times[run.head];
            ties[0] = run.ties[run.head];
            siftDown(0);
        }
        return first;
    }

    @SuppressWarnings("unchecked")
    private static SimEventInterface<Double> event(Object entry) {
        return (SimEventInterface<Double>) entry;
    }

    /** Turns the batch into a run (sorted) and pushes it on the heap. */
    private void flushBatch() {
        int n = batchSize;
        if (n == 0) {
            return;
        }
        batchSize = 0;
        if (n == 1) {
            push(batchTimes[0], batchTies[0], batchEvents[0]);
            batchEvents[0] = null;
            return;
        }
        int[] sorted = sortBatch(n);
        EventRun run = new EventRun(n);
        for (int k = 0; k < n; k++) {
            int i = sorted[k];
            run.append(batchTimes[i], batchTies[i], batchEvents[i]);
        }
        Arrays.fill(batchEvents, 0, n, null);
        run.inHeap = true;
        push(run.times[0], run.ties[0], run);
    }

    /** Indices of the batch in (time, tie) order. */
    private int[] sortBatch(int n) {
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
            scratch = new int[order.length];
        }
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        mergeSort(order, scratch, 0, n);
        return order;
    }

    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from <= INSERTION_SORT_MAX) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && before(batchTimes[x], batchTies[x], batchTimes[a[j]], batchTies[a[j]])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        int l = mid - 1;
        int r = mid;
        if (!before(batchTimes[a[r]], batchTies[a[r]], batchTimes[a[l]], batchTies[a[l]])) {
            return; // already in order
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to
                    || i < mid
                            && !before(batchTimes[tmp[j]], batchTies[tmp[j]], batchTimes[tmp[i]], batchTies[tmp[i]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    private void push(double time, long tie, Object entry) {
        if (heapSize == entries.length) {
            int grown = heapSize * 2;
            times = Arrays.copyOf(times, grown);
            ties = Arrays.copyOf(ties, grown);
            entries = Arrays.copyOf(entries, grown);
        }
        int i = heapSize++;
        put(i, time, tie, entry);
        siftUp(i);
    }

    private void removeEntry(int index) {
        if (index == 0) {
            removeTop();
            return;
        }
        int last = --heapSize;
        if (index != last) {
            Object moved = entries[last];
            put(index, times[last], ties[last], moved);
            entries[last] = null;
            siftDown(index);
            if (entries[index] == moved) {
                siftUp(index);
            }
        } else {
            entries[last] = null;
        }
    }

    /**
     * Removes the top entry bottom-up (Floyd): the hole sinks along the smaller children to a leaf (one
     * comparison per level), then the last entry fills it and rises, usually not far, since it is late.
     */
    private void removeTop() {
        int last = --heapSize;
        double time = times[last];
        long tie = ties[last];
        Object entry = entries[last];
        entries[last] = null;
        if (last == 0) {
            return;
        }
        int hole = 0;
        int child = 1;
        while (child < last) {
            int right = child + 1;
            if (right < last && before(times[right], ties[right], times[child], ties[child])) {
                child = right;
            }
            put(hole, times[child], ties[child], entries[child]);
            hole = child;
            child = 2 * hole + 1;
        }
        put(hole, time, tie, entry);
        siftUp(hole);
    }

    private void siftDown(int index) {
        double time = times[index];
        long tie = ties[index];
        Object entry = entries[index];
        int i = index;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < heapSize && before(times[right], ties[right], times[child], ties[child])) {
                child = right;
            }
            if (before(time, tie, times[child], ties[child])) {
                break;
            }
            put(i, times[child], ties[child], entries[child]);
            i = child;
        }
        put(i, time, tie, entry);
    }

    private void siftUp(int index) {
        double time = times[index];
        long tie = ties[index];
        Object entry = entries[index];
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, tie, times[parent], ties[parent])) {
                break;
            }
            put(i, times[parent], ties[parent], entries[parent]);
            i = parent;
        }
        put(i, time, tie, entry);
    }

    private void put(int i, double time, long tie, Object entry) {
        times[i] = time;
        ties[i] = tie;
        entries[i] = entry;
    }

    @Override
    public boolean contains(SimEventInterface<Double> event) {
        for (SimEventInterface<Double> pending : this) {
            if (pending.equals(event)) {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code event} (linear in the number of pending events; DSOL's cancel, unused by livemig). */
    @Override
    public synchronized boolean remove(SimEventInterface<Double> event) {
        List<SimEventInterface<Double>> pending = new ArrayList<>(eventCount);
        boolean found = false;
        for (SimEventInterface<Double> e : this) {
            if (!found && e.equals(event)) {
                found = true;
            } else {
                pending.add(e);
            }
        }
        if (found) {
            clear();
            for (SimEventInterface<Double> e : pending) {
                add(e);
            }
        }
        return found;
    }

    @Override
    public void clear() {
        Arrays.fill(batchEvents, 0, batchSize, null);
        Arrays.fill(entries, 0, heapSize, null);
        batchSize = 0;
        heapSize = 0;
        eventCount = 0;
        recurring.clear(); // its runs were entries of the heap just emptied
    }

    @Override
    public boolean isEmpty() {
        return eventCount == 0;
    }

    @Override
    public int size() {
        return eventCount;
    }

    /** The pending events, not in order, as a snapshot. */
    @Override
    public Iterator<SimEventInterface<Double>> iterator() {
        List<SimEventInterface<Double>> all = new ArrayList<>(eventCount);
        for (int i = 0; i < batchSize; i++) {
            all.add(batchEvents[i]);
        }
        for (int i = 0; i < heapSize; i++) {
            if (entries[i] instanceof EventRun run) {
                all.addAll(Arrays.asList(run.events).subList(run.head, run.end));
            } else {
                all.add(event(entries[i]));
            }
        }
        return all.iterator();
    }
}
