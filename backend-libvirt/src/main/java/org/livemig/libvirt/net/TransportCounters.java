package org.livemig.libvirt.net;

/**
 * What a {@link UdpTransport} has sent, accepted and dropped so far.
 *
 * @param sent              datagrams sent (one per destination of a broadcast)
 * @param sendErrors        messages that could not be sent (too large, socket error)
 * @param accepted          datagrams authenticated, fresh, decoded and delivered
 * @param forged            dropped: HMAC did not verify under the cluster key
 * @param replayed          dropped: sequence number already seen from that sender
 * @param stale             dropped: timestamp outside the replay window
 * @param malformed         dropped: not an envelope, or the payload is not a valid message
 * @param oversized         dropped: longer than the configured largest datagram
 * @param unknownSender     dropped: sender not in the peer list, or not the message's source
 * @param misdirected       dropped: sealed for another node, or a message addressed to another node
 */
public record TransportCounters(
        long sent,
        long sendErrors,
        long accepted,
        long forged,
        long replayed,
        long stale,
        long malformed,
        long oversized,
        long unknownSender,
        long misdirected) {

    /** All datagrams dropped for any reason. */
    public long dropped() {
        return forged + replayed + stale + malformed + oversized + unknownSender + misdirected;
    }
}
