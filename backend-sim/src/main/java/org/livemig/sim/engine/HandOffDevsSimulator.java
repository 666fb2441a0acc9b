package org.livemig.sim.engine;

import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.RunState;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;
import org.djutils.event.EventListener;
import org.djutils.event.EventType;
import org.djutils.event.reference.ReferenceType;

/**
 * A DSOL DEVS simulator tuned for many events, with DSOL's event order (time, priority, then scheduling
 * order): its event list merges sorted runs ({@link SortedRunsEventList}), it builds no log string for each
 * event it schedules and fires no {@code TIME_CHANGED_EVENT} while nobody listens. It can also wait until
 * its worker thread is idle again after a run. DSOL's worker wakes
 * up through {@code Thread.interrupt()} and clears the interrupt flag after firing {@code STOP_EVENT}: a run
 * started between that event and the worker's next {@code wait()} loses its wake-up and never runs. Waiting
 * for the worker to be idle before the next start closes that window.
 */
final class HandOffDevsSimulator extends DevsSimulator<Double> {

    private static final long serialVersionUID = 1L;

    /** Whether anyone ever listened to {@code TIME_CHANGED_EVENT} (nobody in livemig). */
    private volatile boolean timeListened;

    HandOffDevsSimulator(String id) {
        super(id);
        this.eventList = new SortedRunsEventList();
    }

    /**
     * As DSOL's, without its trace log call: that formats {@code event.toString()} (the time and the lambda's
     * identity) for every event even when tracing is off, a quarter of all allocation in a large run.
     */
    @Override
    public SimEventInterface<Double> scheduleEvent(SimEventInterface<Double> event) throws SimRuntimeException {
        synchronized (semaphore) {
            if (PrimitiveTimedEvent.timeOf(event) < simulatorTime) {
                throw new SimRuntimeException("cannot schedule event " + event + " in past " + simulatorTime + ">"
                        + event.getAbsoluteExecutionTime());
            }
            eventList.add(event);
            return event;
        }
    }

    /**
     * DSOL's run loop with the same steps in the same order (stop before an event past the end time, or at it
     * when the end is excluded; remove it; advance the clock; execute; check the stopping condition), reading
     * the first event's time as a primitive. The end time and whether the replication has a stopping condition
     * are read once per run, not once per event.
     */
    @Override
    public void run() {
        runflag = true;
        SortedRunsEventList events = (SortedRunsEventList) eventList;
        double until = runUntilTime;
        boolean stoppingCondition = getReplication().getStoppingCondition() != null;
        double now = simulatorTime;
        while (!isStoppingOrStopped()) {
            synchronized (semaphore) {
                double first = events.firstTime();
                if (Double.isNaN(first) || first > until || first == until && !runUntilIncluding) {
                    simulatorTime = runUntilTime;
                    runState = RunState.STOPPING;
                    break;
                }
                SimEventInterface<Double> event = events.removeFirst();
                if (first != now) {
                    fireUnverifiedTimedEvent(SimulatorInterface.TIME_CHANGED_EVENT, null, first);
                    now = first;
                    simulatorTime = event.getAbsoluteExecutionTime();
                }
                try {
                    event.execute();
                    if (stoppingCondition) {
                        checkStoppingCondition();
                    }
                } catch (Exception exception) {
                    handleSimulationException(exception);
                }
            }
        }
    }

    @Override
    public boolean addListener(EventListener listener, EventType eventType, int position, ReferenceType referenceType) {
        if (eventType == SimulatorInterface.TIME_CHANGED_EVENT) {
            timeListened = true;
        }
        return super.addListener(listener, eventType, position, referenceType);
    }

    /**
     * As DSOL's, but {@code TIME_CHANGED_EVENT} (fired at almost every event) is dropped before DSOL builds
     * the event object and looks up its listeners when nobody listens to it.
     */
    @Override
    public <C extends Comparable<C>> void fireUnverifiedTimedEvent(EventType eventType, Object value, C time) {
        if (eventType == SimulatorInterface.TIME_CHANGED_EVENT && !timeListened) {
            return;
        }
        super.fireUnverifiedTimedEvent(eventType, value, time);
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
