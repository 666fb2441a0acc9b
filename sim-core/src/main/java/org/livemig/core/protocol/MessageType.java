package org.livemig.core.protocol;

/** The fifteen message types of the negotiation protocol (thesis 4.2, appendices E and F). */
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
    MEASUREMENT_REPLY
}
