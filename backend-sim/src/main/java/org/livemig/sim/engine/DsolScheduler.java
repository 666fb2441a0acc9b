package org.livemig.sim.engine;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.model.DsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.dsol.simulators.ErrorStrategy;
import nl.tudelft.simulation.dsol.simulators.RunState;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;
import org.djutils.event.Event;
import org.djutils.event.EventListener;
import org.livemig.core.runtime.Scheduler;

/**
 * The {@link Scheduler} of the simulation, on a DSOL 4 {@link DevsSimulator}; time is in seconds.
 *
 * <p>{@link #runUntil(double)} runs the model synchronously: DSOL executes the events on its worker
 * thread while the caller waits. An exception thrown by an event (or passed to {@link #fail}) ends the
 * run at once and is rethrown by {@code runUntil}; later events never run. {@link #close()} ends the
 * worker thread so that the JVM can exit.
 */
public final class DsolScheduler implements Scheduler, AutoCloseable {

    /** Replications never end by themselves: runs are bounded by {@link #runUntil(double)}. */
    private static final double HORIZON_S = Double.MAX_VALUE;

    private static final AtomicLong REPLICATIONS = new AtomicLong();
    /** DSOL's naming context is JVM-wide and not safe for concurrent set-up and tear-down (parallel sweeps). */
    private static final Object DSOL_CONTEXT = new Object();

    private final HandOffDevsSimulator simulator;
    private final EventListener stopListener = this::onSimulatorEvent;
    private volatile CountDownLatch runEnded;
    private volatile Throwable failure;
    private volatile double failureTimeS;
    private long executedEvents;
    /**
     * Ids of this scheduler's events, in creation order. They start above any id DSOL's global counter gives
     * its own few events (the warm-up and end-of-replication events, created before any of these), so at
     * equal time and priority DSOL's come first, as they did when every event drew from its counter. Not
     * atomic: events are scheduled by the thread that owns the scheduler while no run is in progress, and by
     * DSOL's worker during a run (the hand-over between them is synchronised by DSOL's start and stop).
     */
    private long nextEventId = 1L << 40;

    private SingleReplication<Double> replication;
    private boolean initialized;
    private boolean closed;

    /** A scheduler whose simulator still needs {@link #initialize(DsolModel)}. */
    public DsolScheduler(String name) {
        Objects.requireNonNull(name, "name");
        // A new simulator registers log formatters in djutils' CategoryLogger, whose map is not thread-safe:
        // two threads building their first simulators at once failed with a NullPointerException there.
        synchronized (DSOL_CONTEXT) {
            this.simulator = new HandOffDevsSimulator(name);
        }
    }

    /** A scheduler initialised with an empty model, ready to schedule and run plain actions. */
    public static DsolScheduler standalone(String name) {
        DsolScheduler scheduler = new DsolScheduler(name);
        scheduler.initialize(new EmptyModel(scheduler.simulator()));
        return scheduler;
    }

    /** The DSOL simulator, for building a model on it. */
    public DevsSimulatorInterface<Double> simulator() {
        return simulator;
    }

    /**
     * Initialises the simulator with {@code model} (DSOL calls its {@code constructModel()}); once only.
     * Events are counted and exceptions surfaced only for actions scheduled through this scheduler.
     */
    public void initialize(DsolModel<Double, ? extends SimulatorInterface<Double>> model) {
        if (initialized) {
            throw new IllegalStateException("the DSOL simulator is already initialised");
        }
        initialized = true;
        simulator.setErrorStrategy(ErrorStrategy.WARN_AND_END);
        // DSOL binds each replication by name in a JVM-wide context: parallel runs (sweeps) need distinct names.
        synchronized (DSOL_CONTEXT) {
            replication = new SingleReplication<>("run-" + REPLICATIONS.incrementAndGet(), 0.0, 0.0, HORIZON_S);
            simulator.initialize(model, replication, true);
        }
        simulator.addListener(stopListener, SimulatorInterface.STOP_EVENT);
    }

    @Override
    public double now() {
        return simulator.getSimulatorTime();
    }

    @Override
    public Cancellable schedule(double delaySeconds, Runnable action) {
        if (!(delaySeconds >= 0) || Double.isInfinite(delaySeconds)) {
            throw new IllegalArgumentException("delay must be a finite number >= 0 s (got " + delaySeconds + ")");
        }
        return scheduleAt(now() + delaySeconds, delaySeconds, action);
    }

    /** Runs {@code action} at absolute time {@code timeS} (not before now). */
    public Cancellable scheduleAt(double timeS, Runnable action) {
        return scheduleAt(timeS, timeS - now(), action);
    }

    private Cancellable scheduleAt(double timeS, double delayS, Runnable action) {
        Objects.requireNonNull(action, "action");
        requireUsable();
        if (!(timeS >= now()) || Double.isInfinite(timeS)) {
            throw new IllegalArgumentException("cannot schedule at t=" + timeS + " s, now is " + now() + " s");
        }
        ScheduledAction event = new ScheduledAction(timeS, delayS, nextEventId++, action);
        simulator.scheduleEvent(event);
        return event;
    }

    /**
     * One scheduled action: the DSOL event and its cancel handle in one object. Cancelling marks the event
     * instead of removing it from the heap (an O(n) search); a cancelled event still pops at its time and
     * does nothing. Its time is kept as a primitive (the event list and the run loop read it so) and its id
     * comes from this scheduler's own counter, in creation order as DSOL's global one, without a
     * compare-and-swap on a counter every parallel run of a sweep shares.
     */
    private final class ScheduledAction implements PrimitiveTimedEvent, Cancellable {
        private static final long serialVersionUID = 1L;
        private final double timeS;
        private final double delayS;
        private final long id;
        private final transient Runnable action;
        private boolean cancelled;

        ScheduledAction(double timeS, double delayS, long id, Runnable action) {
            this.timeS = timeS;
            this.delayS = delayS;
            this.id = id;
            this.action = action;
        }

        @Override
        public double timeS() {
            return timeS;
        }

        @Override
        public double delayS() {
            return delayS;
        }

        @Override
        public short getPriority() {
            return SimEventInterface.NORMAL_PRIORITY;
        }

        @Override
        public long getId() {
            return id;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public void execute() {
            if (!cancelled) {
                DsolScheduler.this.execute(action);
            }
        }

        @Override
        public String toString() {
            return "ScheduledAction[time=" + timeS + "]";
        }
    }

    private void execute(Runnable action) {
        if (failure != null) {
            return;
        }
        executedEvents++;
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    /**
     * Ends the current run with {@code error}: no further event executes and {@link #runUntil} rethrows it.
     * Used by invariant violations; the first failure wins.
     */
    public void fail(Throwable error) {
        Objects.requireNonNull(error, "error");
        if (failure != null) {
            return;
        }
        failureTimeS = now();
        failure = error;
        if (!simulator.isStoppingOrStopped()) {
            simulator.stop();
        }
    }

    /**
     * Runs every event up to and including time {@code endS} and returns how many ran in this call.
     * An exception from an event, or a {@link #fail} call, is rethrown here (unchecked exceptions and errors
     * as they are).
     */
    public long runUntil(double endS) {
        requireUsable();
        rethrowFailure();
        if (Double.isNaN(endS) || endS < now()) {
            throw new IllegalArgumentException("end time " + endS + " s is before now (" + now() + " s)");
        }
        long before = executedEvents;
        CountDownLatch latch = new CountDownLatch(1);
        runEnded = latch;
        simulator.runUpToAndIncluding(endS);
        awaitStop(latch);
        simulator.awaitWorkerIdle();
        rethrowFailure();
        return executedEvents - before;
    }

    private void awaitStop(CountDownLatch latch) {
        try {
            while (!latch.await(100, TimeUnit.MILLISECONDS)) {
                RunState state = simulator.getRunState();
                if (state == RunState.NOT_INITIALIZED || state == RunState.ENDED) {
                    // DSOL ended the replication itself (its error strategy after an error in its own event).
                    if (failure == null) {
                        failure = new IllegalStateException("DSOL ended the run at t=" + now() + " s");
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the simulation was running", e);
        }
    }

    private void onSimulatorEvent(Event event) {
        CountDownLatch latch = runEnded;
        if (latch != null) {
            latch.countDown();
        }
    }

    private void rethrowFailure() {
        Throwable error = failure;
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        if (error != null) {
            throw new IllegalStateException(error.getMessage(), error);
        }
    }

    /** Events executed so far (only those scheduled through this scheduler). */
    public long executedEvents() {
        return executedEvents;
    }

    /** The error that ended the run, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Simulated time at which the run failed, s (meaningful only when {@link #failure()} is set). */
    public double failureTimeS() {
        return failureTimeS;
    }

    private void requireUsable() {
        if (!initialized) {
            throw new IllegalStateException("the DSOL simulator is not initialised");
        }
        if (closed) {
            throw new IllegalStateException("the scheduler is closed");
        }
    }

    /** Ends DSOL's worker thread; the scheduler cannot run again. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            synchronized (DSOL_CONTEXT) {
                simulator.cleanUp();
                if (replication != null) {
                    replication.removeFromContext();
                }
            }
        }
    }

    /** The model of a standalone scheduler: nothing to construct. */
    private static final class EmptyModel extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>> {
        private static final long serialVersionUID = 1L;

        EmptyModel(DevsSimulatorInterface<Double> simulator) {
            super(simulator);
        }

        @Override
        public void constructModel() {}
    }
}
