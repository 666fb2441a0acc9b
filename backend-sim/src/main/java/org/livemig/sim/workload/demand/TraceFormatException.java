package org.livemig.sim.workload.demand;

/**
 * A trace that cannot be replayed (missing, empty or malformed). The message is one line naming the file
 * and, when one line is at fault, its number, e.g. {@code trace/vm7.txt:12: not a percentage: 'abc'}.
 */
public final class TraceFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one line: {@code file[:line]: what is wrong} */
    public TraceFormatException(String message) {
        super(message);
    }
}
