package org.livemig.core.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One factory per message type, so every sender fills the fields that sim-core's README table says the type
 * carries, and fills them with the same meaning: {@code migrationIssuer} is always the node that started the
 * auction, steal or migration; {@code migrationTarget} is always the PM the VM moves to. A reply is built from
 * the message it answers, whose migration it belongs to.
 */
public final class ProtocolMessages {

    /** Content field of a MEASUREMENT_REPLY: the normalised load the agent acts on. */
    private static final String VIEW_LOAD = "view_load";
    /** Content field of a MEASUREMENT_REPLY: the average normalised load the agent acts on. */
    private static final String VIEW_AVERAGE = "view_average";

    /** Content of a RESOURCE_RELEASE sent because a migration failed. */
    public static final String MIGRATION_FAILED = "migration failed";

    private ProtocolMessages() {}

    /** HELLO: {@code sender} announces itself to every node. */
    public static Message hello(int sender) {
        return Message.of(MessageType.HELLO, sender, Message.BROADCAST);
    }

    /** HELLO_REPLY: {@code sender} answers {@code hello}. */
    public static Message helloReply(int sender, Message hello) {
        return Message.of(MessageType.HELLO_REPLY, sender, hello.source());
    }

    /** HOTSPOT: {@code hotspot} opens auction {@code auctionId}, offering {@code offered} (thesis Algorithm 2). */
    public static Message hotspot(int hotspot, long auctionId, PmInfo hotspotPm, List<VmInfo> offered) {
        return Message.builder(MessageType.HOTSPOT, hotspot, Message.BROADCAST)
                .migration(auctionId, hotspot)
                .pm(hotspotPm)
                .vms(offered)
                .build();
    }

    /** HOTSPOT_REPLY: {@code candidate} bids for {@code bids} (empty: it does not take part). */
    public static Message hotspotReply(int candidate, Message hotspot, PmInfo candidatePm, List<VmInfo> bids) {
        return Message.builder(MessageType.HOTSPOT_REPLY, candidate, hotspot.source())
                .migration(hotspot.migrationId(), hotspot.migrationIssuer())
                .pm(candidatePm)
                .vms(bids)
                .build();
    }

    /** WINNING_BID: {@code hotspot} tells every candidate that {@code winner} is to receive {@code vm}. */
    public static Message winningBid(int hotspot, long auctionId, int winner, VmInfo vm) {
        return Message.builder(MessageType.WINNING_BID, hotspot, Message.BROADCAST)
                .migration(auctionId, hotspot)
                .migrationTarget(winner)
                .vms(List.of(vm))
                .build();
    }

    /** WINNING_BID_ACK: the winner {@code candidate} accepts or refuses the VMs of {@code winningBid}. */
    public static Message winningBidAck(int candidate, Message winningBid, Acknowledgement answer, PmInfo candidatePm) {
        return Message.builder(MessageType.WINNING_BID_ACK, candidate, winningBid.source())
                .migration(winningBid.migrationId(), winningBid.migrationIssuer())
                .ack(answer)
                .pm(candidatePm)
                .vms(winningBid.vms())
                .build();
    }

    /** RESOURCE_RELEASE: {@code hotspot}'s auction {@code auctionId} ended without a migration. */
    public static Message auctionReleased(int hotspot, long auctionId) {
        return Message.builder(MessageType.RESOURCE_RELEASE, hotspot, Message.BROADCAST)
                .migration(auctionId, hotspot)
                .build();
    }

    /**
     * RESOURCE_RELEASE: the migration of {@code vm} from {@code source} to {@code target} failed; sent to the
     * target so it frees what it reserved.
     */
    public static Message migrationFailed(int source, int target, long migrationId, int issuer, VmInfo vm) {
        return Message.builder(MessageType.RESOURCE_RELEASE, source, target)
                .migration(migrationId, issuer)
                .migrationTarget(target)
                .content(MIGRATION_FAILED)
                .vms(List.of(vm))
                .build();
    }

    /** STEAL_BROADCAST: {@code coldspot} opens steal {@code stealId} (thesis Algorithm 4). */
    public static Message stealBroadcast(int coldspot, long stealId, PmInfo coldspotPm) {
        return Message.builder(MessageType.STEAL_BROADCAST, coldspot, Message.BROADCAST)
                .migration(stealId, coldspot)
                .pm(coldspotPm)
                .build();
    }

    /** STEAL_BROADCAST_REPLY: {@code candidate} offers {@code offered} to the coldspot of {@code steal}. */
    public static Message stealBroadcastReply(int candidate, Message steal, PmInfo candidatePm, List<VmInfo> offered) {
        return Message.builder(MessageType.STEAL_BROADCAST_REPLY, candidate, steal.source())
                .migration(steal.migrationId(), steal.migrationIssuer())
                .pm(candidatePm)
                .vms(offered)
                .build();
    }

    /** STEAL_ATTEMPT: {@code coldspot} asks {@code owner} to migrate {@code vm} to it. */
    public static Message stealAttempt(int coldspot, long stealId, int owner, PmInfo coldspotPm, VmInfo vm) {
        return Message.builder(MessageType.STEAL_ATTEMPT, coldspot, owner)
                .migration(stealId, coldspot)
                .pm(coldspotPm)
                .vms(List.of(vm))
                .build();
    }

    /** STEAL_ATTEMPT_ACK: {@code owner} agrees to migrate {@code vm} or refuses. */
    public static Message stealAttemptAck(
            int owner, Message attempt, Acknowledgement answer, PmInfo ownerPm, VmInfo vm) {
        return Message.builder(MessageType.STEAL_ATTEMPT_ACK, owner, attempt.source())
                .migration(attempt.migrationId(), attempt.migrationIssuer())
                .ack(answer)
                .pm(ownerPm)
                .vms(List.of(vm))
                .build();
    }

    /** MIGRATION: {@code source} tells the measurement point it starts migrating {@code vm} to {@code target}. */
    public static Message migration(int source, long migrationId, int issuer, int target, VmInfo vm) {
        return Message.builder(MessageType.MIGRATION, source, Message.MEASUREMENT_POINT)
                .migration(migrationId, issuer)
                .migrationTarget(target)
                .vms(List.of(vm))
                .build();
    }

    /**
     * MIGRATION_ACK to the measurement point: the migration of {@code vm} to {@code target} completed as
     * {@code report} says. Send it to the target too with {@link Message#withDestination}.
     */
    public static Message migrationAck(
            int source, long migrationId, int issuer, int target, VmInfo vm, MigrationReport report) {
        return Message.builder(MessageType.MIGRATION_ACK, source, Message.MEASUREMENT_POINT)
                .migration(migrationId, issuer)
                .migrationTarget(target)
                .content(report.toContent())
                .vms(List.of(vm))
                .build();
    }

    /** MEASUREMENT_REQUEST: the measurement point asks every PM for its state. */
    public static Message measurementRequest() {
        return Message.of(MessageType.MEASUREMENT_REQUEST, Message.MEASUREMENT_POINT, Message.BROADCAST);
    }

    /** MEASUREMENT_REPLY: {@code sender} answers {@code request} with its PM information and attempt count. */
    public static Message measurementReply(int sender, Message request, PmInfo senderPm, long attempts) {
        return Message.builder(MessageType.MEASUREMENT_REPLY, sender, request.source())
                .content(ContentFields.format(Map.of("attempts", attempts)))
                .pm(senderPm)
                .build();
    }

    /**
     * MEASUREMENT_REPLY with the agent's view: the normalised load and average load it acts on (LCC agents), in the
     * content beside the attempt count.
     */
    public static Message measurementReply(
            int sender, Message request, PmInfo senderPm, long attempts, double viewLoad, double viewAverage) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("attempts", attempts);
        fields.put(VIEW_LOAD, viewLoad);
        fields.put(VIEW_AVERAGE, viewAverage);
        return Message.builder(MessageType.MEASUREMENT_REPLY, sender, request.source())
                .content(ContentFields.format(fields))
                .pm(senderPm)
                .build();
    }

    /** The agent's view {load, average} a MEASUREMENT_REPLY carries, or null when it carries none. */
    public static double[] view(Message measurementReply) {
        Map<String, String> fields = ContentFields.parse(measurementReply.content());
        double load = ContentFields.number(fields, VIEW_LOAD, Double.NaN);
        double average = ContentFields.number(fields, VIEW_AVERAGE, Double.NaN);
        return Double.isNaN(load) || Double.isNaN(average) ? null : new double[] {load, average};
    }

    /** The attempt count of a MEASUREMENT_REPLY, 0 if it carries none. */
    public static long attempts(Message measurementReply) {
        return (long) ContentFields.number(ContentFields.parse(measurementReply.content()), "attempts", 0);
    }

    /** LCC: a message of an LCC interaction model, as text. */
    public static Message lcc(int sender, int destination, String text) {
        return Message.builder(MessageType.LCC, sender, destination)
                .content(text)
                .build();
    }

    /** STATUS_REPORT: {@code pm} tells the central manager its state and VMs. */
    public static Message statusReport(int pm, PmInfo info, List<VmInfo> vms) {
        return Message.builder(MessageType.STATUS_REPORT, pm, Message.CENTRAL_MANAGER)
                .pm(info)
                .vms(vms)
                .build();
    }

    /** MIGRATE_COMMAND: the central manager's command {@code commandId} to {@code source}: move {@code vm} to {@code target}. */
    public static Message migrateCommand(int source, long commandId, int target, VmInfo vm) {
        return Message.builder(MessageType.MIGRATE_COMMAND, Message.CENTRAL_MANAGER, source)
                .migration(commandId, Message.CENTRAL_MANAGER)
                .migrationTarget(target)
                .vms(List.of(vm))
                .build();
    }

    /**
     * SHUFFLE: {@code sender} offers view entries {@code [id0, age0, id1, age1, ...]} to {@code peer} (Cyclon,
     * Voulgaris et al. 2005); the content is {@code id:age} pairs separated by spaces.
     */
    public static Message shuffle(int sender, int peer, int[] entries) {
        return Message.builder(MessageType.SHUFFLE, sender, peer)
                .content(entryText(entries))
                .build();
    }

    /** SHUFFLE_REPLY: {@code sender} answers {@code shuffle} with entries of its own view. */
    public static Message shuffleReply(int sender, Message shuffle, int[] entries) {
        return Message.builder(MessageType.SHUFFLE_REPLY, sender, shuffle.source())
                .content(entryText(entries))
                .build();
    }

    /**
     * The view entries of a SHUFFLE or SHUFFLE_REPLY as {@code [id0, age0, ...]}; a malformed pair (not two
     * whole numbers, a negative id or age) ends the list there.
     */
    public static int[] shuffleEntries(Message shuffle) {
        String text = shuffle.content();
        int[] out = new int[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int colon = text.indexOf(':', i);
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
            if (colon < 0 || colon > end) {
                break;
            }
            int id = wholeNumber(text, i, colon);
            int age = wholeNumber(text, colon + 1, end);
            if (id < 0 || age < 0) {
                break;
            }
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = id;
            out[n++] = age;
            i = end + 1;
        }
        return Arrays.copyOf(out, n);
    }

    private static String entryText(int[] entries) {
        StringBuilder text = new StringBuilder(entries.length * 5);
        for (int k = 0; k + 1 < entries.length; k += 2) {
            if (k > 0) {
                text.append(' ');
            }
            text.append(entries[k]).append(':').append(entries[k + 1]);
        }
        return text.toString();
    }

    /** The decimal digits of {@code text[from, to)} as an int, or -1 if they are not 1-9 digits. */
    private static int wholeNumber(String text, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
