package org.livemig.core.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.testing.ManualScheduler;
import org.livemig.cost.LinearPowerModel;

/**
 * The measurement point keeps requesting whatever one interval's sample does: issue 14 saw it stop for good,
 * its process still exiting 0, when an agent restarted during {@code livemig measure} (a restarted agent's
 * counters start again from 0, which the probe refuses as a counter that fell).
 */
class MeasurementLoopTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Message> sent = new ArrayList<>();
    private long attempts = 7;

    private final DatacentreProbe probe = new DatacentreProbe() {
        @Override
        public List<PmObservation> pms() {
            return List.of();
        }

        @Override
        public List<VmObservation> vms() {
            return List.of();
        }

        @Override
        public List<MigrationRecord> takeCompletedMigrations() {
            return List.of();
        }

        @Override
        public long attempts() {
            return attempts;
        }

        @Override
        public long protocolBytes() {
            return 0;
        }

        @Override
        public long protocolMessages() {
            return 0;
        }
    };

    @Test
    void aSampleThatFailsDoesNotStopTheRequests() {
        MeasurementPoint mp = new MeasurementPoint(
                scheduler, sent::add, probe, new MeasurementSettings(5, 0.7, new LinearPowerModel(100, 200, 10)));
        mp.start();
        scheduler.runUntil(6);
        attempts = 0; // the agent restarted: its counter begins again
        int failedSamples = 0;
        for (int t = 11; t <= 101; t += 5) {
            try {
                scheduler.runUntil(t);
            } catch (RuntimeException sampleFailed) {
                failedSamples++; // the wall-clock scheduler reports it and goes on; so does this loop
            }
        }
        long requests = sent.stream()
                .filter(m -> m.type() == MessageType.MEASUREMENT_REQUEST)
                .count();
        assertEquals(
                21, requests, "one request at 0 and one every 5 s up to 100 s (" + failedSamples + " samples failed)");
        assertTrue(failedSamples > 0, "the fallen counter made samples fail");
    }
}
