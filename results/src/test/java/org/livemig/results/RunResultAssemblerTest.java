package org.livemig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livemig.core.measurement.DatacentreProbe;
import org.livemig.core.measurement.MeasurementPoint;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmObservation;
import org.livemig.core.measurement.VmObservation;
import org.livemig.core.runtime.Scheduler;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.Strategy;

class RunResultAssemblerTest {

    private static final Scheduler IDLE = new Scheduler() {
        @Override
        public double now() {
            return 0;
        }

        @Override
        public Cancellable schedule(double delaySeconds, Runnable action) {
            return () -> {};
        }
    };

    /** A datacentre with nothing in it. */
    private static final DatacentreProbe EMPTY = new DatacentreProbe() {
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
            return 0;
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

    private static final Scenario LCC =
            Scenario.defaults().toBuilder().strategy(Strategy.LCC_BALANCE).build();

    private static RunSummary summary(RunResultAssembler.BackendFacts facts) {
        MeasurementPoint mp =
                new MeasurementPoint(IDLE, message -> {}, EMPTY, RunResultAssembler.measurementSettings(LCC));
        return RunResultAssembler.assemble(LCC, mp, facts).summary();
    }

    @Test
    void simulationAndTestbedWriteTheSameKeysAndSpelling() {
        RunSummary simulation = summary(new RunResultAssembler.BackendFacts(4, 100, 1234, 0.5, 16, Map.of()));
        RunSummary testbed =
                summary(new RunResultAssembler.BackendFacts(4, 100, 0, 100.2, 16, Map.of("backend", "libvirt")));
        assertEquals("lcc-balance", simulation.strategy());
        assertEquals(simulation.strategy(), testbed.strategy());
        List<String> testbedKeys = new ArrayList<>(testbed.extra().keySet());
        assertEquals("backend", testbedKeys.remove(testbedKeys.size() - 1), "backend keys come last");
        assertEquals(List.copyOf(simulation.extra().keySet()), testbedKeys);
    }

    @Test
    void aBackendCannotOverwriteACommonKey() {
        assertThrows(
                IllegalArgumentException.class,
                () -> summary(new RunResultAssembler.BackendFacts(4, 100, 0, 1, 16, Map.of("energy_kwh", 0.0))));
    }
}
