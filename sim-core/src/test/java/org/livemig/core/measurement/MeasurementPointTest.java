package org.livemig.core.measurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.testing.ManualScheduler;
import org.livemig.cost.LinearPowerModel;

class MeasurementPointTest {

    /** A probe whose state the test sets. */
    private static final class SetProbe implements DatacentreProbe {
        List<PmObservation> pms = List.of();
        List<VmObservation> vms = List.of();
        List<MigrationRecord> done = new ArrayList<>();
        long attempts;
        long bytes;

        @Override
        public List<PmObservation> pms() {
            return pms;
        }

        @Override
        public List<VmObservation> vms() {
            return vms;
        }

        @Override
        public List<MigrationRecord> takeCompletedMigrations() {
            List<MigrationRecord> out = List.copyOf(done);
            done.clear();
            return out;
        }

        @Override
        public long attempts() {
            return attempts;
        }

        @Override
        public long protocolBytes() {
            return bytes;
        }

        @Override
        public long protocolMessages() {
            return bytes / 100;
        }
    }

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Message> sent = new ArrayList<>();
    private final SetProbe probe = new SetProbe();
    private final MeasurementPoint mp = new MeasurementPoint(
            scheduler, sent::add, probe, new MeasurementSettings(10, 0.7, new LinearPowerModel(100, 200, 10)));

    private static PmObservation pm(int id, int cores, double load) {
        return new PmObservation(id, true, cores, load / cores, load);
    }

    @Test
    void samplesTheProbesStateAndCountsWithinEachInterval() {
        probe.pms = List.of(pm(0, 4, 3), pm(1, 2, 1), pm(2, 2, 0), pm(3, 4, 2));
        mp.start();
        assertEquals(MessageType.MEASUREMENT_REQUEST, sent.get(0).type(), "the thesis's request is still sent");
        probe.attempts = 3;
        probe.bytes = 1500;
        scheduler.runUntil(10);
        probe.attempts = 6;
        probe.bytes = 2400;
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
    void withoutRequestsItSendsNothingAndStillSamplesTheProbe() {
        MeasurementPoint quiet = new MeasurementPoint(
                scheduler,
                sent::add,
                probe,
                new MeasurementSettings(10, 0.7, new LinearPowerModel(100, 200, 10)).withoutRequests());
        probe.pms = List.of(pm(0, 2, 1), pm(1, 2, 0));
        quiet.start();
        probe.attempts = 4;
        scheduler.runUntil(30);
        assertEquals(List.of(), sent);
        assertEquals(3, quiet.metrics().size());
        assertEquals(4, quiet.metrics().get(0).attempts());
    }

    @Test
    void aPmThatIsOffIsNeitherActiveNorInTheLoadsButDrawsItsOffPower() {
        probe.pms = List.of(pm(0, 2, 1), new PmObservation(1, false, 2, 0, 0));
        mp.start();
        scheduler.runUntil(10);
        assertEquals(1, mp.metrics().get(0).activePms());
        assertEquals(1, mp.pmLoads().size());
        // 10 s of PM 0 at 50 % (150 W) and PM 1 off (10 W)
        assertEquals(1600, mp.totals().energyJ(), 1e-9);
        assertEquals(1.0, mp.totals().meanActivePms(), 1e-12);
    }

    @Test
    void migrationsComeFromTheProbeAndTheirDowntimeIsSummed() {
        probe.pms = List.of(pm(0, 2, 1), pm(1, 2, 1));
        mp.start();
        probe.done.add(new MigrationRecord(3.0, 27.5, 9, 1, 0, 0, 304.7, 24.5, 0.033));
        scheduler.runUntil(30);
        probe.done.add(new MigrationRecord(31.0, 32.5, 4, 0, 1, 1, 20, 1.5, 0.5));
        mp.finish(35);
        assertEquals(
                List.of(1L, 0L, 0L),
                mp.metrics().stream().map(MetricsSample::migrations).toList());
        assertEquals(2, mp.migrations().size(), "one completed after the last sample is still logged");
        assertEquals(0.533, mp.downtimeTotalS(), 1e-12);
    }

    @Test
    void slatahPdmAndTimeAboveThePushThresholdIntegrateTheState() {
        probe.pms = List.of(new PmObservation(0, true, 2, 0.9, 2.5), pm(1, 2, 1));
        probe.vms = List.of(new VmObservation(0, 0, 2.5, true), new VmObservation(1, 1, 1, false));
        mp.start();
        scheduler.runUntil(10);
        probe.pms = List.of(pm(0, 2, 1), pm(1, 2, 1));
        probe.vms = List.of(new VmObservation(0, 0, 1, false), new VmObservation(1, 1, 1, false));
        scheduler.runUntil(20);
        ConsolidationTotals t = mp.totals();
        // PM 0 saturated 10 of 20 s, PM 1 never: (0.5 + 0) / 2
        assertEquals(0.25, t.slatah(), 1e-12);
        // VM 0 lost 0.1 * 2.5 * 10 of 25 + 10 core-seconds requested; VM 1 nothing
        assertEquals((2.5 / 35) / 2, t.pdm(), 1e-12);
        assertArrayEquals(new double[] {10, 0}, t.timeAbovePushThresholdS(), 1e-12);
    }

    @Test
    void aProbeCounterThatFallsIsRefusedNamingIt() {
        probe.pms = List.of(pm(0, 2, 1));
        probe.bytes = 500;
        mp.start();
        probe.bytes = 400;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scheduler.runUntil(10));
        assertEquals("the probe's protocol bytes counter fell from 500 to 400", e.getMessage());
    }
}
