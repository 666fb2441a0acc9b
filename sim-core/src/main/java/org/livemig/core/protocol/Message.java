package org.livemig.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One protocol message with every field of thesis appendix E.
 *
 * @param type            what the message means
 * @param source          sending node id
 * @param destination     receiving node id, or {@link #BROADCAST}
 * @param content         free text (may be empty, never null)
 * @param migrationId     the auction or steal this message belongs to, 0 if none
 * @param migrationIssuer the node that started that auction or steal, or {@link #NONE}
 * @param pm              the sender's PM information, or null
 * @param vms             VM information (bids, candidates, the migrating VM); never null
 */
public record Message(MessageType type, int source, int destination, String content,
                      long migrationId, int migrationIssuer, PmInfo pm, List<VmInfo> vms) {

    /** Destination that reaches every node of the cluster, the measurement point included. */
    public static final int BROADCAST = -1;
    /** Node id of the measurement point. */
    public static final int MEASUREMENT_POINT = -2;
    /** No node (an unset migration issuer). */
    public static final int NONE = -3;

    public Message {
        Objects.requireNonNull(type, "type");
        content = content == null ? "" : content;
        vms = vms == null ? List.of() : List.copyOf(vms);
    }

    /** A message with no content, no migration, no PM and no VM information. */
    public static Message of(MessageType type, int source, int destination) {
        return new Message(type, source, destination, "", 0, NONE, null, List.of());
    }

    /** This message addressed to another node. */
    public Message withDestination(int newDestination) {
        return new Message(type, source, newDestination, content, migrationId, migrationIssuer, pm, vms);
    }
}
