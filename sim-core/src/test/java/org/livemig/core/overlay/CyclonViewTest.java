package org.livemig.core.overlay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Cyclon rules (Voulgaris et al. 2005): the shuffle's steps and what a population of views converges to. */
class CyclonViewTest {

    @Test
    void joinSkipsSelfDuplicatesAndOverflow() {
        CyclonView v = new CyclonView(5, 3, 2);
        v.join(new int[] {5, 1, 1, 2, 3, 4});
        assertEquals(3, v.size());
        assertTrue(v.contains(1) && v.contains(2) && v.contains(3));
        assertFalse(v.contains(5) || v.contains(4));
    }

    @Test
    void startShuffleSendsToTheOldestAndOffersSelfAtAgeZero() {
        CyclonView v = new CyclonView(0, 4, 3);
        v.join(new int[] {1, 2});
        SplittableRandom r = new SplittableRandom(1);
        v.startShuffle(r); // ages 1; removes the oldest (the first of equals) and sends to it
        v.join(new int[] {3, 4});
        int[] m = v.startShuffle(r);
        int oldest = m[0];
        assertEquals(2, oldest, "the peer left from the first shuffle, now of age 2, is the oldest");
        assertFalse(v.contains(oldest), "Q leaves P's view (step 3)");
        assertEquals(0, m[1]);
        assertEquals(0, m[2], "P itself at age 0");
        assertEquals(1 + 2 * 3, m.length, "l - 1 = 2 other peers");
        for (int k = 3; k < m.length; k += 2) {
            assertEquals(v.ageOf(m[k]), m[k + 1]);
            assertEquals(1, m[k + 1]);
        }
        assertTrue(v.awaitsReplyFrom(oldest));
    }

    @Test
    void mergeFillsEmptySlotsThenReplacesOnlyWhatWasSent() {
        CyclonView v = new CyclonView(0, 3, 2);
        v.join(new int[] {1, 2, 3});
        int[] m = v.startShuffle(new SplittableRandom(3));
        int sentOther = m[3];
        int kept = 6 - m[0] - sentOther; // the one peer neither removed nor sent
        v.acceptReply(new int[] {0, 0, kept, 4, 7, 2, 8, 5});
        assertEquals(3, v.size());
        assertTrue(v.contains(7), "an empty slot (Q's) is filled first");
        assertTrue(v.contains(8), "then a sent entry is replaced");
        assertFalse(v.contains(sentOther));
        assertEquals(1, v.ageOf(kept), "an entry already known keeps its own age");
        assertFalse(v.contains(0), "never itself");
    }

    @Test
    void answerGivesAtMostShuffleLengthAndTakesTheSender() {
        CyclonView q = new CyclonView(9, 4, 2);
        q.join(new int[] {1, 2, 3, 4});
        int[] reply = q.answerShuffle(5, new int[] {5, 0, 6, 3}, new SplittableRandom(2));
        assertEquals(4, reply.length);
        assertTrue(q.contains(5) && q.contains(6), "the received entries replace the ones sent back");
        assertFalse(q.contains(reply[0]), "replaced by what was received");
        assertFalse(q.contains(reply[2]), "replaced by what was received");
        assertEquals(4, q.size());
    }

    @Test
    void sampleIsDistinctBoundedAndFromTheView() {
        CyclonView v = new CyclonView(0, 10, 3);
        v.join(new int[] {1, 2, 3, 4, 5, 6});
        int[] s = v.sample(4, new SplittableRandom(4));
        assertEquals(4, s.length);
        assertEquals(4, Arrays.stream(s).distinct().count());
        Arrays.stream(s).forEach(id -> assertTrue(v.contains(id)));
        assertEquals(6, v.sample(20, new SplittableRandom(4)).length);
        assertArrayEquals(new int[0], new CyclonView(0, 2, 1).sample(3, new SplittableRandom(4)));
    }

    /**
     * 500 nodes starting from a ring (each knows only its next 8): after 50 rounds of shuffles every view is full,
     * in-degrees are close to the view size (Cyclon's symmetric degrees) and each node's sample has left the ring.
     */
    @Test
    void aRingBecomesARandomGraphWithEvenDegrees() {
        int n = 500;
        int c = 8;
        CyclonView[] views = new CyclonView[n];
        for (int i = 0; i < n; i++) {
            views[i] = new CyclonView(i, c, 4);
            int[] next = new int[c];
            for (int k = 0; k < c; k++) {
                next[k] = (i + 1 + k) % n;
            }
            views[i].join(next);
        }
        SplittableRandom r = new SplittableRandom(12);
        for (int round = 0; round < 50; round++) {
            for (int p = 0; p < n; p++) {
                int[] m = views[p].startShuffle(r);
                int q = m[0];
                int[] answer = views[q].answerShuffle(p, Arrays.copyOfRange(m, 1, m.length), r);
                views[p].acceptReply(answer);
            }
        }
        int[] inDegree = new int[n];
        int farLinks = 0;
        for (int p = 0; p < n; p++) {
            assertTrue(views[p].size() >= c - 1, "view of " + p + " nearly full: " + views[p].size());
            for (int id : views[p].sample(c, r)) {
                inDegree[id]++;
                int d = Math.floorMod(id - p, n);
                farLinks += d > c ? 1 : 0;
            }
        }
        int max = Arrays.stream(inDegree).max().orElseThrow();
        int min = Arrays.stream(inDegree).min().orElseThrow();
        assertTrue(min >= 2 && max <= 3 * c, "in-degrees " + min + ".." + max);
        assertTrue(farLinks > 0.9 * n * (c - 1), "links still on the ring: " + farLinks);
        Set<Integer> reached = new HashSet<>();
        reached.add(0);
        for (int hop = 0; hop < 6; hop++) {
            for (Integer p : new HashSet<>(reached)) {
                for (int id : views[p].sample(c, r)) {
                    reached.add(id);
                }
            }
        }
        assertEquals(n, reached.size(), "connected within 6 hops (low diameter)");
    }
}
