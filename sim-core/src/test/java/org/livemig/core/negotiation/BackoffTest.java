package org.livemig.core.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void firstFailureWaitsZeroOrOneSlot() {
        SplittableRandom random = new SplittableRandom(1);
        boolean sawZero = false;
        boolean sawOne = false;
        for (int i = 0; i < 200; i++) {
            Backoff backoff = Backoff.standard(random);
            double delay = backoff.delayAfterFailure();
            assertEquals(1, backoff.failures());
            assertTrue(delay == 0 || delay == 0.5, "delay " + delay);
            sawZero |= delay == 0;
            sawOne |= delay == 0.5;
        }
        assertTrue(sawZero && sawOne, "both 0 and 1 slot occur");
    }

    @Test
    void delayIsCappedAtTwoMinutes() {
        Backoff backoff = Backoff.standard(new SplittableRandom(7));
        double longest = 0;
        for (int i = 0; i < 500; i++) {
            longest = Math.max(longest, backoff.delayAfterFailure());
        }
        assertEquals(120.0, longest, 0, "2^10 - 1 slots of 0.5 s exceed 120 s, so the cap is reached");
    }

    @Test
    void exponentStopsAtMaxExponent() {
        Backoff backoff = new Backoff(1, 3, 1e9, new SplittableRandom(3));
        for (int i = 0; i < 1000; i++) {
            assertTrue(backoff.delayAfterFailure() <= 7);
        }
        assertEquals(1000, backoff.failures());
    }

    @Test
    void badInputIsRejected() {
        SplittableRandom random = new SplittableRandom(1);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Backoff(0, 10, 120, random));
        assertTrue(e.getMessage().startsWith("slotS"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0.5, -1, 120, random));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0.5, 63, 120, random));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0.5, 10, -1, random));
        assertThrows(IllegalArgumentException.class, () -> Backoff.standard(null));
    }

    @Property
    void delayIsAWholeNumberOfSlotsWithinTheWindow(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int failures) {
        Backoff backoff = Backoff.standard(new SplittableRandom(seed));
        for (int c = 1; c <= failures; c++) {
            double delay = backoff.delayAfterFailure();
            double windowS = Math.min(120, ((1L << Math.min(c, 10)) - 1) * 0.5);
            assertTrue(delay >= 0 && delay <= windowS, "failure " + c + ": delay " + delay);
            double slots = delay / 0.5;
            assertEquals(Math.rint(slots), slots, 0, "delay " + delay + " is not a multiple of the slot");
        }
        assertEquals(failures, backoff.failures());
    }

    @Property
    void resetRestoresZeroFailures(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int failures) {
        Backoff backoff = Backoff.standard(new SplittableRandom(seed));
        for (int c = 0; c < failures; c++) {
            backoff.delayAfterFailure();
        }
        backoff.reset();
        assertEquals(0, backoff.failures());
        double delay = backoff.delayAfterFailure();
        assertTrue(delay == 0 || delay == 0.5, "after a reset the window is one slot again");
    }

    @Property
    void seededRandomGivesTheSameSequence(@ForAll long seed) {
        Backoff first = Backoff.standard(new SplittableRandom(seed));
        Backoff second = Backoff.standard(new SplittableRandom(seed));
        for (int c = 0; c < 25; c++) {
            if (c == 12) {
                first.reset();
                second.reset();
            }
            assertEquals(first.delayAfterFailure(), second.delayAfterFailure(), 0);
        }
    }
}
