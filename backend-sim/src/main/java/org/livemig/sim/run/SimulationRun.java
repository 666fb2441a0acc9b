package org.livemig.sim.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.measurement.MeasurementPoint;
import org.livemig.core.protocol.Message;
import org.livemig.cost.MigrationEnergy;
import org.livemig.results.MigrationRecord;
import org.livemig.results.RunResult;
import org.livemig.results.RunSummary;
import org.livemig.results.energy.LinearPowerModel;
import org.livemig.results.energy.RunEnergy;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioWriter;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.strategy.ScenarioAgents;

/**
 * One simulation experiment: builds the datacentre of a scenario on DSOL, puts one negotiating agent on each
 * PM and the measurement point on the network, runs for the scenario's duration and returns what the
 * measurement point recorded.
 */
public final class SimulationRun {

    /** Progress is reported this many times over a run. */
    private static final int PROGRESS_STEPS = 200;

    private final Scenario scenario;

    private SimulationRun(Scenario scenario) {
        this.scenario = scenario;
    }

    public static SimulationRun of(Scenario scenario) {
        return new SimulationRun(scenario);
    }

    /** The scenario's power model of a PM ({@code energy.*}). */
    static LinearPowerModel powerModel(Scenario scenario) {
        return new LinearPowerModel(scenario.energy().idleW(), scenario.energy().peakW(), scenario.energy().offW());
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
     * Runs the experiment.
     *
     * @param progress receives the fraction of simulated time done, from 0 to 1
     * @return the run's samples, migrations and summary
     * @throws org.livemig.sim.invariant.InvariantViolation if the datacentre reached an impossible state
     */
    public RunResult run(DoubleConsumer progress) {
        PmAgent.Factory agents = ScenarioAgents.factory(scenario);
        long startNs = System.nanoTime();
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(scenario)) {
            dc.attachAgents(agents);
            MeasurementPoint mp = new MeasurementPoint(dc.scheduler(), dc.network().transportFor(Message.MEASUREMENT_POINT),
                    scenario.measurementIntervalS());
            dc.attach(Message.MEASUREMENT_POINT, mp);
            dc.scheduler().schedule(0, mp::start);
            double end = scenario.durationS();
            for (int i = 1; i <= PROGRESS_STEPS; i++) {
                dc.runUntil(end * i / PROGRESS_STEPS);
                progress.accept((double) i / PROGRESS_STEPS);
            }
            double wallS = (System.nanoTime() - startNs) / 1e9;
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("load", scenario.workload().level().name().toLowerCase(Locale.ROOT));
            extra.put("type", scenario.workload().type().name().toLowerCase(Locale.ROOT));
            extra.put("variable_thresholds", scenario.negotiation().variableThresholds());
            extra.put("push_threshold", scenario.negotiation().pushThreshold());
            extra.put("pull_threshold", scenario.negotiation().pullThreshold());
            extra.put("vms_at_end", dc.placement().size());
            extra.put("change_at_s", scenario.workload().changeAtS());
            extra.put("destination_settle_s", scenario.negotiation().destinationSettleS());
            extra.put("source_settle_s", scenario.negotiation().sourceSettleS());
            extra.put("overload_failure", scenario.overloadFailure().enabled());
            RunEnergy energy = RunEnergy.of(powerModel(scenario), mp.metrics(), mp.pmLoads(),
                    scenario.topology().pms(), end);
            extra.put("energy_kwh", energy.energyKwh());
            extra.put("mean_active_pms", energy.meanActivePms());
            extra.put("migration_energy_j", migrationEnergyJ(scenario, mp.migrations()));
            RunSummary summary = RunSummary.fromSamples(scenario.name(), scenario.strategy().spelling(),
                    scenario.hypervisor().name().toLowerCase(Locale.ROOT), scenario.seed(), scenario.topology().pms(),
                    scenario.topology().vms(), end, mp.metrics(), scenario.recordIntervalS(), dc.eventCount(), wallS,
                    extra);
            return new RunResult(summary, mp.metrics(), mp.pmLoads(), mp.migrations(), ScenarioWriter.toYaml(scenario));
        }
    }
}
