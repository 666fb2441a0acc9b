package org.livemig.sim.reliability;

import java.util.Map;
import java.util.TreeMap;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.runtime.Transport;
import org.livemig.scenario.Scenario;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.fault.FaultCounts;
import org.livemig.sim.invariant.InvariantViolation;
import org.livemig.strategy.ScenarioAgents;

/**
 * One run of a scenario with faults, judged by the guarantees of issue 14: the datacentre with its agents runs
 * to the end (no exception), the {@code InvariantChecker} holds after every migration event, every 100 s and at
 * the end (each VM on exactly one PM, bounds kept, no lock held past its timeout), and the VMs at the end are
 * exactly those at the start, each on one PM (none lost, none duplicated). A node in the measurement point's
 * place asks every PM for its report each measurement interval, as the measurement point does, so replies and
 * their faults (missed reports, {@code mp} link rules) happen; it keeps no metrics: the run is judged by the
 * datacentre's true state.
 *
 * @param scenario the scenario run
 * @param violation what broke, in one line, or null when every guarantee held
 * @param faults what was injected
 * @param migrationsFailed live migrations that failed, for any reason (refused, aborted, failed partway)
 * @param migrationsCompleted live migrations that completed
 */
public record FaultTrial(
        Scenario scenario, String violation, FaultCounts faults, long migrationsFailed, long migrationsCompleted) {

    /** Runs {@code scenario} (a normal workload: VMs neither arrive nor leave). */
    public static FaultTrial run(Scenario scenario) {
        long[] migrations = new long[2];
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
            Map<Integer, Integer> before = new TreeMap<>(dc.placement());
            dc.addObserver(new org.livemig.sim.datacentre.DatacentreObserver() {
                @Override
                public void migrationCompleted(org.livemig.core.hypervisor.MigrationResult result) {
                    migrations[0]++;
                }

                @Override
                public void migrationFailed(double timeS, int vmId, int source, int destination, String reason) {
                    migrations[1]++;
                }
            });
            dc.attachAgents(ScenarioAgents.factory(scenario));
            Transport requests = dc.attach(Message.MEASUREMENT_POINT, reply -> {});
            dc.scheduler().schedule(0, new Runnable() {
                @Override
                public void run() {
                    requests.send(ProtocolMessages.measurementRequest());
                    dc.scheduler().schedule(scenario.measurementIntervalS(), this);
                }
            });
            String violation;
            try {
                dc.runUntil(scenario.durationS());
                dc.checkInvariants();
                violation = sameVms(before, dc.placement());
            } catch (InvariantViolation e) {
                violation = e.getMessage();
            } catch (RuntimeException e) {
                violation = "the run failed: " + e;
            }
            FaultCounts counts = dc.faultCounts() == null ? new FaultCounts() : dc.faultCounts();
            return new FaultTrial(scenario, violation, counts, migrations[1], migrations[0]);
        }
    }

    private static String sameVms(Map<Integer, Integer> before, Map<Integer, Integer> after) {
        if (!before.keySet().equals(after.keySet())) {
            return "VMs " + before.keySet() + " at the start but " + after.keySet() + " at the end";
        }
        return null;
    }

    /** Whether every guarantee held. */
    public boolean held() {
        return violation == null;
    }
}
