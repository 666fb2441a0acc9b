package org.livemig.strategy.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;

class RepliesBySourceTest {

    /** Same contents, count and order as the TreeMap keyed by source that it replaces. */
    @Property(tries = 200)
    void actsAsATreeMapBySource(@ForAll long seed) {
        Random random = new Random(seed);
        RepliesBySource replies = new RepliesBySource();
        Map<Integer, Message> reference = new TreeMap<>();
        for (int i = 0; i < random.nextInt(200); i++) {
            int source = random.nextInt(10) == 0 ? -1 - random.nextInt(3) : random.nextInt(300);
            Message reply = Message.of(MessageType.HOTSPOT_REPLY, source, 0);
            replies.put(source, reply);
            reference.put(source, reply);
            assertEquals(reference.size(), replies.size());
        }
        assertEquals(new ArrayList<>(reference.values()), replies.values());
    }

    /** The same with sparse ids up to 10^5 and beyond DENSE_IDS, as a bounded fanout's replies come. */
    @Property(tries = 200)
    void sparseSourcesActAsATreeMapToo(@ForAll long seed) {
        Random random = new Random(seed);
        RepliesBySource replies = new RepliesBySource();
        Map<Integer, Message> reference = new TreeMap<>();
        int puts = random.nextInt(2 * RepliesBySource.FEW + 10);
        for (int i = 0; i < puts; i++) {
            int source = random.nextInt(20) == 0
                    ? NegotiatingAgent.DENSE_IDS + random.nextInt(1000)
                    : random.nextInt(100_000);
            if (random.nextInt(10) == 0 && !reference.isEmpty()) {
                source = reference.keySet().iterator().next(); // a repeated source replaces its reply
            }
            Message reply = Message.of(MessageType.STEAL_BROADCAST_REPLY, source, 0);
            replies.put(source, reply);
            reference.put(source, reply);
            assertEquals(reference.size(), replies.size());
        }
        assertEquals(new ArrayList<>(reference.values()), replies.values());
    }

    @Test
    void emptyHasNoReplies() {
        assertEquals(List.of(), new RepliesBySource().values());
        assertEquals(0, new RepliesBySource().size());
    }
}
