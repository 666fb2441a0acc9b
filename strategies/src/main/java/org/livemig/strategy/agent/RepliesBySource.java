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
 * from {@link NegotiatingAgent#DENSE_IDS} up go to a tree, so a reply from id 2^31-1 allocates no array.
 */
final class RepliesBySource {

    private Message[] bySource = new Message[16];
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
        if (source >= bySource.length) {
            bySource = Arrays.copyOf(bySource, Math.max(source + 1, bySource.length * 2));
        }
        if (bySource[source] == null) {
            size++;
        }
        bySource[source] = reply;
    }

    /** Number of sources that replied. */
    int size() {
        return size;
    }

    /** The replies in ascending order of their source. */
    List<Message> values() {
        List<Message> out = new ArrayList<>(size);
        out.addAll(negative.values());
        for (Message reply : bySource) {
            if (reply != null) {
                out.add(reply);
            }
        }
        out.addAll(large.values());
        return out;
    }
}
