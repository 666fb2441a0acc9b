package org.livemig.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MessageCodecPropertyTest {

    @Property
    void roundTripPreservesEveryFieldBitForBit(@ForAll("messages") Message message) throws MalformedMessageException {
        byte[] encoded = MessageCodec.encode(message);
        Message decoded = MessageCodec.decode(encoded);
        assertEquals(message, decoded);
        assertSameDoubleBits(message, decoded);
        assertArrayEquals(encoded, MessageCodec.encode(decoded));
    }

    @Property
    void encodedSizeIsTheEncodedLength(@ForAll("messages") Message message) {
        assertEquals(MessageCodec.encode(message).length, MessageCodec.encodedSize(message));
    }

    @Property(tries = 200)
    void everyStrictPrefixIsRejected(@ForAll("messages") Message message) {
        byte[] encoded = MessageCodec.encode(message);
        for (int length = 0; length < encoded.length; length++) {
            int prefix = length;
            assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(encoded, 0, prefix));
        }
    }

    @Property
    void randomBytesAreRejectedOrDecodedCanonically(@ForAll @Size(max = 400) byte[] bytes) {
        assertCanonicalOrMalformed(bytes);
    }

    @Property
    void randomBodiesAfterAValidHeaderAreRejectedOrDecodedCanonically(
            @ForAll @IntRange(max = 15) int type, @ForAll @Size(max = 400) byte[] body) {
        byte[] bytes = new byte[4 + body.length];
        bytes[0] = 0x4C;
        bytes[1] = 0x4D;
        bytes[2] = (byte) MessageCodec.VERSION;
        bytes[3] = (byte) type;
        System.arraycopy(body, 0, bytes, 4, body.length);
        assertCanonicalOrMalformed(bytes);
    }

    @Property
    void singleByteCorruptionsAreRejectedOrDecodedCanonically(
            @ForAll("messages") Message message,
            @ForAll @IntRange(max = Integer.MAX_VALUE - 1) int position,
            @ForAll byte value) {
        byte[] bytes = MessageCodec.encode(message);
        bytes[position % bytes.length] = value;
        assertCanonicalOrMalformed(bytes);
    }

    /** Decoding either fails with the checked exception or yields a message that re-encodes to the input. */
    private static void assertCanonicalOrMalformed(byte[] bytes) {
        Optional<Message> decoded = decodeOrEmpty(bytes);
        decoded.ifPresent(message -> assertArrayEquals(bytes, MessageCodec.encode(message)));
    }

    private static Optional<Message> decodeOrEmpty(byte[] bytes) {
        try {
            return Optional.of(MessageCodec.decode(bytes));
        } catch (MalformedMessageException e) {
            return Optional.empty();
        }
    }

    private static void assertSameDoubleBits(Message expected, Message actual) {
        if (expected.pm() != null) {
            assertSameBits(expected.pm().load(), actual.pm().load());
            assertSameBits(expected.pm().latestLoad(), actual.pm().latestLoad());
        }
        for (int i = 0; i < expected.vms().size(); i++) {
            VmInfo want = expected.vms().get(i);
            VmInfo got = actual.vms().get(i);
            assertSameBits(want.load(), got.load());
            assertSameBits(want.latestLoad(), got.latestLoad());
            assertSameBits(want.dirtyRateMbps(), got.dirtyRateMbps());
        }
    }

    private static void assertSameBits(double expected, double actual) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual));
    }

    /** The fixed-size fields of a message. */
    private record Header(
            MessageType type,
            int source,
            int destination,
            long migrationId,
            int migrationIssuer,
            int migrationTarget,
            Acknowledgement ack) {}

    @Provide
    Arbitrary<Message> messages() {
        Arbitrary<Integer> nodes = nodeIds();
        Arbitrary<Header> headers = Combinators.combine(
                        Arbitraries.of(MessageType.class),
                        nodes,
                        nodes,
                        Arbitraries.longs(),
                        nodes,
                        nodes,
                        Arbitraries.of(Acknowledgement.class))
                .as(Header::new);
        return Combinators.combine(
                        headers,
                        contents(),
                        pmInfos().injectNull(0.3),
                        vmInfos().list().ofMaxSize(50))
                .as((h, content, pm, vms) -> new Message(
                        h.type(),
                        h.source(),
                        h.destination(),
                        h.migrationId(),
                        h.migrationIssuer(),
                        h.migrationTarget(),
                        h.ack(),
                        content,
                        pm,
                        vms));
    }

    private static Arbitrary<Integer> nodeIds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers()),
                Tuple.of(2, Arbitraries.integers().between(0, 500)),
                Tuple.of(1, Arbitraries.of(Message.BROADCAST, Message.MEASUREMENT_POINT, Message.NONE)));
    }

    /** Valid Unicode text: ASCII, BMP characters outside the surrogate range, and supplementary ones. */
    private static Arbitrary<String> contents() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0, Character.MIN_SURROGATE - 1)),
                Tuple.of(1, Arbitraries.integers().between(Character.MAX_SURROGATE + 1, 0xFFFF)),
                Tuple.of(
                        2,
                        Arbitraries.integers()
                                .between(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT)));
        return codePoints.list().ofMaxSize(60).map(MessageCodecPropertyTest::fromCodePoints);
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    /** Ordinary values, special values, arbitrary bit patterns and NaNs with arbitrary payloads. */
    private static Arbitrary<Double> doubles() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-1e6, 1e6)),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                -0.0,
                                0.0,
                                Double.MIN_VALUE,
                                Double.MAX_VALUE)),
                Tuple.of(1, Arbitraries.longs().map(Double::longBitsToDouble)),
                Tuple.of(
                        1,
                        Arbitraries.longs()
                                .between(1, (1L << 52) - 1)
                                .map(payload -> Double.longBitsToDouble(0x7FF0000000000000L | payload))));
    }

    private static Arbitrary<PmInfo> pmInfos() {
        Arbitrary<Integer> ints = Arbitraries.integers();
        Arbitrary<Long> longs = Arbitraries.longs();
        return Combinators.combine(ints, ints, doubles(), doubles(), longs, longs, longs, longs)
                .as(PmInfo::new);
    }

    private static Arbitrary<VmInfo> vmInfos() {
        Arbitrary<Integer> ints = Arbitraries.integers();
        return Combinators.combine(ints, ints, doubles(), doubles(), Arbitraries.longs(), doubles())
                .as(VmInfo::new);
    }
}
