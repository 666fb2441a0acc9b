package org.livemig.core.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one binary encoding of {@link Message}, used by the simulated network and by UDP alike, so the
 * encoded size is the protocol overhead that traffic statistics count (SPEC 2).
 *
 * <p>All integers are big-endian and signed unless marked unsigned; doubles are IEEE 754 raw bits, so
 * every value (NaN payloads, infinities, -0.0) survives a round trip bit for bit. The layout of
 * version 2 (version 1 had no flags byte, carried the acknowledgement as {@code ack=OK} text and had a PM flag
 * byte before the PM info; a version 1 datagram is rejected):
 *
 * <table class="striped">
 * <caption>Wire layout, version 2</caption>
 * <thead><tr><th>offset</th><th>bytes</th><th>field</th><th>encoding</th></tr></thead>
 * <tbody>
 * <tr><td>0</td><td>2</td><td>magic</td><td>{@code 0x4C 0x4D} ("LM")</td></tr>
 * <tr><td>2</td><td>1</td><td>version</td><td>{@code 2}</td></tr>
 * <tr><td>3</td><td>1</td><td>type</td><td>{@link MessageType} ordinal, 0..17 (declaration order is
 *     part of the format)</td></tr>
 * <tr><td>4</td><td>1</td><td>flags</td><td>bit 0: PM info follows; bit 1: migrationTarget follows;
 *     bits 2-3: {@link Acknowledgement} ordinal (0 NONE, 1 OK, 2 NOT_OK); bits 4-7: 0</td></tr>
 * <tr><td>5</td><td>4</td><td>source</td><td>int32</td></tr>
 * <tr><td>9</td><td>4</td><td>destination</td><td>int32 ({@link Message#BROADCAST} = -1,
 *     {@link Message#MEASUREMENT_POINT} = -2)</td></tr>
 * <tr><td>13</td><td>8</td><td>migrationId</td><td>int64</td></tr>
 * <tr><td>21</td><td>4</td><td>migrationIssuer</td><td>int32 ({@link Message#NONE} = -3)</td></tr>
 * <tr><td>25</td><td>4 if flag bit 1</td><td>migrationTarget</td><td>int32, never {@link Message#NONE}
 *     (absent means NONE)</td></tr>
 * <tr><td></td><td>2</td><td>content length <i>n</i></td><td>uint16, bytes of UTF-8</td></tr>
 * <tr><td></td><td><i>n</i></td><td>content</td><td>UTF-8, strictly valid</td></tr>
 * <tr><td></td><td>56 if flag bit 0</td><td>PM info</td><td>id int32, cores int32, load float64,
 *     latestLoad float64, memoryTotalMb int64, memoryUsedMb int64, trafficBytes int64,
 *     trafficPackets int64</td></tr>
 * <tr><td></td><td>2</td><td>VM count <i>k</i></td><td>uint16</td></tr>
 * <tr><td></td><td>40 &times; <i>k</i></td><td>VM info, <i>k</i> times</td><td>id int32, vcpus int32,
 *     load float64, latestLoad float64, memoryMb int64, dirtyRateMbps float64</td></tr>
 * </tbody>
 * </table>
 *
 * <p>A message therefore takes {@code 29 + (target ? 4 : 0) + n + (pm ? 56 : 0) + 40k} bytes: 29 for a bare
 * {@code HELLO}, 205 for a {@code HOTSPOT} with PM info, three VMs and no content. The encoding is
 * canonical: every datagram that {@link #decode(byte[])} accepts re-encodes to exactly the same bytes.
 */
public final class MessageCodec {

    /** Largest UDP payload over IPv4 (65535 - 8 byte UDP header - 20 byte IP header). */
    public static final int MAX_DATAGRAM_BYTES = 65_507;

    private static final int MAGIC = 0x4C4D;
    /** The wire-format version this codec writes and the only one it reads. */
    public static final int VERSION = 2;
    /** Header with flags (25), content length (2) and VM count (2). */
    private static final int FIXED_BYTES = 29;

    private static final int TARGET_BYTES = 4;
    private static final int FLAG_PM = 1;
    private static final int FLAG_TARGET = 1 << 1;
    private static final int ACK_SHIFT = 2;
    private static final int ACK_MASK = 0b11 << ACK_SHIFT;
    private static final Acknowledgement[] ACKS = Acknowledgement.values();
    private static final int PM_BYTES = 56;
    private static final int VM_BYTES = 40;
    private static final MessageType[] TYPES = MessageType.values();

    private MessageCodec() {}

    /**
     * Encodes {@code message} for the network.
     *
     * @throws MessageTooLargeException if the encoding would exceed {@link #MAX_DATAGRAM_BYTES}
     * @throws IllegalArgumentException if the content holds an unpaired surrogate (it has no UTF-8 form)
     */
    public static byte[] encode(Message message) {
        int size = encodedSize(message);
        ByteBuffer out = ByteBuffer.allocate(size);
        PmInfo pm = message.pm();
        boolean hasTarget = message.migrationTarget() != Message.NONE;
        int flags = (pm == null ? 0 : FLAG_PM)
                | (hasTarget ? FLAG_TARGET : 0)
                | message.ack().ordinal() << ACK_SHIFT;
        out.putShort((short) MAGIC)
                .put((byte) VERSION)
                .put((byte) message.type().ordinal())
                .put((byte) flags)
                .putInt(message.source())
                .putInt(message.destination())
                .putLong(message.migrationId())
                .putInt(message.migrationIssuer());
        if (hasTarget) {
            out.putInt(message.migrationTarget());
        }
        byte[] content = message.content().getBytes(StandardCharsets.UTF_8);
        out.putShort((short) content.length).put(content);
        if (pm != null) {
            out.putInt(pm.id()).putInt(pm.cores());
            putDouble(out, pm.load());
            putDouble(out, pm.latestLoad());
            out.putLong(pm.memoryTotalMb())
                    .putLong(pm.memoryUsedMb())
                    .putLong(pm.trafficBytes())
                    .putLong(pm.trafficPackets());
        }
        out.putShort((short) message.vms().size());
        for (VmInfo vm : message.vms()) {
            out.putInt(vm.id()).putInt(vm.vcpus());
            putDouble(out, vm.load());
            putDouble(out, vm.latestLoad());
            out.putLong(vm.memoryMb());
            putDouble(out, vm.dirtyRateMbps());
        }
        assert !out.hasRemaining() : "encodedSize disagrees with encode";
        return out.array();
    }

    /**
     * The number of bytes {@link #encode(Message)} produces for {@code message}, computed without
     * encoding it.
     *
     * @throws MessageTooLargeException if the encoding would exceed {@link #MAX_DATAGRAM_BYTES}
     * @throws IllegalArgumentException if the content holds an unpaired surrogate
     */
    public static int encodedSize(Message message) {
        Objects.requireNonNull(message, "message");
        long size = FIXED_BYTES
                + utf8Length(message.content())
                + (message.migrationTarget() == Message.NONE ? 0 : TARGET_BYTES)
                + (message.pm() == null ? 0 : PM_BYTES)
                + (long) VM_BYTES * message.vms().size();
        if (size > MAX_DATAGRAM_BYTES) {
            throw new MessageTooLargeException(message.type(), size);
        }
        return (int) size;
    }

    /** Decodes one whole datagram; see {@link #decode(byte[], int, int)}. */
    public static Message decode(byte[] data) throws MalformedMessageException {
        if (data == null) {
            throw new MalformedMessageException("no datagram: the byte array is null");
        }
        return decode(data, 0, data.length);
    }

    /**
     * Decodes the datagram held in {@code data[offset, offset + length)}, which must contain exactly one
     * message. Never throws an unchecked exception, whatever the bytes.
     *
     * @throws MalformedMessageException with a one-line reason if the bytes are not one valid message
     */
    public static Message decode(byte[] data, int offset, int length) throws MalformedMessageException {
        if (data == null) {
            throw new MalformedMessageException("no datagram: the byte array is null");
        }
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new MalformedMessageException(
                    "offset " + offset + " and length " + length + " lie outside the " + data.length + "-byte array");
        }
        if (length > MAX_DATAGRAM_BYTES) {
            throw new MalformedMessageException("datagram of " + length + " bytes exceeds " + MAX_DATAGRAM_BYTES);
        }
        WireReader in = new WireReader(data, offset, length);
        int magic = in.readUnsignedShort("magic");
        if (magic != MAGIC) {
            throw new MalformedMessageException(String.format("bad magic 0x%04x, expected 0x%04x", magic, MAGIC));
        }
        int version = in.readUnsignedByte("version");
        if (version != VERSION) {
            throw new MalformedMessageException("unsupported version " + version + ", expected " + VERSION);
        }
        int ordinal = in.readUnsignedByte("type");
        if (ordinal >= TYPES.length) {
            throw new MalformedMessageException("unknown message type " + ordinal);
        }
        int flags = readFlags(in);
        int source = in.readInt("source");
        int destination = in.readInt("destination");
        long migrationId = in.readLong("migrationId");
        int migrationIssuer = in.readInt("migrationIssuer");
        int migrationTarget = (flags & FLAG_TARGET) == 0 ? Message.NONE : readTarget(in);
        String content = readContent(in);
        PmInfo pm = (flags & FLAG_PM) == 0 ? null : readPm(in);
        List<VmInfo> vms = readVms(in);
        if (in.remaining() > 0) {
            throw new MalformedMessageException(
                    "trailing " + in.remaining() + (in.remaining() == 1 ? " byte" : " bytes") + " after message");
        }
        return new Message(
                TYPES[ordinal],
                source,
                destination,
                migrationId,
                migrationIssuer,
                migrationTarget,
                ACKS[(flags & ACK_MASK) >> ACK_SHIFT],
                content,
                pm,
                vms);
    }

    private static int readFlags(WireReader in) throws MalformedMessageException {
        int flags = in.readUnsignedByte("flags");
        if ((flags & ~(FLAG_PM | FLAG_TARGET | ACK_MASK)) != 0) {
            throw new MalformedMessageException(String.format("flags 0x%02x set unknown bits", flags));
        }
        int ack = (flags & ACK_MASK) >> ACK_SHIFT;
        if (ack >= ACKS.length) {
            throw new MalformedMessageException("unknown acknowledgement " + ack);
        }
        return flags;
    }

    private static int readTarget(WireReader in) throws MalformedMessageException {
        int offset = in.offset();
        int target = in.readInt("migrationTarget");
        if (target == Message.NONE) {
            throw new MalformedMessageException(
                    "migrationTarget at offset " + offset + " is NONE, which is sent by leaving the target out");
        }
        return target;
    }

    private static String readContent(WireReader in) throws MalformedMessageException {
        int length = in.readUnsignedShort("content length");
        if (length > in.remaining()) {
            throw new MalformedMessageException("content length " + length + " exceeds the " + in.remaining()
                    + " bytes left at offset " + in.offset());
        }
        return in.readUtf8(length, "content");
    }

    private static PmInfo readPm(WireReader in) throws MalformedMessageException {
        return new PmInfo(
                in.readInt("pm.id"),
                in.readInt("pm.cores"),
                in.readDouble("pm.load"),
                in.readDouble("pm.latestLoad"),
                in.readLong("pm.memoryTotalMb"),
                in.readLong("pm.memoryUsedMb"),
                in.readLong("pm.trafficBytes"),
                in.readLong("pm.trafficPackets"));
    }

    private static List<VmInfo> readVms(WireReader in) throws MalformedMessageException {
        int count = in.readUnsignedShort("vm count");
        long needed = (long) count * VM_BYTES;
        if (needed > in.remaining()) {
            throw new MalformedMessageException("vm count " + count + " exceeds what the datagram can hold: " + needed
                    + " bytes needed at offset " + in.offset() + ", " + in.remaining() + " left");
        }
        // The bytes of every VM were checked above, so no read below can fail and name its field.
        List<VmInfo> vms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            vms.add(new VmInfo(
                    in.readInt("vm.id"),
                    in.readInt("vm.vcpus"),
                    in.readDouble("vm.load"),
                    in.readDouble("vm.latestLoad"),
                    in.readLong("vm.memoryMb"),
                    in.readDouble("vm.dirtyRateMbps")));
        }
        return vms;
    }

    private static void putDouble(ByteBuffer out, double value) {
        out.putLong(Double.doubleToRawLongBits(value));
    }

    /** UTF-8 length of {@code text}, rejecting unpaired surrogates, which have no UTF-8 form. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (!Character.isSurrogate(c)) {
                bytes += 3;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                throw new IllegalArgumentException("content has an unpaired surrogate at index " + i);
            }
        }
        return bytes;
    }
}
