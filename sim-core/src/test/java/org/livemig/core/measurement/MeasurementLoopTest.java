package org.livemig.core.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.testing.ManualScheduler;

/**
 * The measurement point keeps requesting whatever one interval's sample does: issue 14 saw it stop for good,
 * its process still exiting 0, when an agent restarted during {@code livemig measure} (the restarted agent's
 * traffic counter starts again from 0).
 */
class MeasurementLoopTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Message> sent = new ArrayList<>();
    private final MeasurementPoint mp = new MeasurementPoint(scheduler, sent::add, 5);

    private void reply(long attempts, long bytes) {
        mp.onMessage(ProtocolMessages.measurementReply(1, ProtocolMessages.measurementRequest(),
                new PmInfo(1, 2, 1, 1, 2048, 0, bytes, 0), attempts));
    }

    @Test
    void anAgentRestartDoesNotStopTheRequests() {
        mp.start();
        scheduler.runUntil(1);
        reply(7, 90_000);
        scheduler.runUntil(6);
        reply(0, 120); // the agent restarted: its counters begin again
        int failedSamples = 0;
        for (int t = 11; t <= 101; t += 5) {
            try {
                scheduler.runUntil(t);
            } catch (RuntimeException sampleFailed) {
                failedSamples++; // the wall-clock scheduler reports it and goes on; so does this loop
            }
            reply(0, 120 + t);
        }
        long requests = sent.stream().filter(m -> m.type() == MessageType.MEASUREMENT_REQUEST).count();
        assertEquals(21, requests, "one request at 0 and one every 5 s up to 100 s (" + failedSamples
                + " samples failed)");
    }
}
