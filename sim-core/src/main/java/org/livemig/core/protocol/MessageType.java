package org.livemig.core.protocol;

/**
 * The fifteen message types of the negotiation protocol (thesis 4.2, appendices E and F), {@code LCC}: a
 * message of an LCC interaction model (seed 000), and the two of the Cyclon peer-sampling overlay that a bounded
 * {@code negotiation.fanout} uses (Voulgaris, Gavidia and van Steen 2005). Declaration order is the wire
 * format: add only at the end.
 */
public enum MessageType {
    HELLO,
    HELLO_REPLY,
    MIGRATION,
    MIGRATION_ACK,
    HOTSPOT,
    HOTSPOT_REPLY,
    WINNING_BID,
    WINNING_BID_ACK,
    RESOURCE_RELEASE,
    STEAL_BROADCAST,
    STEAL_BROADCAST_REPLY,
    STEAL_ATTEMPT,
    STEAL_ATTEMPT_ACK,
    MEASUREMENT_REQUEST,
    MEASUREMENT_REPLY,
    /** An LCC interaction model's message, discovery announcement or migration order (content: text). */
    LCC,
    /** A PM's state (its PM information and VMs) sent to the central manager every interval (baselines). */
    STATUS_REPORT,
    /** The central manager tells a PM to live-migrate one VM to {@code migrationTarget} (baselines). */
    MIGRATE_COMMAND,
    /** A Cyclon shuffle request: view entries offered to the oldest peer (content: {@code id:age} pairs). */
    SHUFFLE,
    /** The answer to a SHUFFLE: entries of the peer's own view (content: {@code id:age} pairs). */
    SHUFFLE_REPLY
}
