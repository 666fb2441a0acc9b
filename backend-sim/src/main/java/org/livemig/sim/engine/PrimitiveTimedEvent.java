package org.livemig.sim.engine;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/** A DSOL event that carries its time as a primitive, so the event list and the run loop never unbox it. */
interface PrimitiveTimedEvent extends SimEventInterface<Double> {

    /** Absolute execution time, s. */
    double timeS();

    /** DSOL's boxed view of {@link #timeS()}, derived from it so the two cannot differ. */
    @Override
    default Double getAbsoluteExecutionTime() {
        return timeS();
    }

    /** The delay it was scheduled with, s: events of one recurring delay share a run of the event list. */
    double delayS();

    /** The time of any DSOL event, s, unboxed only when it is not one of these. */
    static double timeOf(SimEventInterface<Double> event) {
        return event instanceof PrimitiveTimedEvent timed ? timed.timeS() : event.getAbsoluteExecutionTime();
    }
}
