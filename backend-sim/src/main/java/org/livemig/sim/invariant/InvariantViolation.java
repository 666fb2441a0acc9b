package org.livemig.sim.invariant;

/** A broken invariant of the simulated datacentre; it ends the run with a one-line message. */
public final class InvariantViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A violation found at {@code timeS}, described in one line by {@code what}. */
    public InvariantViolation(double timeS, String what) {
        super("invariant violated at t=" + timeS + " s: " + what);
    }
}
