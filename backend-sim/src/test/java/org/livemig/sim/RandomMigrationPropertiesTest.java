package org.livemig.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.WorkloadType;
import org.livemig.sim.datacentre.DatacentreObserver;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;

/** Random migrations over a lossy network never lose or duplicate a VM, and runs repeat exactly for a seed. */
class RandomMigrationPropertiesTest {

    private static Scenario lossyFluctuating(long seed) {
        return TestDatacentres.nineteenPms(seed, LoadLevel.MEDIUM).toBuilder()
                .network(n -> n.lossProbability(0.1)
                        .duplicationProbability(0.02)
                        .delayProbability(0.05)
                        .extraDelayS(2))
                .workload(w -> w.type(WorkloadType.FLUCTUATION))
                .build();
    }

    @Property(tries = 4)
    void noVmIsLostOrDuplicatedUnderRandomMigrations(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        RandomMigrationAgent.Stats stats = new RandomMigrationAgent.Stats();
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(lossyFluctuating(seed))) {
            dc.attachAgents(context -> new RandomMigrationAgent(context, 19, stats));
            dc.scheduler().schedule(2500, () -> dc.failPm((int) (seed % 19)));

            dc.runUntil(6000);

            dc.checkInvariants();
            Set<Integer> onPms = new HashSet<>();
            int residents = 0;
            for (SimulatedPm pm : dc.cluster().pms()) {
                for (SimulatedVm vm : pm.residents()) {
                    assertTrue(onPms.add(vm.id()), "VM " + vm.id() + " on two PMs");
                    residents++;
                }
            }
            assertEquals(dc.placement().keySet(), onPms);
            assertEquals(dc.cluster().vmCount(), residents);
            assertEquals(
                    50 + dc.workload().arrivals() - dc.workload().removals(),
                    dc.cluster().vmCount());
            assertEquals(stats.started, stats.completed + stats.failed + dc.activeMigrations());
            assertTrue(stats.completed > 20, "completed " + stats.completed);
            assertTrue(stats.failed > 0, "failed " + stats.failed);
            assertTrue(dc.network().lostCopies() > 0);
        }
    }

    @Test
    void theSameSeedGivesTheSameTraceOfMigrationsAndLoads() {
        List<String> first = trace(42);
        assertTrue(first.stream().anyMatch(line -> line.startsWith("completed")));
        assertEquals(first, trace(42));
        assertNotEquals(first, trace(43));
    }

    private static List<String> trace(long seed) {
        List<String> trace = new ArrayList<>();
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(lossyFluctuating(seed))) {
            dc.addObserver(new DatacentreObserver() {
                @Override
                public void migrationStarted(double timeS, int vmId, int source, int destination) {
                    trace.add("started " + timeS + " " + vmId + " " + source + ">" + destination);
                }

                @Override
                public void migrationCompleted(MigrationResult result) {
                    trace.add("completed " + result);
                }

                @Override
                public void migrationFailed(double timeS, int vmId, int source, int destination, String reason) {
                    trace.add("failed " + timeS + " " + vmId + " " + reason);
                }

                @Override
                public void vmAdded(double timeS, int vmId, int pmId) {
                    trace.add("added " + timeS + " " + vmId + " " + pmId);
                }

                @Override
                public void vmRemoved(double timeS, int vmId, int pmId) {
                    trace.add("removed " + timeS + " " + vmId + " " + pmId);
                }

                @Override
                public void loadsSampled(double timeS) {
                    StringBuilder line = new StringBuilder("loads " + timeS);
                    for (SimulatedPm pm : dc.cluster().pms()) {
                        line.append(' ').append(pm.reportedLoad());
                    }
                    trace.add(line.toString());
                }
            });
            dc.addTrafficObserver((time, type, source, destination, bytes) ->
                    trace.add("msg " + time + " " + type + " " + source + ">" + destination + " " + bytes));
            dc.attachAgents(context -> new RandomMigrationAgent(context, 19, new RandomMigrationAgent.Stats()));
            dc.runUntil(3000);
            trace.add("events " + dc.eventCount());
        }
        return trace;
    }
}
