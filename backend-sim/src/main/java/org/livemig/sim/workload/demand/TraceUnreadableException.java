package org.livemig.sim.workload.demand;

/** A scenario's trace could not be read when its run started: bad input, one line naming the file and line. */
public final class TraceUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Wraps the parse error, keeping its one-line message. */
    public TraceUnreadableException(TraceFormatException cause) {
        super(cause.getMessage(), cause);
    }
}
