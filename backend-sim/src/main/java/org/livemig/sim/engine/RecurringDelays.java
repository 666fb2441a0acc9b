package org.livemig.sim.engine;

import java.util.Arrays;

/**
 * Growing runs for delays that recur. An agent reschedules its monitor check, its overlay shuffle or a reply
 * timeout with the same delay again and again; events added with one delay at a non-decreasing current time
 * come in (time, creation order), so each such delay's events form one run that only grows at its tail and
 * takes one heap entry instead of one per pending timer (at 10,000 PMs, tens of thousands of entries, a
 * cache miss per level of every sift). Delays that do not recur (a network copy's latency plus its random
 * jitter) never get a run.
 *
 * <p>A small direct-mapped table keyed by the delay's bits: a delay gets a run when it is seen twice in a row
 * in its slot. A run that holds pending events keeps its slot; otherwise a different delay first wears down
 * the slot's confidence before taking it over, so a stream of one-off delays does not evict a timer's run.
 */
final class RecurringDelays {

    private static final int SLOT_BITS = 6;
    private static final int SLOTS = 1 << SLOT_BITS;
    private static final int MAX_CONFIDENCE = 8;
    private static final long EMPTY = Double.doubleToRawLongBits(Double.NaN);

    private final long[] delays = new long[SLOTS];
    private final int[] confidence = new int[SLOTS];
    private final EventRun[] runs = new EventRun[SLOTS];

    RecurringDelays() {
        clear();
    }

    /** The run of events added with {@code delayS}, or null while that delay has not recurred. */
    EventRun runFor(double delayS) {
        long bits = Double.doubleToRawLongBits(delayS);
        int slot = slotOf(delayS);
        if (delays[slot] == bits) {
            if (confidence[slot] < MAX_CONFIDENCE) {
                confidence[slot]++;
            }
            if (runs[slot] == null) {
                runs[slot] = new EventRun(16);
            }
            return runs[slot];
        }
        if (runs[slot] != null && runs[slot].inHeap) {
            return null; // a run holding pending events keeps its slot
        }
        if (confidence[slot] > 0) {
            confidence[slot]--;
            return null;
        }
        // the slot's run, if any, stays in the heap until it drains and is then forgotten
        delays[slot] = bits;
        confidence[slot] = 1;
        runs[slot] = null;
        return null;
    }

    /** The slot of {@code delayS}: the top bits of its bits times the golden-ratio constant. */
    static int slotOf(double delayS) {
        return (int) ((Double.doubleToRawLongBits(delayS) * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
    }

    /** Forgets every delay and run. */
    void clear() {
        Arrays.fill(delays, EMPTY);
        Arrays.fill(confidence, 0);
        Arrays.fill(runs, null);
    }
}
