package org.livemig.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One protocol message with every field of thesis appendix E. Build one with {@link ProtocolMessages} (one
 * factory per message type) or {@link #builder}; sim-core's README has the table of which fields each type
 * carries.
 *
 * @param type            what the message means
 * @param source          sending node id
 * @param destination     receiving node id, or {@link #BROADCAST}
 * @param migrationId     the auction, steal or migration this message belongs to, 0 if none
 * @param migrationIssuer the node that started that auction, steal or migration, or {@link #NONE}
 * @param migrationTarget the PM the VM moves to once it is chosen, or {@link #NONE}
 * @param ack             the answer of an acknowledgement, {@link Acknowledgement#NONE} in other messages
 * @param content         free text (may be empty, never null)
 * @param pm              the sender's PM information, or null
 * @param vms             VM information (bids, candidates, the migrating VM); never null
 */
public record Message(
        MessageType type,
        int source,
        int destination,
        long migrationId,
        int migrationIssuer,
        int migrationTarget,
        Acknowledgement ack,
        String content,
        PmInfo pm,
        List<VmInfo> vms) {

    /** Destination that reaches every node of the cluster, the measurement point included. */
    public static final int BROADCAST = -1;
    /** Node id of the measurement point. */
    public static final int MEASUREMENT_POINT = -2;
    /** No node (an unset migration issuer or target). */
    public static final int NONE = -3;
    /** Node id of the central manager of the central baselines. */
    public static final int CENTRAL_MANAGER = -4;

    /** Replaces a null ack, content or VM list by its empty value and copies the VM list. */
    public Message {
        Objects.requireNonNull(type, "type");
        ack = ack == null ? Acknowledgement.NONE : ack;
        content = content == null ? "" : content;
        vms = vms == null ? List.of() : List.copyOf(vms);
    }

    /** A message with no content, no migration, no PM and no VM information. */
    public static Message of(MessageType type, int source, int destination) {
        return builder(type, source, destination).build();
    }

    /** A builder of a {@code type} message from {@code source} to {@code destination}; every other field unset. */
    public static Builder builder(MessageType type, int source, int destination) {
        return new Builder(type, source, destination);
    }

    /** This message addressed to another node. */
    public Message withDestination(int newDestination) {
        return new Message(
                type, source, newDestination, migrationId, migrationIssuer, migrationTarget, ack, content, pm, vms);
    }

    /** Sets the fields of a {@link Message} by name; what is not set stays empty. */
    public static final class Builder {
        private final MessageType type;
        private final int source;
        private final int destination;
        private long migrationId;
        private int migrationIssuer = NONE;
        private int migrationTarget = NONE;
        private Acknowledgement ack = Acknowledgement.NONE;
        private String content = "";
        private PmInfo pm;
        private List<VmInfo> vms = List.of();

        private Builder(MessageType type, int source, int destination) {
            this.type = Objects.requireNonNull(type, "type");
            this.source = source;
            this.destination = destination;
        }

        /** The auction, steal or migration {@code id} that node {@code issuer} started. */
        public Builder migration(long id, int issuer) {
            this.migrationId = id;
            this.migrationIssuer = issuer;
            return this;
        }

        /** The PM the VM moves to. */
        public Builder migrationTarget(int pmId) {
            this.migrationTarget = pmId;
            return this;
        }

        /** The answer of an acknowledgement. */
        public Builder ack(Acknowledgement answer) {
            this.ack = Objects.requireNonNull(answer, "answer");
            return this;
        }

        /** Free text. */
        public Builder content(String text) {
            this.content = Objects.requireNonNull(text, "text");
            return this;
        }

        /** The sender's PM information. */
        public Builder pm(PmInfo info) {
            this.pm = info;
            return this;
        }

        /** VM information. */
        public Builder vms(List<VmInfo> infos) {
            this.vms = Objects.requireNonNull(infos, "infos");
            return this;
        }

        /** The message. */
        public Message build() {
            return new Message(
                    type, source, destination, migrationId, migrationIssuer, migrationTarget, ack, content, pm, vms);
        }
    }
}
