package org.livemig.strategy.lcc.runtime;

/** An interaction model that cannot run (an unknown constraint, a role without a clause); one line. */
public final class LccRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LccRuntimeException(String message) {
        super(message);
    }
}
