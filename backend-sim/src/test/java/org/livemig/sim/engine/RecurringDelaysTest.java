package org.livemig.sim.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RecurringDelaysTest {

    @Test
    void aDelayGetsItsRunWhenItRecurs() {
        RecurringDelays delays = new RecurringDelays();
        assertNull(delays.runFor(5.0), "seen once: not yet recurring");
        EventRun run = delays.runFor(5.0);
        assertNotNull(run);
        assertSame(run, delays.runFor(5.0));
    }

    @Test
    void oneOffDelaysDoNotEvictARecurringOne() {
        RecurringDelays delays = new RecurringDelays();
        delays.runFor(5.0);
        EventRun check = delays.runFor(5.0);
        check.inHeap = true; // as the event list marks it once it appends the timer's event
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            assertNull(delays.runFor(0.0001 + 0.0001 * random.nextDouble()), "a jittered latency never recurs");
            if (i % 50 == 0) {
                assertSame(check, delays.runFor(5.0), "the timer keeps its run among one-off delays");
            }
        }
    }

    @Test
    void aDrainedRunGivesWayToADelayThatRecursMore() {
        RecurringDelays delays = new RecurringDelays();
        delays.runFor(5.0);
        EventRun old = delays.runFor(5.0); // drained: not in the heap
        double other = otherDelayInTheSameSlot(5.0);
        EventRun taken = null;
        for (int i = 0; i < 20 && taken == null; i++) {
            taken = delays.runFor(other);
        }
        assertNotNull(taken, "the other delay takes the slot over once the old one's confidence is worn down");
        org.junit.jupiter.api.Assertions.assertNotSame(old, taken);
    }

    /** A delay that maps to the same slot as {@code delay}. */
    private static double otherDelayInTheSameSlot(double delay) {
        for (int k = 1; ; k++) {
            double candidate = delay + k * 0.001;
            if (RecurringDelays.slotOf(candidate) == RecurringDelays.slotOf(delay)) {
                return candidate;
            }
        }
    }

    @Test
    void clearForgetsEveryRun() {
        RecurringDelays delays = new RecurringDelays();
        delays.runFor(10.0);
        EventRun before = delays.runFor(10.0);
        delays.clear();
        assertNull(delays.runFor(10.0));
        EventRun after = delays.runFor(10.0);
        assertNotNull(after);
        org.junit.jupiter.api.Assertions.assertNotSame(before, after);
    }
}
