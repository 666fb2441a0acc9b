package org.livemig.core.overlay;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One PM's partial view of the peer-sampling overlay and the rules of its shuffle, after Cyclon (Voulgaris,
 * Gavidia and van Steen, J. Network Syst. Manage. 13(2), 2005, section 3: "enhanced shuffling"). The view holds at
 * most {@code capacity} peers, each with an age in shuffle periods; {@link #startShuffle} and
 * {@link #answerShuffle} pick what is sent, {@link #merge} takes what comes back. Entries travel as a flat
 * array {@code [id0, age0, id1, age1, ...]}. Not thread-safe: one agent owns it.
 */
public final class CyclonView {

    private final int self;
    private final int capacity;
    private final int shuffleLength;
    private final int[] ids;
    private final int[] ages;
    private int size;
    /** The peers sent in the latest shuffle this PM started, which the reply's entries may replace. */
    private int[] pendingSent = new int[0];

    private int pendingPeer = NO_PEER;

    private static final int NO_PEER = Integer.MIN_VALUE;

    /** An empty view of PM {@code self} holding at most {@code capacity} peers, shuffling {@code shuffleLength}. */
    public CyclonView(int self, int capacity, int shuffleLength) {
        if (capacity < 1 || shuffleLength < 1 || shuffleLength > capacity) {
            throw new IllegalArgumentException("view of " + capacity + " shuffling " + shuffleLength);
        }
        this.self = self;
        this.capacity = capacity;
        this.shuffleLength = shuffleLength;
        this.ids = new int[capacity];
        this.ages = new int[capacity];
    }

    /** Adds {@code contacts} with age 0 while there is room (skipping this PM and peers already known). */
    public void join(int[] contacts) {
        for (int id : contacts) {
            if (size < capacity && id != self && indexOf(id) < 0) {
                ids[size] = id;
                ages[size++] = 0;
            }
        }
    }

    /** Peers in the view. */
    public int size() {
        return size;
    }

    /** Whether {@code peer} is in the view. */
    public boolean contains(int peer) {
        return indexOf(peer) >= 0;
    }

    /** The age of {@code peer} in shuffle periods, or -1 if it is not in the view. */
    public int ageOf(int peer) {
        int i = indexOf(peer);
        return i < 0 ? -1 : ages[i];
    }

    /** Up to {@code count} distinct peers of the view drawn uniformly with {@code random}: a broadcast's sample. */
    public int[] sample(int count, RandomGenerator random) {
        int n = Math.min(count, size);
        int[] pool = Arrays.copyOf(ids, size);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return Arrays.copyOf(pool, n);
    }

    /**
     * Steps 1-4 of an active shuffle: ages every entry, removes the oldest peer Q and returns it as element 0,
     * followed by the entries to send to Q: this PM with age 0 and {@code shuffleLength - 1} other random peers.
     * Returns an empty array when the view is empty.
     */
    public int[] startShuffle(RandomGenerator random) {
        if (size == 0) {
            return new int[0];
        }
        int oldest = 0;
        for (int i = 0; i < size; i++) {
            ages[i]++;
            if (ages[i] > ages[oldest]) {
                oldest = i;
            }
        }
        int peer = ids[oldest];
        removeAt(oldest);
        int[] others = sample(shuffleLength - 1, random);
        int[] message = new int[1 + 2 * (others.length + 1)];
        message[0] = peer;
        message[1] = self;
        message[2] = 0;
        for (int i = 0; i < others.length; i++) {
            message[3 + 2 * i] = others[i];
            message[4 + 2 * i] = ages[indexOf(others[i])];
        }
        pendingPeer = peer;
        pendingSent = others;
        return message;
    }

    /** The peer the latest shuffle was sent to, which a SHUFFLE_REPLY must come from. */
    public boolean awaitsReplyFrom(int peer) {
        return pendingPeer == peer;
    }

    /**
     * The passive side: answers a shuffle from {@code peer} carrying {@code received} with up to
     * {@code shuffleLength} random entries of this view, then merges what was received, replacing first the
     * entries sent back.
     */
    public int[] answerShuffle(int peer, int[] received, RandomGenerator random) {
        int[] reply = sample(shuffleLength, random);
        int[] entries = new int[2 * reply.length];
        for (int i = 0; i < reply.length; i++) {
            entries[2 * i] = reply[i];
            entries[2 * i + 1] = ages[indexOf(reply[i])];
        }
        merge(received, reply);
        return entries;
    }

    /** Steps 5-7 for the PM that started the shuffle: merges the reply of the peer it was sent to. */
    public void acceptReply(int[] received) {
        merge(received, pendingSent);
        pendingPeer = NO_PEER;
        pendingSent = new int[0];
    }

    /**
     * Steps 6-7: drops entries pointing at this PM or already in the view, then adds the rest, into empty slots
     * first and then in place of the peers in {@code sent} (those given to the other side).
     */
    private void merge(int[] received, int[] sent) {
        int nextSent = 0;
        for (int k = 0; k + 1 < received.length; k += 2) {
            int id = received[k];
            int age = received[k + 1];
            if (id == self || id < 0 || indexOf(id) >= 0) {
                continue;
            }
            if (size < capacity) {
                ids[size] = id;
                ages[size++] = age;
                continue;
            }
            while (nextSent < sent.length) {
                int slot = indexOf(sent[nextSent++]);
                if (slot >= 0) {
                    ids[slot] = id;
                    ages[slot] = age;
                    break;
                }
            }
        }
    }

    private void removeAt(int i) {
        size--;
        ids[i] = ids[size];
        ages[i] = ages[size];
    }

    private int indexOf(int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
