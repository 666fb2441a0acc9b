package org.livemig.libvirt.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.livemig.core.protocol.Acknowledgement;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageCodec;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;

/**
 * Datagrams for PM 1 from an adversary, seeded: {@link #bad()} ones that a receiver must drop (forged,
 * malformed, replayed, redirected, stale, from unknown senders, oversized) and {@link #hostile()} ones sealed
 * under the cluster key by a key holder speaking for PMs 2, 3 or the measurement point, with any type and
 * any field values, but never a STEAL_ATTEMPT answering a STEAL_BROADCAST it sent (that would be solicited).
 */
final class HostileDatagrams {

    static final int TARGET = 1;
    static final int[] SENDERS = {2, 3, Message.MEASUREMENT_POINT};
    private static final int[] VM_IDS = {7, 8, 9, 0, -1, Integer.MAX_VALUE};
    private static final double[] NUMBERS = {
        0, 0.3, 1, 2, 1e300, -1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE
    };
    private static final long[] LONGS = {0, 1, 256, 4096, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    private static final int KINDS = 12;

    private final SplittableRandom rnd;
    private final Envelope sealer;
    private final Envelope wrongKey;
    private final int maxDatagramBytes;
    private final long windowMs;
    private final Map<Integer, Long> sequences = new HashMap<>();
    private final Map<Integer, Long> stealBroadcasts = new HashMap<>();
    private final List<byte[]> sealed = new ArrayList<>();

    HostileDatagrams(long seed, ClusterKey key, ClusterKey otherKey, int maxDatagramBytes, long windowMs) {
        this.rnd = new SplittableRandom(seed);
        this.sealer = new Envelope(key);
        this.wrongKey = new Envelope(otherKey);
        this.maxDatagramBytes = maxDatagramBytes;
        this.windowMs = windowMs;
    }

    /** An authenticated, fresh datagram for PM 1 carrying a hostile message. */
    byte[] hostile() {
        int sender = SENDERS[rnd.nextInt(SENDERS.length)];
        Message m = message(sender, rnd.nextBoolean() ? TARGET : Message.BROADCAST);
        byte[] d = seal(sealer, sender, TARGET, nextSequence(sender), System.currentTimeMillis(), m);
        sealed.add(d);
        if (sealed.size() > 256) {
            sealed.remove(0);
        }
        return d;
    }

    /** A datagram PM 1 must drop, of one of twelve kinds. */
    byte[] bad() {
        long now = System.currentTimeMillis();
        int sender = SENDERS[rnd.nextInt(SENDERS.length)];
        switch (rnd.nextInt(KINDS)) {
            case 0:
                return randomBytes(rnd.nextInt(120));
            case 1: {
                byte[] d = randomBytes(Envelope.OVERHEAD_BYTES + rnd.nextInt(200));
                System.arraycopy(new byte[] {0x4C, 0x4D, 0x41, 0x32}, 0, d, 0, 4);
                return d;
            }
            case 2:
                return seal(wrongKey, sender, TARGET, nextSequence(sender), now, message(sender, TARGET));
            case 3: {
                byte[] d = authentic();
                int bit = rnd.nextInt(d.length * 8);
                d[bit / 8] ^= (byte) (1 << (bit % 8));
                return d;
            }
            case 4: {
                byte[] d = authentic();
                return Arrays.copyOf(d, rnd.nextBoolean() ? rnd.nextInt(d.length) : d.length + 1 + rnd.nextInt(64));
            }
            case 5:
                return sealed.isEmpty()
                        ? randomBytes(8)
                        : sealed.get(rnd.nextInt(sealed.size())).clone();
            case 6: {
                int elsewhere = rnd.nextBoolean() ? 3 : Message.MEASUREMENT_POINT;
                return seal(sealer, 2, elsewhere, nextSequence(2), now, message(2, elsewhere));
            }
            case 7:
                return seal(sealer, sender, TARGET, nextSequence(sender), now, message(sender, 3));
            case 8: {
                // A minute beyond the window, so the receiver's clock moving on cannot bring them back in.
                long[] times = {
                    now - windowMs - 1 - rnd.nextInt(1_000_000),
                    now + windowMs + 60_000,
                    Long.MIN_VALUE,
                    Long.MAX_VALUE,
                    now - Long.MIN_VALUE
                };
                boolean badTime = rnd.nextBoolean();
                long seq = badTime
                        ? nextSequence(sender)
                        : (rnd.nextBoolean()
                                ? Long.MAX_VALUE
                                : (now + windowMs + 60_000) * 1000 + rnd.nextInt(1 << 30));
                return seal(
                        sealer,
                        sender,
                        TARGET,
                        seq,
                        badTime ? times[rnd.nextInt(times.length)] : now,
                        message(sender, TARGET));
            }
            case 9: {
                int[] strangers = {99, Integer.MAX_VALUE, Message.BROADCAST, Message.NONE, TARGET};
                int stranger = strangers[rnd.nextInt(strangers.length)];
                boolean spoofed = rnd.nextBoolean();
                int claimed = spoofed ? 3 : stranger;
                int envelopeSender = spoofed ? 2 : stranger;
                return seal(
                        sealer, envelopeSender, TARGET, nextSequence(envelopeSender), now, message(claimed, TARGET));
            }
            case 10:
                return randomBytes(maxDatagramBytes + 1 + rnd.nextInt(2000));
            default:
                return sealer.seal(sender, TARGET, nextSequence(sender), now, randomBytes(rnd.nextInt(100)));
        }
    }

    private byte[] authentic() {
        int sender = SENDERS[rnd.nextInt(SENDERS.length)];
        return seal(sealer, sender, TARGET, nextSequence(sender), System.currentTimeMillis(), message(sender, TARGET));
    }

    private long nextSequence(int sender) {
        long next = Math.max(sequences.getOrDefault(sender, 0L) + 1, System.currentTimeMillis() * 1000);
        sequences.put(sender, next);
        return next;
    }

    private static byte[] seal(Envelope e, int sender, int destination, long seq, long timeMs, Message m) {
        return e.seal(sender, destination, seq, timeMs, MessageCodec.encode(m));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        return b;
    }

    private Message message(int source, int destination) {
        MessageType[] types = MessageType.values();
        MessageType type = types[rnd.nextInt(types.length)];
        long migrationId = rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextInt(16);
        if (type == MessageType.STEAL_BROADCAST) {
            stealBroadcasts.put(source, migrationId);
        } else if (type == MessageType.STEAL_ATTEMPT
                && stealBroadcasts.get(source) != null
                && stealBroadcasts.get(source) == migrationId) {
            migrationId += 1; // never the steal it announced: every attempt is unsolicited
        }
        int[] issuers = {TARGET, source, Message.NONE, rnd.nextInt()};
        String[] contents = {"", "attempts=-5", "x".repeat(rnd.nextInt(40))};
        Acknowledgement[] acks = Acknowledgement.values();
        List<VmInfo> vms = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            vms.add(
                    rnd.nextBoolean()
                            ? new VmInfo(VM_IDS[rnd.nextInt(3)], 1, 0.3, 0.3, 256, 2)
                            : new VmInfo(
                                    VM_IDS[rnd.nextInt(VM_IDS.length)],
                                    rnd.nextInt(5) - 1,
                                    number(),
                                    number(),
                                    LONGS[rnd.nextInt(LONGS.length)],
                                    number()));
        }
        PmInfo pm = switch (rnd.nextInt(3)) {
            case 0 -> null;
            case 1 -> new PmInfo(source, 2, 0.2, 0.2, 4096, 256, 0, 0);
            default ->
                new PmInfo(
                        rnd.nextBoolean() ? source : Integer.MAX_VALUE,
                        rnd.nextInt(4) - 1,
                        number(),
                        number(),
                        LONGS[rnd.nextInt(LONGS.length)],
                        LONGS[rnd.nextInt(LONGS.length)],
                        LONGS[rnd.nextInt(LONGS.length)],
                        LONGS[rnd.nextInt(LONGS.length)]);
        };
        int target = rnd.nextBoolean() ? Message.NONE : issuers[rnd.nextInt(issuers.length)];
        return new Message(
                type,
                source,
                destination,
                migrationId,
                issuers[rnd.nextInt(issuers.length)],
                target == Message.NONE ? Message.NONE : target,
                acks[rnd.nextInt(acks.length)],
                contents[rnd.nextInt(contents.length)],
                pm,
                vms);
    }

    private double number() {
        return NUMBERS[rnd.nextInt(NUMBERS.length)];
    }
}
