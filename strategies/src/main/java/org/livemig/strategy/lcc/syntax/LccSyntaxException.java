package org.livemig.strategy.lcc.syntax;

/** LCC text that does not parse; the message is one line, {@code file:line:column: reason}. */
public final class LccSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Position position;
    private final String reason;

    public LccSyntaxException(Position position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** Where the error is. */
    public Position position() {
        return position;
    }

    /** What was wrong, without the position. */
    public String reason() {
        return reason;
    }
}
