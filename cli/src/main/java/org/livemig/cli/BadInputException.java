package org.livemig.cli;

/** Input that livemig refuses; its message is the one line printed before exiting with status 2. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
