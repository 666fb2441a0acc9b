package org.livemig.core.protocol;

/**
 * The answer a WINNING_BID_ACK or STEAL_ATTEMPT_ACK carries (thesis appendix F: "ack=OK" or "ack=NOT OK");
 * every other message carries {@link #NONE}. Declaration order is the wire format: add only at the end.
 */
public enum Acknowledgement {
    /** Not an acknowledgement. */
    NONE,
    /** The candidate or VM owner accepts: the migration goes ahead. */
    OK,
    /** The candidate or VM owner refuses: the VM no longer fits, is gone or is locked. */
    NOT_OK
}
