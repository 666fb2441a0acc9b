package org.livemig.libvirt.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
