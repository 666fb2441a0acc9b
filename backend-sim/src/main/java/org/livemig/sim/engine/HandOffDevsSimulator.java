package org.livemig.sim.engine;

import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;

/**
 * A DSOL DEVS simulator on a primitive-keyed binary-heap event list ({@link TimeKeyedEventList}; same order
 * as DSOL's lists: time, priority, then scheduling order) that does not build a log string for every event
 * it schedules, and that can wait until its worker thread is idle again after a run. DSOL's worker wakes
 * up through {@code Thread.interrupt()} and clears the interrupt flag after firing {@code STOP_EVENT}: a run
 * started between that event and the worker's next {@code wait()} loses its wake-up and never runs. Waiting
 * for the worker to be idle before the next start closes that window.
 */
final class HandOffDevsSimulator extends DevsSimulator<Double> {

    private static final long serialVersionUID = 1L;

    HandOffDevsSimulator(String id) {
        super(id);
        this.eventList = new TimeKeyedEventList();
    }

    /**
     * As DSOL's, without its trace log call: that formats {@code event.toString()} (the time and the lambda's
     * identity) for every event even when tracing is off, a quarter of all allocation in a large run.
     */
    @Override
    public SimEventInterface<Double> scheduleEvent(SimEventInterface<Double> event) throws SimRuntimeException {
        synchronized (semaphore) {
            if (event.getAbsoluteExecutionTime().compareTo(simulatorTime) < 0) {
                throw new SimRuntimeException("cannot schedule event " + event + " in past " + simulatorTime + ">"
                        + event.getAbsoluteExecutionTime());
            }
            eventList.add(event);
            return event;
        }
    }

    /**
     * Returns once the worker thread is back in its {@code wait()} (or gone). The worker holds its own monitor
     * while it runs, so this synchronised check blocks until it waits again.
     */
    void awaitWorkerIdle() {
        SimulatorWorkerThread w = worker;
        if (w != null && w.isAlive()) {
            w.isWaiting();
        }
    }
}
