package org.livemig.libvirt.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    private final ReplayGuard guard = new ReplayGuard(1000);

    @Test
    void acceptsEachSequenceOnceEvenOutOfOrder() {
        assertEquals(ReplayGuard.Verdict.FRESH, guard.check(1, 100, 0, 0));
        assertEquals(ReplayGuard.Verdict.FRESH, guard.check(1, 103, 0, 0));
        assertEquals(ReplayGuard.Verdict.FRESH, guard.check(1, 101, 0, 0));
        assertEquals(ReplayGuard.Verdict.REPLAYED, guard.check(1, 101, 0, 0));
        assertEquals(ReplayGuard.Verdict.REPLAYED, guard.check(1, 103, 0, 0));
        assertEquals(ReplayGuard.Verdict.FRESH, guard.check(2, 101, 0, 0), "senders are tracked apart");
    }

    @Test
    void tooOldSequenceOrTimestampIsRefused() {
        guard.check(1, 1000, 0, 0);
        assertEquals(ReplayGuard.Verdict.REPLAYED, guard.check(1, 900, 0, 0));
        assertEquals(ReplayGuard.Verdict.STALE, guard.check(1, 2000, 0, 1001));
        assertEquals(ReplayGuard.Verdict.STALE, guard.check(1, 2000, 5000, 0));
    }

    @Test
    void timestampFarInThePastDoesNotOverflowIntoFresh() {
        long now = 1_700_000_000_000L;
        assertEquals(ReplayGuard.Verdict.STALE, guard.check(1, now * 1000, now - Long.MIN_VALUE, now));
        assertEquals(ReplayGuard.Verdict.STALE, guard.check(1, now * 1000, Long.MIN_VALUE, now));
        assertEquals(ReplayGuard.Verdict.STALE, guard.check(1, now * 1000, Long.MAX_VALUE, now));
    }

    @Test
    void sequenceFromTheFarFutureDoesNotLockTheSenderOut() {
        long now = 1_700_000_000_000L;
        assertNotEquals(ReplayGuard.Verdict.FRESH, guard.check(1, Long.MAX_VALUE, now, now));
        assertNotEquals(
                ReplayGuard.Verdict.FRESH,
                guard.check(1, (now + 1001) * 1000, now, now),
                "a sequence is microseconds of the sender's clock, so it lies within the window too");
        assertEquals(
                ReplayGuard.Verdict.FRESH,
                guard.check(1, now * 1000 + 1, now, now),
                "later traffic of that sender is still accepted");
        assertEquals(ReplayGuard.Verdict.FRESH, guard.check(1, (now + 1000) * 1000, now, now));
    }
}
