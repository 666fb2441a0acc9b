package org.livemig.core.protocol;

/**
 * Thrown by {@link MessageCodec#decode(byte[], int, int)} when bytes received from the network are not a
 * valid encoded {@link Message}. The message is a precise one-line reason, e.g.
 * {@code "truncated: needed 8 bytes for migrationId at offset 12, 3 left"}.
 */
public final class MalformedMessageException extends Exception {

    /** Creates the exception with a one-line reason saying what is wrong with the datagram. */
    public MalformedMessageException(String reason) {
        super(reason);
    }

    /** Creates the exception with a one-line reason and the lower-level cause. */
    public MalformedMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
