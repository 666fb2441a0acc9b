package org.livemig.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.measurement.MeasurementPoint;
import org.livemig.core.measurement.MeasurementSettings;
import org.livemig.core.protocol.Message;
import org.livemig.core.runtime.Transport;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultAssembler;
import org.livemig.scenario.Scenario;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.SimulatorProbe;
import org.livemig.sim.datacentre.DatacentreObserver;
import org.livemig.strategy.ScenarioAgents;
import org.livemig.strategy.central.Baselines;
import org.livemig.strategy.central.CentralManager;

/**
 * One simulation experiment: builds the datacentre of a scenario on DSOL, puts one agent on each PM and the
 * measurement point on the network, runs for the scenario's duration and returns what the measurement point
 * recorded from the simulator's true state ({@link SimulatorProbe}).
 */
public final class SimulationRun {

    /** Progress is reported this many times over a run. */
    private static final int PROGRESS_STEPS = 200;

    private final Scenario scenario;
    private final List<DatacentreObserver> observers = new ArrayList<>();

    private SimulationRun(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Also tells {@code observer} what happens in the datacentre (traces, tests); returns this. */
    public SimulationRun observedBy(DatacentreObserver observer) {
        observers.add(observer);
        return this;
    }

    public static SimulationRun of(Scenario scenario) {
        return new SimulationRun(scenario);
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
            observers.forEach(dc::addObserver);
            dc.attachAgents(agents);
            Transport managerLink = dc.network().transportFor(Message.CENTRAL_MANAGER);
            Optional<CentralManager> manager = Baselines.manager(scenario, dc.scheduler(), managerLink);
            manager.ifPresent(m -> {
                dc.attach(Message.CENTRAL_MANAGER, m);
                dc.scheduler().schedule(0, m::start);
            });
            SimulatorProbe probe = new SimulatorProbe(
                    dc,
                    () -> dc.agentAttempts()
                            + manager.map(CentralManager::attempts).orElse(0L));
            MeasurementPoint[] receiver = new MeasurementPoint[1]; // the replies reach it once it exists
            MeasurementPoint mp = new MeasurementPoint(
                    dc.scheduler(),
                    dc.attach(Message.MEASUREMENT_POINT, m -> receiver[0].onMessage(m)),
                    probe,
                    measurementSettings(scenario));
            receiver[0] = mp;
            dc.scheduler().schedule(0, mp::start);
            double end = scenario.durationS();
            for (int i = 1; i <= PROGRESS_STEPS; i++) {
                dc.runUntil(end * i / PROGRESS_STEPS);
                progress.accept((double) i / PROGRESS_STEPS);
            }
            dc.checkInvariants(); // the run ends in a consistent datacentre, or fails
            mp.finish(end);
            double wallS = (System.nanoTime() - startNs) / 1e9;
            Map<String, Object> extras = dc.faultCounts() == null
                    ? Map.of()
                    : Map.of("faults_injected", dc.faultCounts().asMap());
            return RunResultAssembler.assemble(
                    scenario,
                    mp,
                    new RunResultAssembler.BackendFacts(
                            scenario.topology().pms(),
                            end,
                            dc.eventCount(),
                            wallS,
                            dc.placement().size(),
                            extras));
        }
    }

    /**
     * The measurement point polls every PM as the thesis's did, except with a sampled fanout: there nothing
     * needs the replies (no LCC agent views; the probe reads the simulator), and polling every PM each interval
     * would be the very broadcast a fanout exists to avoid (at 10,000 PMs it was about a third of the events).
     */
    private static MeasurementSettings measurementSettings(Scenario scenario) {
        MeasurementSettings settings = RunResultAssembler.measurementSettings(scenario);
        return scenario.negotiation().sampled() ? settings.withoutRequests() : settings;
    }
}
