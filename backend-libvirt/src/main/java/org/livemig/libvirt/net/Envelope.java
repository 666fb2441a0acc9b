package org.livemig.libvirt.net;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * The authenticated envelope around one encoded message:
 * {@code magic "LMA2" (4) | sender int32 | destination int32 | sequence int64 | timestamp ms int64 | payload
 * | HMAC-SHA256 (32)}, the MAC taken over everything before it under the cluster key. The destination is the
 * node the datagram was sent to (one datagram per node, broadcasts included), so a datagram captured on its
 * way to one node is refused by every other. Not thread-safe (holds a Mac).
 */
final class Envelope {

    /** The opened envelope. */
    record Opened(int sender, int destination, long sequence, long timestampMs, byte[] payload) {}

    /** Why an envelope was refused. */
    enum Refusal {
        MALFORMED,
        FORGED
    }

    /** Thrown when a datagram is not a valid envelope. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        final Refusal refusal;

        RefusedException(Refusal refusal, String reason) {
            super(reason);
            this.refusal = refusal;
        }
    }

    static final int MAGIC = 0x4C4D4132; // "LMA2"
    static final int HEADER_BYTES = 28;
    static final int MAC_BYTES = 32;
    /** Envelope bytes added to each payload. */
    static final int OVERHEAD_BYTES = HEADER_BYTES + MAC_BYTES;

    private final Mac mac;

    Envelope(ClusterKey key) {
        this.mac = key.newMac();
    }

    byte[] seal(int sender, int destination, long sequence, long timestampMs, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(OVERHEAD_BYTES + payload.length);
        out.putInt(MAGIC)
                .putInt(sender)
                .putInt(destination)
                .putLong(sequence)
                .putLong(timestampMs)
                .put(payload);
        mac.update(out.array(), 0, HEADER_BYTES + payload.length);
        out.put(mac.doFinal());
        return out.array();
    }

    Opened open(byte[] data, int length) throws RefusedException {
        if (length < OVERHEAD_BYTES) {
            throw new RefusedException(
                    Refusal.MALFORMED, "datagram of " + length + " bytes is shorter than an envelope");
        }
        ByteBuffer in = ByteBuffer.wrap(data, 0, length);
        if (in.getInt() != MAGIC) {
            throw new RefusedException(Refusal.MALFORMED, "bad envelope magic");
        }
        int bodyLength = length - MAC_BYTES;
        mac.update(data, 0, bodyLength);
        byte[] expected = mac.doFinal();
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(data, bodyLength, length))) {
            throw new RefusedException(Refusal.FORGED, "HMAC does not verify");
        }
        int sender = in.getInt();
        int destination = in.getInt();
        long sequence = in.getLong();
        long timestamp = in.getLong();
        return new Opened(sender, destination, sequence, timestamp, Arrays.copyOfRange(data, HEADER_BYTES, bodyLength));
    }
}
