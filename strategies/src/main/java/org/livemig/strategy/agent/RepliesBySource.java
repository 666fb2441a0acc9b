package org.livemig.strategy.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.livemig.core.protocol.Message;

/**
 * The replies of one negotiation, the latest per source, read back in ascending source order (as a
 * {@code TreeMap<Integer, Message>} would give them). PM ids are small and not negative, so they index an
 * array: a broadcast to 1,000 PMs collects 1,000 replies, and a tree insertion per reply was a hot spot. Ids
 * from {@link NegotiatingAgent#DENSE_IDS} up go to a tree, so a reply from id 2^31-1 allocates no array. The
 * first {@link #FEW} replies are kept in a small sorted array instead: a broadcast bounded to a sample of K
 * peers (negotiation.fanout) gets at most K replies from ids anywhere in 0..N, and an array indexed by id
 * would make every open negotiation of a 100,000-PM datacentre hold 800 KB.
 */
final class RepliesBySource {

    /** Up to this many replies are kept sorted in {@link #fewSources}; beyond, they move to {@link #bySource}. */
    static final int FEW = 64;

    private int[] fewSources = new int[8];
    private Message[] fewReplies = new Message[8];
    /** Replies indexed by source once there are more than {@link #FEW}; null until then. */
    private Message[] bySource;
    /** Replies from negative ids (not PMs; kept for completeness), which sort first. */
    private final Map<Integer, Message> negative = new TreeMap<>();
    /** Replies from ids of {@link NegotiatingAgent#DENSE_IDS} and more, which sort last. */
    private final Map<Integer, Message> large = new TreeMap<>();

    private int size;

    /** Records {@code reply} from {@code source}, replacing an earlier one from the same source. */
    void put(int source, Message reply) {
        if (source < 0 || source >= NegotiatingAgent.DENSE_IDS) {
            if ((source < 0 ? negative : large).put(source, reply) == null) {
                size++;
            }
            return;
        }
        if (bySource == null && putFew(source, reply)) {
            return;
        }
        if (source >= bySource.length) {
            bySource = Arrays.copyOf(bySource, Math.max(source + 1, bySource.length * 2));
        }
        if (bySource[source] == null) {
            size++;
        }
        bySource[source] = reply;
    }

    /** Puts a reply into the small sorted array; false (after moving it all to {@link #bySource}) when full. */
    private boolean putFew(int source, Message reply) {
        int dense = size - negative.size() - large.size();
        int at = Arrays.binarySearch(fewSources, 0, dense, source);
        if (at >= 0) {
            fewReplies[at] = reply;
            return true;
        }
        if (dense < FEW) {
            int insert = -at - 1;
            if (dense == fewSources.length) {
                fewSources = Arrays.copyOf(fewSources, dense * 2);
                fewReplies = Arrays.copyOf(fewReplies, dense * 2);
            }
            System.arraycopy(fewSources, insert, fewSources, insert + 1, dense - insert);
            System.arraycopy(fewReplies, insert, fewReplies, insert + 1, dense - insert);
            fewSources[insert] = source;
            fewReplies[insert] = reply;
            size++;
            return true;
        }
        bySource = new Message[Math.max(16, fewSources[dense - 1] + 1)];
        for (int i = 0; i < dense; i++) {
            bySource[fewSources[i]] = fewReplies[i];
        }
        fewSources = null;
        fewReplies = null;
        return false;
    }

    /** Number of sources that replied. */
    int size() {
        return size;
    }

    /** The replies in ascending order of their source. */
    List<Message> values() {
        List<Message> out = new ArrayList<>(size);
        out.addAll(negative.values());
        if (bySource == null) {
            int dense = size - negative.size() - large.size();
            out.addAll(Arrays.asList(fewReplies).subList(0, dense));
        } else {
            for (Message reply : bySource) {
                if (reply != null) {
                    out.add(reply);
                }
            }
        }
        out.addAll(large.values());
        return out;
    }
}
