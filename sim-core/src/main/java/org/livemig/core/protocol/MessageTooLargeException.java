package org.livemig.core.protocol;

/**
 * Thrown by {@link MessageCodec#encode(Message)} and {@link MessageCodec#encodedSize(Message)} when a
 * message would not fit in one UDP datagram ({@link MessageCodec#MAX_DATAGRAM_BYTES}). This is a
 * programming error on the sending side: it must never build such a message.
 */
public final class MessageTooLargeException extends IllegalArgumentException {

    private final long size;

    /** Creates the exception for a message of {@code type} whose encoding would take {@code size} bytes. */
    public MessageTooLargeException(MessageType type, long size) {
        super(type + " message of " + size + " bytes exceeds " + MessageCodec.MAX_DATAGRAM_BYTES);
        this.size = size;
    }

    /** The number of bytes the encoding would have taken. */
    public long size() {
        return size;
    }
}
