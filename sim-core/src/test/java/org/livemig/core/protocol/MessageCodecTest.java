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
    private static final Message GOLDEN = new Message(MessageType.HOTSPOT, 3, Message.BROADCAST, "hot\u00e9",
            0x0102030405060708L, 3, PM, List.of(VM));
    private static final String GOLDEN_HEX = String.join("",
            "4c4d", "01", "04",                       // magic "LM", version 1, HOTSPOT
            "00000003", "ffffffff",                   // source 3, destination BROADCAST
            "0102030405060708", "00000003",           // migrationId, migrationIssuer
            "0005", "686f74c3a9",                     // content "hot\u00e9"
            "01", "00000003", "00000008",             // PM follows: id 3, 8 cores
            "401a000000000000", "401d000000000000",   // load 6.5, latest load 7.25
            "0000000000004000", "0000000000003000",   // memory 16384 MB total, 12288 MB used
            "00000000000003e8", "000000000000000a",   // traffic 1000 bytes, 10 packets
            "0001", "0000002a", "00000002",           // one VM: id 42, 2 vcpus
            "3ff8000000000000", "4000000000000000",   // load 1.5, latest load 2.0
            "0000000000000800", "4029000000000000");  // 2048 MB, dirty rate 12.5 MB/s

    @Test
    void goldenEncodingIsFixed() throws MalformedMessageException {
        assertEquals(GOLDEN_HEX, HexFormat.of().formatHex(MessageCodec.encode(GOLDEN)));
        assertEquals(GOLDEN, MessageCodec.decode(HexFormat.of().parseHex(GOLDEN_HEX)));
        assertEquals(130, MessageCodec.encodedSize(GOLDEN));
    }

    @Test
    void typeOrdinalsOnTheWireAreFixed() {
        List<String> expected = List.of("HELLO", "HELLO_REPLY", "MIGRATION", "MIGRATION_ACK", "HOTSPOT",
                "HOTSPOT_REPLY", "WINNING_BID", "WINNING_BID_ACK", "RESOURCE_RELEASE", "STEAL_BROADCAST",
                "STEAL_BROADCAST_REPLY", "STEAL_ATTEMPT", "STEAL_ATTEMPT_ACK", "MEASUREMENT_REQUEST",
                "MEASUREMENT_REPLY", "LCC");
        for (int i = 0; i < expected.size(); i++) {
            Message message = Message.of(MessageType.valueOf(expected.get(i)), 0, 1);
            assertEquals(i, MessageCodec.encode(message)[3]);
        }
        assertEquals(expected.size(), MessageType.values().length);
    }

    @Test
    void typicalMessageSizes() {
        assertEquals(29, MessageCodec.encodedSize(Message.of(MessageType.HELLO, 1, Message.BROADCAST)));
        assertEquals(29 + 56, MessageCodec.encodedSize(withPmAndVms(MessageType.HELLO_REPLY, 0)));
        assertEquals(205, MessageCodec.encodedSize(withPmAndVms(MessageType.HOTSPOT, 3)));
        assertEquals(125, MessageCodec.encodedSize(withPmAndVms(MessageType.HOTSPOT_REPLY, 1)));
        assertEquals(125, MessageCodec.encodedSize(withPmAndVms(MessageType.MIGRATION, 1)));
        assertEquals(485, MessageCodec.encodedSize(withPmAndVms(MessageType.MEASUREMENT_REPLY, 10)));
        Message withText = new Message(MessageType.STEAL_ATTEMPT, 1, 2, "\u20ac\uD83D\uDE00", 7, 1, null, List.of());
        assertEquals(29 + 3 + 4, MessageCodec.encodedSize(withText));
        assertEquals(205, MessageCodec.encode(withPmAndVms(MessageType.HOTSPOT, 3)).length);
    }

    @Test
    void messageOfExactlyTheMaximumSizeRoundTrips() throws MalformedMessageException {
        Message largest = new Message(MessageType.HELLO, 1, 2, "x".repeat(MessageCodec.MAX_DATAGRAM_BYTES - 29),
                0, Message.NONE, null, List.of());
        byte[] encoded = MessageCodec.encode(largest);
        assertEquals(MessageCodec.MAX_DATAGRAM_BYTES, encoded.length);
        assertEquals(largest, MessageCodec.decode(encoded));
    }

    @Test
    void encodingTooLargeAMessageIsAProgrammingError() {
        Message oneByteTooMany = new Message(MessageType.HELLO, 1, 2,
                "x".repeat(MessageCodec.MAX_DATAGRAM_BYTES - 28), 0, Message.NONE, null, List.of());
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class,
                () -> MessageCodec.encode(oneByteTooMany));
        assertEquals("HELLO message of 65508 bytes exceeds 65507", e.getMessage());
        assertEquals(65_508, e.size());

        Message tooManyVms = new Message(MessageType.MEASUREMENT_REPLY, 1, Message.MEASUREMENT_POINT, "",
                0, Message.NONE, PM, Collections.nCopies(2_000, VM));
        assertThrows(MessageTooLargeException.class, () -> MessageCodec.encodedSize(tooManyVms));
        assertThrows(MessageTooLargeException.class, () -> MessageCodec.encode(tooManyVms));
    }

    @Test
    void contentWithAnUnpairedSurrogateCannotBeEncoded() {
        Message broken = new Message(MessageType.HELLO, 1, 2, "ab\uD800c", 0, Message.NONE, null, List.of());
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
        assertReason("unsupported version 3", changed(2, 3));
        assertReason("unknown message type 42", changed(3, 42));
        assertReason("unknown message type 255", changed(3, 0xFF));
        assertReason("truncated: needed 8 bytes for migrationId at offset 12, 3 left",
                Arrays.copyOf(MessageCodec.encode(GOLDEN), 15));
        assertReason("truncated: needed 1 byte for PM flag at offset 31, 0 left",
                Arrays.copyOf(MessageCodec.encode(GOLDEN), 31));
    }

    @Test
    void rejectsBadBody() {
        assertReason("content is not valid UTF-8", changed(29, 0xFF));
        assertReason("content is not valid UTF-8", changed(29, 0xC3, 30, 0x28));       // bad continuation
        assertReason("content is not valid UTF-8", changed(26, 0xC0, 27, 0xAF));       // overlong '/'
        assertReason("content length 300 exceeds the 104 bytes left at offset 26", changed(24, 0x01, 25, 0x2C));
        assertReason("PM flag 2 at offset 31 is neither 0 nor 1", changed(31, 2));
        assertReason("vm count 9000 exceeds what the datagram can hold: 360000 bytes needed at offset 90, 40 left",
                changed(88, 0x23, 89, 0x28));
        assertReason("trailing 40 bytes after message", changed(89, 0));
    }

    @Test
    void rejectsEncodedSurrogatesInContent() {
        byte[] encoded = changed(26, 0xED, 27, 0xA0, 28, 0x80);                          // U+D800 as CESU-8
        assertReason("content is not valid UTF-8", encoded);
    }

    @Test
    void rejectsNullAndOutOfRangeSlices() {
        assertReason("no datagram: the byte array is null", null);
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> MessageCodec.decode(new byte[8], 5, 10));
        assertEquals("offset 5 and length 10 lie outside the 8-byte array", e.getMessage());
        assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(new byte[8], -1, 2));
        assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(new byte[8], 0, -1));
        assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(null, 0, 0));
    }

    @Test
    void specialNodeIdsRoundTrip() throws MalformedMessageException {
        Message message = new Message(MessageType.MEASUREMENT_REQUEST, Message.MEASUREMENT_POINT,
                Message.BROADCAST, "", Long.MIN_VALUE, Message.NONE, null, List.of());
        assertArrayEquals(MessageCodec.encode(message), MessageCodec.encode(MessageCodec.decode(MessageCodec.encode(message))));
        assertEquals(message, MessageCodec.decode(MessageCodec.encode(message)));
    }

    private static Message withPmAndVms(MessageType type, int vmCount) {
        return new Message(type, 3, 4, "", 17, 3, PM, Collections.nCopies(vmCount, VM));
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
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> MessageCodec.decode(datagram));
        assertEquals(reason, e.getMessage());
    }
}
