package org.livemig.libvirt.net;

import java.util.HashMap;
import java.util.Map;

/**
 * Replay protection for authenticated datagrams: a datagram is fresh only if its timestamp lies within
 * {@code windowMs} of the local clock and its sequence number has not been seen from that sender. Per sender
 * it keeps the highest sequence seen and a 64-wide bitmap below it (as IPsec does), so datagrams reordered by
 * up to 64 positions are still accepted once. A sequence number is the sender's clock in microseconds (or
 * one more than its previous one), so a restarted sender is not mistaken for a replay, and a sequence ahead
 * of the local clock by more than the window is refused as stale: one authenticated datagram with a huge
 * sequence cannot lock its sender out for longer than the window. Not thread-safe.
 */
final class ReplayGuard {

    /** Result of a check. */
    enum Verdict {
        FRESH,
        STALE,
        REPLAYED
    }

    private static final int BITMAP_BITS = 64;

    private static final class Window {
        long highest;
        long bitmap; // bit i set: sequence highest - i seen
    }

    private final long windowMs;
    private final Map<Integer, Window> senders = new HashMap<>();

    ReplayGuard(long windowMs) {
        this.windowMs = windowMs;
    }

    /** Number of senders a window is kept for. */
    int senders() {
        return senders.size();
    }

    /** Checks a datagram and, if fresh, records its sequence so it cannot be accepted again. */
    Verdict check(int sender, long sequence, long timestampMs, long nowMs) {
        // Compared without subtracting an untrusted value, which could overflow.
        if (timestampMs < nowMs - windowMs || timestampMs > nowMs + windowMs || sequence > (nowMs + windowMs) * 1000) {
            return Verdict.STALE;
        }
        Window w = senders.get(sender);
        if (w == null) {
            w = new Window();
            w.highest = sequence;
            w.bitmap = 1;
            senders.put(sender, w);
            return Verdict.FRESH;
        }
        if (sequence > w.highest) {
            long shift = sequence - w.highest;
            w.bitmap = shift >= BITMAP_BITS ? 1 : (w.bitmap << shift) | 1;
            w.highest = sequence;
            return Verdict.FRESH;
        }
        long age = w.highest - sequence;
        if (age >= BITMAP_BITS || (w.bitmap & (1L << age)) != 0) {
            return Verdict.REPLAYED;
        }
        w.bitmap |= 1L << age;
        return Verdict.FRESH;
    }
}
