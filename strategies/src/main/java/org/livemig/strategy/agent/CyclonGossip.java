package org.livemig.strategy.agent;

import java.util.Arrays;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.overlay.CyclonView;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.scenario.Negotiation;

/**
 * The peer-sampling overlay of one agent when {@code negotiation.fanout} is bounded: a Cyclon partial view
 * (Voulgaris, Gavidia and van Steen 2005) started from the backend's introducer and refreshed every
 * {@code negotiation.shuffle_period_s} by a SHUFFLE with its oldest peer. Broadcasts draw their receivers from
 * it. Its messages go through the agent's counted channel, so they are overhead like any other.
 */
final class CyclonGossip {

    private final AgentContext context;
    private final AgentChannel channel;
    private final Negotiation settings;
    private final CyclonView view;
    private long shuffles;
    private long replies;

    CyclonGossip(AgentContext context, AgentChannel channel, Negotiation settings) {
        this.context = context;
        this.channel = channel;
        this.settings = settings;
        this.view = new CyclonView(context.hypervisor().pmId(), settings.viewSize(), settings.shuffleLength());
    }

    /** Fills the view from the introducer and schedules the first shuffle at a random phase of the period. */
    void start() {
        int self = context.hypervisor().pmId();
        view.join(context.introducer().contacts(self, settings.viewSize(), context.random()));
        double period = settings.shufflePeriodS();
        context.scheduler().schedule(period * context.random().nextDouble(), this::shuffle);
    }

    /** Up to {@code negotiation.fanout} peers of the view, drawn uniformly: the receivers of one broadcast. */
    int[] sample() {
        return view.sample(settings.fanout(), context.random());
    }

    /** Handles a SHUFFLE (answers it) or a SHUFFLE_REPLY (merges it if it answers this PM's latest shuffle). */
    void onMessage(Message m) {
        int[] entries = ProtocolMessages.shuffleEntries(m);
        switch (m.type()) {
            case SHUFFLE -> {
                int[] answer = view.answerShuffle(m.source(), entries, context.random());
                channel.send(ProtocolMessages.shuffleReply(context.hypervisor().pmId(), m, answer), 1);
            }
            case SHUFFLE_REPLY -> {
                if (view.awaitsReplyFrom(m.source())) {
                    view.acceptReply(entries);
                    replies++;
                }
            }
            default -> throw new IllegalArgumentException("not an overlay message: " + m.type());
        }
    }

    /** Peers in the view now. */
    int viewSize() {
        return view.size();
    }

    /** Shuffles this PM started. */
    long shuffles() {
        return shuffles;
    }

    /** Replies to them that were merged. */
    long mergedReplies() {
        return replies;
    }

    /** The view itself, for inspection. */
    CyclonView view() {
        return view;
    }

    private void shuffle() {
        context.scheduler().schedule(settings.shufflePeriodS(), this::shuffle);
        int[] started = view.startShuffle(context.random());
        if (started.length == 0) {
            return;
        }
        shuffles++;
        int[] entries = Arrays.copyOfRange(started, 1, started.length);
        channel.send(ProtocolMessages.shuffle(context.hypervisor().pmId(), started[0], entries), 1);
    }
}
