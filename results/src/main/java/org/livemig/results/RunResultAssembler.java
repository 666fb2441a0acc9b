package org.livemig.results;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livemig.argument.Arguments;
import org.livemig.core.measurement.MeasurementPoint;
import org.livemig.core.measurement.MeasurementSettings;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.cost.MigrationEnergy;
import org.livemig.results.energy.ConsolidationMetrics;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioWriter;

/**
 * The result of one run, {@code summary.json} included, assembled in one place for the simulation and the
 * testbed: both write the same keys, in the same order and spelling, then the keys only their backend has.
 */
public final class RunResultAssembler {

    private RunResultAssembler() {}

    /**
     * What a backend knows about its run beyond the scenario and the measurement point's records.
     *
     * @param pms the PMs of the run (the scenario's on the simulator, the configured peers on a testbed)
     * @param endS the time the run ended, in seconds
     * @param events simulation events processed; 0 on a testbed
     * @param wallS wall-clock seconds the run took
     * @param vmsAtEnd the VMs still placed at the end
     * @param backendKeys keys only this backend writes, after the common ones (e.g. datagram counters)
     */
    public record BackendFacts(
            int pms, double endS, long events, double wallS, int vmsAtEnd, Map<String, Object> backendKeys) {

        /** Checks the numbers and keeps an unmodifiable copy of the backend's keys in their order. */
        public BackendFacts {
            Arguments.count("pms", pms);
            Arguments.nonNegative("endS", endS);
            Arguments.count("events", events);
            Arguments.nonNegative("wallS", wallS);
            Arguments.count("vmsAtEnd", vmsAtEnd);
            backendKeys =
                    Collections.unmodifiableMap(new LinkedHashMap<>(Arguments.present("backendKeys", backendKeys)));
        }
    }

    /** How the measurement point of {@code scenario} samples: its interval, push threshold and power model. */
    public static MeasurementSettings measurementSettings(Scenario scenario) {
        return new MeasurementSettings(
                scenario.measurementIntervalS(),
                scenario.negotiation().pushThreshold(),
                scenario.energy().powerModel());
    }

    /** Energy of the run's live migrations, J: E_mig of each one's migrated data ({@code cost_model.energy_*}). */
    static double migrationEnergyJ(Scenario scenario, List<MigrationRecord> migrations) {
        MigrationEnergy model = scenario.costModel().migrationEnergy();
        double joules = 0;
        for (MigrationRecord m : migrations) {
            joules += model.joules(m.vMigMb());
        }
        return joules;
    }

    /**
     * The run's samples, migrations, effective scenario and summary.
     *
     * @throws IllegalArgumentException if a backend key repeats one every run writes
     */
    public static RunResult assemble(Scenario scenario, MeasurementPoint mp, BackendFacts facts) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("load", scenario.workload().level().name().toLowerCase(Locale.ROOT));
        extra.put("type", scenario.workload().type().name().toLowerCase(Locale.ROOT));
        extra.put("variable_thresholds", scenario.negotiation().variableThresholds());
        extra.put("push_threshold", scenario.negotiation().pushThreshold());
        extra.put("pull_threshold", scenario.negotiation().pullThreshold());
        extra.put("vms_at_end", facts.vmsAtEnd());
        extra.put("change_at_s", scenario.workload().changeAtS());
        extra.put("destination_settle_s", scenario.negotiation().destinationSettleS());
        extra.put("source_settle_s", scenario.negotiation().sourceSettleS());
        extra.put("overload_failure", scenario.overloadFailure().enabled());
        ConsolidationMetrics sla = ConsolidationMetrics.of(mp.totals());
        extra.put("energy_kwh", sla.energyKwh());
        extra.put("mean_active_pms", sla.meanActivePms());
        extra.put("migration_energy_j", migrationEnergyJ(scenario, mp.migrations()));
        extra.put("slatah", sla.slatah());
        extra.put("pdm", sla.pdm());
        extra.put("slav", sla.slav());
        extra.put("esv", sla.esv());
        extra.put("downtime_s_total", mp.downtimeTotalS());
        double[] above = mp.totals().timeAbovePushThresholdS();
        extra.put("time_above_push_threshold_s", Arrays.stream(above).boxed().toList());
        extra.put("time_above_push_threshold_s_max", Arrays.stream(above).max().orElse(0));
        extra.put("protocol_messages", mp.protocolMessages());
        for (Map.Entry<String, Object> key : facts.backendKeys().entrySet()) {
            if (extra.putIfAbsent(key.getKey(), key.getValue()) != null) {
                throw new IllegalArgumentException("backend key " + key.getKey() + " repeats a key every run writes");
            }
        }
        RunSummary summary = RunSummary.fromSamples(
                scenario.name(),
                scenario.strategy().spelling(),
                scenario.hypervisor().name().toLowerCase(Locale.ROOT),
                scenario.seed(),
                facts.pms(),
                scenario.topology().vms(),
                facts.endS(),
                mp.metrics(),
                scenario.recordIntervalS(),
                facts.events(),
                facts.wallS(),
                extra);
        return new RunResult(
                summary, mp.metrics(), mp.pmLoads(), mp.migrations(), ScenarioWriter.toYaml(scenario), mp.agentViews());
    }
}
