package org.livemig.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    private static final PmInfo PM = new PmInfo(3, 8, 6.5, 7.25, 16_384, 12_288, 1_000, 10);
    private static final VmInfo VM = new VmInfo(42, 2, 1.5, 2.0, 2_048, 12.5);
    /** A message with every optional field set: migration target, acknowledgement, content, PM and a VM. */
    private static final Message GOLDEN = Message.builder(MessageType.HOTSPOT, 3, Message.BROADCAST)
            .migration(0x0102030405060708L, 3)
            .migrationTarget(5)
            .ack(Acknowledgement.NOT_OK)
            .content("hot\u00e9")
            .pm(PM)
            .vms(List.of(VM))
            .build();

    private static final String GOLDEN_HEX = String.join(
            "",
            "4c4d",
            "02",
            "04",
            "0b", // magic "LM", version 2, HOTSPOT, flags: PM, target, NOT_OK
            "00000003",
            "ffffffff", // source 3, destination BROADCAST
            "0102030405060708",
            "00000003", // migrationId, migrationIssuer
            "00000005", // migrationTarget
            "0005",
            "686f74c3a9", // content "hot\u00e9"
            "00000003",
            "00000008", // PM: id 3, 8 cores
            "401a000000000000",
            "401d000000000000", // load 6.5, latest load 7.25
            "0000000000004000",
            "0000000000003000", // memory 16384 MB total, 12288 MB used
            "00000000000003e8",
            "000000000000000a", // traffic 1000 bytes, 10 packets
            "0001",
            "0000002a",
            "00000002", // one VM: id 42, 2 vcpus
            "3ff8000000000000",
            "4000000000000000", // load 1.5, latest load 2.0
            "0000000000000800",
            "4029000000000000"); // 2048 MB, dirty rate 12.5 MB/s

    @Test
    void goldenEncodingIsFixed() throws MalformedMessageException {
        assertEquals(GOLDEN_HEX, HexFormat.of().formatHex(MessageCodec.encode(GOLDEN)));
        assertEquals(GOLDEN, MessageCodec.decode(HexFormat.of().parseHex(GOLDEN_HEX)));
        assertEquals(134, MessageCodec.encodedSize(GOLDEN));
    }

    @Test
    void bareMessageHasNoOptionalFields() {
        assertEquals(
                "4c4d" + "02" + "00" + "00" + "00000001" + "00000002" + "0000000000000000" + "fffffffd" + "0000"
                        + "0000",
                HexFormat.of().formatHex(MessageCodec.encode(Message.of(MessageType.HELLO, 1, 2))));
    }

    @Test
    void acknowledgementsTravelInTheFlagsByte() throws MalformedMessageException {
        for (Acknowledgement ack : Acknowledgement.values()) {
            Message m = Message.builder(MessageType.STEAL_ATTEMPT_ACK, 1, 2)
                    .ack(ack)
                    .build();
            byte[] encoded = MessageCodec.encode(m);
            assertEquals(ack.ordinal() << 2, encoded[4]);
            assertEquals(29, encoded.length);
            assertEquals(ack, MessageCodec.decode(encoded).ack());
        }
    }

    @Test
    void typeOrdinalsOnTheWireAreFixed() {
        List<String> expected = List.of(
                "HELLO",
                "HELLO_REPLY",
                "MIGRATION",
                "MIGRATION_ACK",
                "HOTSPOT",
                "HOTSPOT_REPLY",
                "WINNING_BID",
                "WINNING_BID_ACK",
                "RESOURCE_RELEASE",
                "STEAL_BROADCAST",
                "STEAL_BROADCAST_REPLY",
                "STEAL_ATTEMPT",
                "STEAL_ATTEMPT_ACK",
                "MEASUREMENT_REQUEST",
                "MEASUREMENT_REPLY",
                "LCC",
                "STATUS_REPORT",
                "MIGRATE_COMMAND",
                "SHUFFLE",
                "SHUFFLE_REPLY");
        for (int i = 0; i < expected.size(); i++) {
            Message message = Message.of(MessageType.valueOf(expected.get(i)), 0, 1);
            assertEquals(i, MessageCodec.encode(message)[3]);
        }
        assertEquals(expected.size(), MessageType.values().length);
    }

    @Test
    void sizeCountsTheOptionalFields() {
        assertEquals(29, MessageCodec.encodedSize(Message.of(MessageType.HELLO, 1, Message.BROADCAST)));
        assertEquals(29 + 56, MessageCodec.encodedSize(withPmAndVms(MessageType.HELLO_REPLY, 0)));
        assertEquals(205, MessageCodec.encodedSize(withPmAndVms(MessageType.HOTSPOT, 3)));
        assertEquals(485, MessageCodec.encodedSize(withPmAndVms(MessageType.MEASUREMENT_REPLY, 10)));
        assertEquals(
                29 + 4,
                MessageCodec.encodedSize(Message.builder(MessageType.MIGRATION, 1, 2)
                        .migrationTarget(2)
                        .build()));
        Message withText = Message.builder(MessageType.STEAL_ATTEMPT, 1, 2)
                .content("\u20ac\uD83D\uDE00")
                .build();
        assertEquals(29 + 3 + 4, MessageCodec.encodedSize(withText));
        assertEquals(205, MessageCodec.encode(withPmAndVms(MessageType.HOTSPOT, 3)).length);
    }

    @Test
    void messageOfExactlyTheMaximumSizeRoundTrips() throws MalformedMessageException {
        Message largest = Message.builder(MessageType.HELLO, 1, 2)
                .content("x".repeat(MessageCodec.MAX_DATAGRAM_BYTES - 29))
                .build();
        byte[] encoded = MessageCodec.encode(largest);
        assertEquals(MessageCodec.MAX_DATAGRAM_BYTES, encoded.length);
        assertEquals(largest, MessageCodec.decode(encoded));
    }

    @Test
    void encodingTooLargeAMessageIsAProgrammingError() {
        Message oneByteTooMany = Message.builder(MessageType.HELLO, 1, 2)
                .content("x".repeat(MessageCodec.MAX_DATAGRAM_BYTES - 28))
                .build();
        MessageTooLargeException e =
                assertThrows(MessageTooLargeException.class, () -> MessageCodec.encode(oneByteTooMany));
        assertEquals("HELLO message of 65508 bytes exceeds 65507", e.getMessage());
        assertEquals(65_508, e.size());

        Message tooManyVms = Message.builder(MessageType.MEASUREMENT_REPLY, 1, Message.MEASUREMENT_POINT)
                .pm(PM)
                .vms(Collections.nCopies(2_000, VM))
                .build();
        assertThrows(MessageTooLargeException.class, () -> MessageCodec.encodedSize(tooManyVms));
        assertThrows(MessageTooLargeException.class, () -> MessageCodec.encode(tooManyVms));
    }

    @Test
    void contentWithAnUnpairedSurrogateCannotBeEncoded() {
        Message broken =
                Message.builder(MessageType.HELLO, 1, 2).content("ab\uD800c").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MessageCodec.encode(broken));
        assertEquals("content has an unpaired surrogate at index 2", e.getMessage());
    }

    @Test
    void decodesASliceOfALargerBuffer() throws MalformedMessageException {
        byte[] encoded = MessageCodec.encode(GOLDEN);
        byte[] buffer = new byte[encoded.length + 10];
        System.arraycopy(encoded, 0, buffer, 4, encoded.length);
        assertEquals(GOLDEN, MessageCodec.decode(buffer, 4, encoded.length));
    }

    @Test
    void rejectsOversizedDatagram() {
        byte[] huge = Arrays.copyOf(MessageCodec.encode(GOLDEN), 70_000);
        assertReason("datagram of 70000 bytes exceeds 65507", huge);
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] encoded = MessageCodec.encode(GOLDEN);
        assertReason("trailing 1 byte after message", Arrays.copyOf(encoded, encoded.length + 1));
        assertReason("trailing 5 bytes after message", Arrays.copyOf(encoded, encoded.length + 5));
    }

    @Test
    void rejectsBadHeaders() {
        assertReason("truncated: needed 2 bytes for magic at offset 0, 0 left", new byte[0]);
        assertReason("bad magic 0x4d4c, expected 0x4c4d", changed(0, 0x4D, 1, 0x4C));
        assertReason("unsupported version 3, expected 2", changed(2, 3));
        assertReason("unsupported version 1, expected 2", changed(2, 1));
        assertReason("unknown message type 42", changed(3, 42));
        assertReason("unknown message type 255", changed(3, 0xFF));
        assertReason(
                "truncated: needed 1 byte for flags at offset 4, 0 left",
                Arrays.copyOf(MessageCodec.encode(GOLDEN), 4));
        assertReason("flags 0x1b set unknown bits", changed(4, 0x1b));
        assertReason("flags 0x8b set unknown bits", changed(4, 0x8b));
        assertReason("unknown acknowledgement 3", changed(4, 0x0f));
        assertReason(
                "truncated: needed 8 bytes for migrationId at offset 13, 2 left",
                Arrays.copyOf(MessageCodec.encode(GOLDEN), 15));
        assertReason(
                "truncated: needed 4 bytes for migrationTarget at offset 25, 2 left",
                Arrays.copyOf(MessageCodec.encode(GOLDEN), 27));
        assertReason(
                "migrationTarget at offset 25 is NONE, which is sent by leaving the target out",
                changed(25, 0xFF, 26, 0xFF, 27, 0xFF, 28, 0xFD));
    }

    @Test
    void rejectsBadBody() {
        assertReason("content is not valid UTF-8", changed(34, 0xFF));
        assertReason("content is not valid UTF-8", changed(34, 0xC3, 35, 0x28)); // bad continuation
        assertReason("content is not valid UTF-8", changed(31, 0xC0, 32, 0xAF)); // overlong '/'
        assertReason("content length 300 exceeds the 103 bytes left at offset 31", changed(29, 0x01, 30, 0x2C));
        assertReason("trailing 96 bytes after message", changed(4, 0x0a)); // PM flag cleared
        assertReason(
                "vm count 9000 exceeds what the datagram can hold: 360000 bytes needed at offset 94, 40 left",
                changed(92, 0x23, 93, 0x28));
        assertReason("trailing 40 bytes after message", changed(93, 0));
    }

    @Test
    void rejectsEncodedSurrogatesInContent() {
        byte[] encoded = changed(31, 0xED, 32, 0xA0, 33, 0x80); // U+D800 as CESU-8
        assertReason("content is not valid UTF-8", encoded);
    }

    @Test
    void rejectsNullAndOutOfRangeSlices() {
        assertReason("no datagram: the byte array is null", null);
        MalformedMessageException e =
                assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(new byte[8], 5, 10));
        assertEquals("offset 5 and length 10 lie outside the 8-byte array", e.getMessage());
        assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(new byte[8], -1, 2));
        assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(new byte[8], 0, -1));
        assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(null, 0, 0));
    }

    @Test
    void specialNodeIdsRoundTrip() throws MalformedMessageException {
        Message message = Message.builder(MessageType.MEASUREMENT_REQUEST, Message.MEASUREMENT_POINT, Message.BROADCAST)
                .migration(Long.MIN_VALUE, Message.NONE)
                .migrationTarget(Message.BROADCAST)
                .build();
        byte[] encoded = MessageCodec.encode(message);
        assertArrayEquals(encoded, MessageCodec.encode(MessageCodec.decode(encoded)));
        assertEquals(message, MessageCodec.decode(MessageCodec.encode(message)));
    }

    private static Message withPmAndVms(MessageType type, int vmCount) {
        return Message.builder(type, 3, 4)
                .migration(17, 3)
                .pm(PM)
                .vms(Collections.nCopies(vmCount, VM))
                .build();
    }

    /** The golden encoding with the bytes at the given offsets replaced: offset, value, offset, value... */
    private static byte[] changed(int... offsetValuePairs) {
        byte[] bytes = HexFormat.of().parseHex(GOLDEN_HEX);
        for (int i = 0; i < offsetValuePairs.length; i += 2) {
            bytes[offsetValuePairs[i]] = (byte) offsetValuePairs[i + 1];
        }
        return bytes;
    }

    private static void assertReason(String reason, byte[] datagram) {
        MalformedMessageException e =
                assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(datagram));
        assertEquals(reason, e.getMessage());
    }
}
