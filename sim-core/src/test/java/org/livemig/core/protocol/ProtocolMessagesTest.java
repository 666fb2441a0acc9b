package org.livemig.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each factory fills the fields sim-core's README table gives its type, with the same meaning everywhere. */
class ProtocolMessagesTest {

    private static final int HOTSPOT = 3;
    private static final int CANDIDATE = 7;
    private static final long AUCTION = 42;
    private static final PmInfo PM = new PmInfo(3, 8, 6.5, 7.25, 16_384, 12_288, 1_000, 10);
    private static final VmInfo VM = new VmInfo(11, 2, 1.5, 2.0, 2_048, 12.5);

    @Test
    void auctionMessagesNameTheHotspotAsIssuerAndTheWinnerAsTarget() {
        Message hotspot = ProtocolMessages.hotspot(HOTSPOT, AUCTION, PM, List.of(VM));
        assertRouting(hotspot, HOTSPOT, Message.BROADCAST, HOTSPOT, Message.NONE);
        Message reply = ProtocolMessages.hotspotReply(CANDIDATE, hotspot, PM, List.of(VM));
        assertRouting(reply, CANDIDATE, HOTSPOT, HOTSPOT, Message.NONE);
        Message win = ProtocolMessages.winningBid(HOTSPOT, AUCTION, CANDIDATE, VM);
        assertRouting(win, HOTSPOT, Message.BROADCAST, HOTSPOT, CANDIDATE);
        assertNull(win.pm());
        Message ack = ProtocolMessages.winningBidAck(CANDIDATE, win, Acknowledgement.NOT_OK, PM);
        assertRouting(ack, CANDIDATE, HOTSPOT, HOTSPOT, Message.NONE);
        assertEquals(Acknowledgement.NOT_OK, ack.ack());
        assertEquals(List.of(VM), ack.vms());
        assertRouting(
                ProtocolMessages.auctionReleased(HOTSPOT, AUCTION), HOTSPOT, Message.BROADCAST, HOTSPOT, Message.NONE);
    }

    @Test
    void stealMessagesNameTheColdspotAsIssuer() {
        int coldspot = 5;
        Message steal = ProtocolMessages.stealBroadcast(coldspot, AUCTION, PM);
        assertRouting(steal, coldspot, Message.BROADCAST, coldspot, Message.NONE);
        Message offer = ProtocolMessages.stealBroadcastReply(CANDIDATE, steal, PM, List.of(VM));
        assertRouting(offer, CANDIDATE, coldspot, coldspot, Message.NONE);
        Message attempt = ProtocolMessages.stealAttempt(coldspot, AUCTION, CANDIDATE, PM, VM);
        assertRouting(attempt, coldspot, CANDIDATE, coldspot, Message.NONE);
        Message ack = ProtocolMessages.stealAttemptAck(CANDIDATE, attempt, Acknowledgement.OK, PM, VM);
        assertRouting(ack, CANDIDATE, coldspot, coldspot, Message.NONE);
        assertEquals(Acknowledgement.OK, ack.ack());
    }

    @Test
    void migrationMessagesCarryIssuerAndTargetApart() {
        int coldspot = 5;
        Message start = ProtocolMessages.migration(CANDIDATE, AUCTION, coldspot, coldspot, VM);
        assertRouting(start, CANDIDATE, Message.MEASUREMENT_POINT, coldspot, coldspot);
        MigrationReport report = new MigrationReport(3.0, 27.5, 304.7, 0.033);
        Message done = ProtocolMessages.migrationAck(HOTSPOT, AUCTION, HOTSPOT, CANDIDATE, VM, report);
        assertRouting(done, HOTSPOT, Message.MEASUREMENT_POINT, HOTSPOT, CANDIDATE);
        assertEquals(report, MigrationReport.fromContent(done.content(), -1));
        Message failed = ProtocolMessages.migrationFailed(HOTSPOT, CANDIDATE, AUCTION, HOTSPOT, VM);
        assertRouting(failed, HOTSPOT, CANDIDATE, HOTSPOT, CANDIDATE);
        assertEquals(MessageType.RESOURCE_RELEASE, failed.type());
    }

    @Test
    void aMigrationReportMissingItsTimesFallsBack() {
        assertEquals(new MigrationReport(9, 9, 0, 0), MigrationReport.fromContent("", 9));
    }

    @Test
    void measurementReplyCarriesTheAttemptCount() {
        Message reply = ProtocolMessages.measurementReply(4, ProtocolMessages.measurementRequest(), PM, 12);
        assertRouting(reply, 4, Message.MEASUREMENT_POINT, Message.NONE, Message.NONE);
        assertEquals(12, ProtocolMessages.attempts(reply));
        assertEquals(0, ProtocolMessages.attempts(ProtocolMessages.hello(4)));
    }

    /** The encoded size of each type as the agents send it (one VM, PM info where the type carries it). */
    @Test
    void encodedSizesOfTheFifteenTypes() {
        Message hotspot = ProtocolMessages.hotspot(HOTSPOT, AUCTION, PM, List.of(VM));
        Message win = ProtocolMessages.winningBid(HOTSPOT, AUCTION, CANDIDATE, VM);
        Message steal = ProtocolMessages.stealBroadcast(5, AUCTION, PM);
        Message attempt = ProtocolMessages.stealAttempt(5, AUCTION, CANDIDATE, PM, VM);
        MigrationReport report = new MigrationReport(1503.25, 1519.0, 300.125, 0.0315);
        Map<MessageType, Message> typical = new EnumMap<>(MessageType.class);
        typical.put(MessageType.HELLO, ProtocolMessages.hello(1));
        typical.put(MessageType.HELLO_REPLY, ProtocolMessages.helloReply(2, ProtocolMessages.hello(1)));
        typical.put(MessageType.MIGRATION, ProtocolMessages.migration(HOTSPOT, AUCTION, HOTSPOT, CANDIDATE, VM));
        typical.put(
                MessageType.MIGRATION_ACK,
                ProtocolMessages.migrationAck(HOTSPOT, AUCTION, HOTSPOT, CANDIDATE, VM, report));
        typical.put(MessageType.HOTSPOT, hotspot);
        typical.put(MessageType.HOTSPOT_REPLY, ProtocolMessages.hotspotReply(CANDIDATE, hotspot, PM, List.of(VM)));
        typical.put(MessageType.WINNING_BID, win);
        typical.put(
                MessageType.WINNING_BID_ACK,
                ProtocolMessages.winningBidAck(CANDIDATE, win, Acknowledgement.NOT_OK, PM));
        typical.put(MessageType.RESOURCE_RELEASE, ProtocolMessages.auctionReleased(HOTSPOT, AUCTION));
        typical.put(MessageType.STEAL_BROADCAST, steal);
        typical.put(
                MessageType.STEAL_BROADCAST_REPLY,
                ProtocolMessages.stealBroadcastReply(CANDIDATE, steal, PM, List.of(VM)));
        typical.put(MessageType.STEAL_ATTEMPT, attempt);
        typical.put(
                MessageType.STEAL_ATTEMPT_ACK,
                ProtocolMessages.stealAttemptAck(CANDIDATE, attempt, Acknowledgement.OK, PM, VM));
        typical.put(MessageType.MEASUREMENT_REQUEST, ProtocolMessages.measurementRequest());
        typical.put(
                MessageType.MEASUREMENT_REPLY,
                ProtocolMessages.measurementReply(4, ProtocolMessages.measurementRequest(), PM, 12));
        Map<MessageType, Integer> sizes = new EnumMap<>(MessageType.class);
        typical.forEach((type, m) -> sizes.put(type, MessageCodec.encodedSize(m)));
        assertEquals(
                Map.ofEntries(
                        Map.entry(MessageType.HELLO, 29),
                        Map.entry(MessageType.HELLO_REPLY, 29),
                        Map.entry(MessageType.MIGRATION, 73),
                        Map.entry(MessageType.MIGRATION_ACK, 73 + 77),
                        Map.entry(MessageType.HOTSPOT, 125),
                        Map.entry(MessageType.HOTSPOT_REPLY, 125),
                        Map.entry(MessageType.WINNING_BID, 73),
                        Map.entry(MessageType.WINNING_BID_ACK, 125),
                        Map.entry(MessageType.RESOURCE_RELEASE, 29),
                        Map.entry(MessageType.STEAL_BROADCAST, 85),
                        Map.entry(MessageType.STEAL_BROADCAST_REPLY, 125),
                        Map.entry(MessageType.STEAL_ATTEMPT, 125),
                        Map.entry(MessageType.STEAL_ATTEMPT_ACK, 125),
                        Map.entry(MessageType.MEASUREMENT_REQUEST, 29),
                        Map.entry(MessageType.MEASUREMENT_REPLY, 85 + 11)),
                sizes);
        assertEquals(
                29 + 4 + 16 + 40,
                MessageCodec.encodedSize(ProtocolMessages.migrationFailed(HOTSPOT, CANDIDATE, AUCTION, HOTSPOT, VM)));
    }

    /** SHUFFLE and SHUFFLE_REPLY carry their view entries as {@code id:age} text through the codec. */
    @Test
    void shuffleEntriesRoundTripThroughTheCodec() throws MalformedMessageException {
        int[] entries = {3, 0, 14, 2, 99_999, 17};
        Message shuffle = ProtocolMessages.shuffle(3, 8, entries);
        Message decoded = MessageCodec.decode(MessageCodec.encode(shuffle));
        assertEquals(
                List.of(MessageType.SHUFFLE, 3, 8), List.of(decoded.type(), decoded.source(), decoded.destination()));
        assertEquals("3:0 14:2 99999:17", decoded.content());
        assertEquals(29 + 17, MessageCodec.encodedSize(shuffle), "29 bytes plus the text");
        org.junit.jupiter.api.Assertions.assertArrayEquals(entries, ProtocolMessages.shuffleEntries(decoded));
        Message reply = ProtocolMessages.shuffleReply(8, decoded, new int[] {5, 1});
        assertEquals(
                List.of(MessageType.SHUFFLE_REPLY, 8, 3, "5:1"),
                List.of(reply.type(), reply.source(), reply.destination(), reply.content()));
    }

    /** A hostile peer's entries stop at the first malformed pair; nothing throws. */
    @Test
    void malformedShuffleEntriesAreCutAtTheFirstBadPair() {
        for (String[] c : new String[][] {
            {"1:2 x:3 4:5", "[1, 2]"},
            {"", "[]"},
            {"7:1 -2:0", "[7, 1]"},
            {"1:2:3", "[]"},
            {"12345678901:1", "[]"},
            {"3:4 ", "[3, 4]"},
            {"3", "[]"}
        }) {
            Message m = Message.builder(MessageType.SHUFFLE, 1, 2).content(c[0]).build();
            assertEquals(c[1], java.util.Arrays.toString(ProtocolMessages.shuffleEntries(m)), c[0]);
        }
    }

    private static void assertRouting(Message m, int source, int destination, int issuer, int target) {
        assertEquals(
                List.of(source, destination, issuer, target),
                List.of(m.source(), m.destination(), m.migrationIssuer(), m.migrationTarget()),
                m.type().toString());
        if (issuer != Message.NONE) {
            assertEquals(AUCTION, m.migrationId());
        }
    }
}
