package org.livemig.core.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MigrationReport;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.testing.ManualScheduler;

class MeasurementPointTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Message> sent = new ArrayList<>();
    private final MeasurementPoint mp = new MeasurementPoint(scheduler, sent::add, 10);

    private void reply(int pm, int cores, double load, long attempts, long bytes) {
        mp.onMessage(ProtocolMessages.measurementReply(pm, ProtocolMessages.measurementRequest(),
                new PmInfo(pm, cores, load, load, 2048, 0, bytes, 0), attempts));
    }

    @Test
    void samplesSystemPerformanceLoadAttemptsAndTrafficPerInterval() {
        mp.start();
        assertEquals(MessageType.MEASUREMENT_REQUEST, sent.get(0).type());
        scheduler.runUntil(1);
        reply(0, 4, 3, 2, 1000);
        reply(1, 2, 1, 0, 500);
        reply(2, 2, 0, 1, 0);
        reply(3, 4, 2, 0, 0);
        scheduler.runUntil(11);
        reply(0, 4, 3, 5, 1800);
        reply(1, 2, 1, 0, 500);
        reply(2, 2, 0, 1, 100);
        reply(3, 4, 2, 0, 0);
        scheduler.runUntil(20);

        List<MetricsSample> m = mp.metrics();
        assertEquals(2, m.size());
        assertEquals(10.0, m.get(0).timeS());
        assertEquals(0.778328, m.get(0).systemPerformance(), 1e-6, "SPEC 1 check value");
        assertEquals(0.4375, m.get(0).systemLoad(), 1e-12);
        assertEquals(4, m.get(0).activePms());
        assertEquals(3, m.get(0).attempts());
        assertEquals(1500, m.get(0).overheadBytes());
        assertEquals(3, m.get(1).attempts(), "attempts are counted within the interval");
        assertEquals(900, m.get(1).overheadBytes());
        assertEquals(8, mp.pmLoads().size());
        assertEquals(0.75, mp.pmLoads().get(0).load(), 1e-12);
    }

    @Test
    void aDuplicatedMigrationAckIsRecordedOnceWithItsTargetAndIssuer() {
        mp.start();
        Message ack = ProtocolMessages.migrationAck(1, 77, 4, 2, new VmInfo(9, 1, 0.3, 0.3, 256, 2),
                new MigrationReport(3.0, 27.5, 304.7, 0.033));
        scheduler.runUntil(5);
        mp.onMessage(ack);
        mp.onMessage(ack);
        scheduler.runUntil(10);
        assertEquals(List.of(new MigrationRecord(3.0, 27.5, 9, 1, 2, 4, 304.7, 24.5, 0.033)), mp.migrations());
        assertEquals(1, mp.metrics().get(0).migrations());
    }

    @Test
    void aPmSilentForThreeIntervalsCountsAsOff() {
        mp.start();
        scheduler.runUntil(1);
        reply(0, 2, 1, 0, 0);
        reply(1, 2, 1, 0, 0);
        for (int t = 11; t <= 51; t += 10) {
            scheduler.runUntil(t);
            reply(0, 2, 1, 0, 0);
        }
        scheduler.runUntil(60);
        List<MetricsSample> m = mp.metrics();
        assertEquals(2, m.get(0).activePms());
        assertEquals(1, m.get(m.size() - 1).activePms());
    }
}
